/**
 * Tables 二, 三, 四 as read from the file, drawn with the editor's GridTable: cells the notes name outlined blue,
 * cells the findings name red or amber, the cells of the chosen note ringed, corrected cells tinted green.
 * The rings and tints are one small style element keyed by cell id, so GridTable itself stays the editor's.
 */
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import type { CellValue } from '../../../shared/report/schema.js';
import type { CellMark } from '../editor/grid/cellMarks.js';
import { useCellHint } from '../editor/grid/CellHint.js';
import { GridTable } from '../editor/grid/GridTable.js';
import type { GridController } from '../editor/grid/useGridController.js';

interface ReviewTablesProps {
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly grid: GridController;
  readonly focusedCells: readonly string[];
  readonly corrected: readonly string[];
}

const selector = (ids: readonly string[]): string => ids.map((id) => `.import-tables td[data-cell="${CSS.escape(id)}"]`).join(',');

export function ReviewTables({ cells, marks, grid, focusedCells, corrected }: ReviewTablesProps) {
  const hint = useCellHint(marks);
  const rules: string[] = [];
  if (corrected.length > 0) rules.push(`${selector(corrected)}{background:#f0fbe8;color:#237804;font-weight:600}`);
  if (focusedCells.length > 0) rules.push(`${selector(focusedCells)}{outline:3px solid #722ed1;outline-offset:-3px}`);
  return (
    <div
      ref={grid.containerRef}
      className="import-tables"
      onKeyDown={grid.onKeyDown}
      onPaste={grid.onPaste}
      onCopy={grid.onCopy}
      onFocus={grid.onFocus}
      onMouseOver={hint.onMouseOver}
      onMouseLeave={hint.onMouseLeave}
    >
      {rules.length > 0 && <style>{rules.join('\n')}</style>}
      {hint.hint}
      {TABLE_LAYOUTS.map((layout) => (
        <section key={layout.key} id={`import-${layout.key}`} className="section-card table-card">
          <h2 className="section-heading">{layout.heading}</h2>
          <GridTable
            layout={layout}
            cells={cells}
            marks={marks}
            selected={grid.selected}
            editing={grid.editing}
            readOnly={false}
            onCellMouseDown={(id) => grid.select(id)}
            onCellDoubleClick={(id) => grid.startEdit(id)}
            renderEditor={grid.renderEditor}
          />
        </section>
      ))}
    </div>
  );
}
