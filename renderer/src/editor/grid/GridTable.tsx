/**
 * One of tables 二, 三, 四 drawn as in the official template from its layout data (captions, merged headers,
 * the vertical 三、本年度办理结果), with every value cell a spreadsheet cell: selected with a visible focus ring,
 * outlined red or amber when a finding names it, marked when it is a total computed from its parts.
 */
import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { LayoutCell, TableLayout } from '../../../../shared/catalogue/layout.js';
import { isComputedTotal, totalFollows } from '../../../../shared/report/totals.js';
import type { CellValue } from '../../../../shared/report/schema.js';
import { CELL_BY_ID } from '../../../../shared/catalogue/cells.js';
import { displayValue } from './cellInput.js';
import type { CellMark } from './cellMarks.js';

export interface GridTableProps {
  readonly layout: TableLayout;
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly selected: string | null;
  readonly editing: { readonly cellId: string; readonly text: string } | null;
  readonly readOnly: boolean;
  readonly onCellMouseDown: (cellId: string) => void;
  readonly onCellDoubleClick: (cellId: string) => void;
  readonly renderEditor: () => ReactNode;
  /** Last year's values, shown small in each cell (the optional 上年数 overlay). */
  readonly lastYear?: Readonly<Record<string, CellValue>> | null;
}

const LABEL_CLASSES: Record<string, string> = {
  caption: 'grid-caption',
  columnHeader: 'grid-column-header',
  rowHeader: 'grid-row-header',
  note: 'grid-note',
};

function GridTableView(props: GridTableProps) {
  const { layout, cells, marks, selected, editing, readOnly, lastYear } = props;
  // Handlers read the latest props through a ref, so every cell keeps the same handler and re-renders only
  // when what it shows changes (a keystroke re-renders one cell and the totals it feeds, not 200).
  const latest = useRef(props);
  latest.current = props;
  const handlers = useMemo<CellHandlers>(
    () => ({
      mouseDown: (id) => latest.current.onCellMouseDown(id),
      doubleClick: (id) => latest.current.onCellDoubleClick(id),
      renderEditor: () => latest.current.renderEditor(),
    }),
    [],
  );
  return (
    <table className={`grid-table grid-table-${layout.key}`} aria-label={layout.heading}>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => {
              if (cell.kind === 'label') return <LabelCell key={c} cell={cell} />;
              const id = cell.cellId;
              const mark = marks.get(id);
              const computed = isComputedTotal(id);
              return (
                <ValueCell
                  key={c}
                  cell={cell}
                  value={cells[id] ?? null}
                  severity={mark?.severity ?? null}
                  total={computed ? (totalFollows(cells, id) ? 'follows' : 'typed') : null}
                  selected={selected === id}
                  editingText={editing?.cellId === id ? editing.text : null}
                  readOnly={readOnly}
                  handlers={handlers}
                  lastValue={lastYear ? (lastYear[id] ?? null) : undefined}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellHandlers {
  mouseDown(cellId: string): void;
  doubleClick(cellId: string): void;
  renderEditor(): ReactNode;
}

const LabelCell = memo(function LabelCell({ cell }: { cell: Extract<LayoutCell, { kind: 'label' }> }) {
  return (
    <th
      scope={cell.role === 'rowHeader' ? 'row' : 'col'}
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      className={`${LABEL_CLASSES[cell.role]}${cell.vertical ? ' grid-vertical' : ''}`}
    >
      {cell.vertical ? (
        <span className="grid-vertical-text" aria-label={cell.text}>
          {[...cell.text].map((char, i) => (
            <span key={i} aria-hidden="true">
              {char}
            </span>
          ))}
        </span>
      ) : (
        cell.text
      )}
    </th>
  );
});

interface ValueCellProps {
  readonly cell: Extract<LayoutCell, { kind: 'value' }>;
  readonly value: CellValue;
  readonly severity: CellMark['severity'] | null;
  /** A computed total that equals the sum of its parts ('follows') or was typed otherwise ('typed'). */
  readonly total: 'follows' | 'typed' | null;
  readonly selected: boolean;
  /** The text being typed when this cell is in edit mode. */
  readonly editingText: string | null;
  readonly readOnly: boolean;
  readonly handlers: CellHandlers;
  /** Last year's value when the overlay is on (undefined when off). */
  readonly lastValue?: CellValue;
}

const ValueCell = memo(function ValueCell({ cell, value, severity, total, selected, editingText, readOnly, handlers, lastValue }: ValueCellProps) {
  const id = cell.cellId;
  const def = CELL_BY_ID.get(id);
  const classes = ['grid-value'];
  if (def?.kind === 'fee') classes.push('grid-fee');
  if (total) classes.push(total === 'follows' ? 'grid-computed' : 'grid-typed-total');
  if (severity) classes.push(`grid-${severity}`);
  if (selected) classes.push('grid-selected');
  if (readOnly) classes.push('grid-readonly');
  const label = def ? `${def.rowLabel} ${def.columnLabel}` : id;
  const editing = editingText !== null;
  return (
    <td
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      className={classes.join(' ')}
      data-cell={id}
      tabIndex={selected ? 0 : -1}
      aria-label={`${label}${total ? (total === 'follows' ? '（自动合计）' : '（手填合计）') : ''}`}
      aria-invalid={severity === 'error' ? true : undefined}
      onMouseDown={() => handlers.mouseDown(id)}
      onDoubleClick={() => handlers.doubleClick(id)}
    >
      {editing ? handlers.renderEditor() : displayValue(value)}
      {total && !editing && <span className="grid-total-mark">{total === 'follows' ? 'Σ' : '手填'}</span>}
      {lastValue !== undefined && !editing && (
        <span className="grid-last-year" aria-label={`上年 ${displayValue(lastValue)}`}>
          {lastValue === null ? '上年空' : `上年 ${displayValue(lastValue)}`}
        </span>
      )}
    </td>
  );
});

export const GridTable = memo(GridTableView);
