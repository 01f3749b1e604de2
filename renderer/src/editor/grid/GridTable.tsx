/**
 * One of tables 二, 三, 四 drawn as in the official template from its layout data (captions, merged headers,
 * the vertical 三、本年度办理结果), with every value cell a spreadsheet cell: selected with a visible focus ring,
 * outlined red or amber when a finding names it, marked when it is a total computed from its parts.
 */
import { memo, type ReactNode } from 'react';
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
}

const LABEL_CLASSES: Record<string, string> = {
  caption: 'grid-caption',
  columnHeader: 'grid-column-header',
  rowHeader: 'grid-row-header',
  note: 'grid-note',
};

function GridTableView(props: GridTableProps) {
  const { layout } = props;
  return (
    <table className={`grid-table grid-table-${layout.key}`} aria-label={layout.heading}>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={r}>{row.map((cell, c) => (cell.kind === 'label' ? <LabelCell key={c} cell={cell} /> : <ValueCell key={c} cell={cell} {...props} />))}</tr>
        ))}
      </tbody>
    </table>
  );
}

function LabelCell({ cell }: { cell: Extract<LayoutCell, { kind: 'label' }> }) {
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
}

function ValueCell({ cell, cells, marks, selected, editing, readOnly, onCellMouseDown, onCellDoubleClick, renderEditor }: GridTableProps & { cell: Extract<LayoutCell, { kind: 'value' }> }) {
  const id = cell.cellId;
  const value = cells[id] ?? null;
  const mark = marks.get(id);
  const isSelected = selected === id;
  const isEditing = editing?.cellId === id;
  const computed = isComputedTotal(id);
  const follows = computed && totalFollows(cells, id);
  const classes = ['grid-value'];
  if (CELL_BY_ID.get(id)?.kind === 'fee') classes.push('grid-fee');
  if (computed) classes.push(follows ? 'grid-computed' : 'grid-typed-total');
  if (mark) classes.push(`grid-${mark.severity}`);
  if (isSelected) classes.push('grid-selected');
  if (readOnly) classes.push('grid-readonly');
  const def = CELL_BY_ID.get(id);
  const label = def ? `${def.rowLabel} ${def.columnLabel}` : id;
  const td = (
    <td
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      className={classes.join(' ')}
      data-cell={id}
      tabIndex={isSelected ? 0 : -1}
      aria-label={`${label}${computed ? (follows ? '（自动合计）' : '（手填合计）') : ''}`}
      aria-invalid={mark?.severity === 'error' ? true : undefined}
      onMouseDown={() => onCellMouseDown(id)}
      onDoubleClick={() => onCellDoubleClick(id)}
    >
      {isEditing ? renderEditor() : displayValue(value)}
      {computed && !isEditing && <span className="grid-total-mark">{follows ? 'Σ' : '手填'}</span>}
    </td>
  );
  return td;
}

export const GridTable = memo(GridTableView);
