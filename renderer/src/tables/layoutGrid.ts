/**
 * A table layout (shared/catalogue/layout.ts) as the rows of an HTML <table>: each cell with its spans, the
 * grid column it starts in (for widths and keyboard moves), how its text is aligned, and a stable React key.
 * Rows list only the cells that start in them, as HTML wants. Pure: the preview and the editor both use it.
 */
import { cellAlignment, placeCells, type LayoutCell, type TableLayout } from '../../../shared/catalogue/layout.js';

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
  return placeCells(layout).map((row, r) => ({
    key: String(r),
    header: r < layout.headerRowCount,
    cells: row.map(({ row: at, column, rowSpan, colSpan, cell }) => ({ key: `${at}:${column}`, row: at, column, rowSpan, colSpan, align: cellAlignment(layout.key, cell), cell })),
  }));
}
