/**
 * A table layout (shared/catalogue/layout.ts) as the rows of an HTML <table>: each cell with its spans, the
 * grid column it starts in (for widths and keyboard moves), how its text is aligned, and a stable React key.
 * Rows list only the cells that start in them, as HTML wants. Pure: the preview and the editor both use it.
 */
import { cellAlignment, type LayoutCell, type TableLayout } from '../../../shared/catalogue/layout.js';

export interface PlacedCell {
  /** Stable key: "row:column" of the cell's top-left corner. */
  readonly key: string;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly align: 'left' | 'center';
  readonly cell: LayoutCell;
}

export interface PlacedRow {
  readonly key: string;
  /** One of the header rows a table repeats at a page break (<thead>). */
  readonly header: boolean;
  readonly cells: readonly PlacedCell[];
}

export function layoutGrid(layout: TableLayout): PlacedRow[] {
  const occupied = layout.rows.map(() => new Array<boolean>(layout.columnCount).fill(false));
  return layout.rows.map((row, r) => {
    let column = 0;
    const cells = row.map((cell): PlacedCell => {
      while (occupied[r]![column]) column++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let rr = r; rr < Math.min(r + rowSpan, occupied.length); rr++) {
        for (let cc = column; cc < column + colSpan; cc++) occupied[rr]![cc] = true;
      }
      const placed = { key: `${r}:${column}`, row: r, column, rowSpan, colSpan, align: cellAlignment(layout.key, cell), cell };
      column += colSpan;
      return placed;
    });
    return { key: String(r), header: r < layout.headerRowCount, cells };
  });
}
