/**
 * A table's merged cells expanded into a grid, the way a browser lays it out: a cell with rowspan/colspan
 * occupies every position it covers. Rows for the recogniser keep each cell once, at its origin, so a merged
 * label or value is never read twice. Spans are capped so a hostile page cannot make a huge grid.
 */

export interface SpanCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface GridPosition {
  readonly text: string;
  /** True at the cell's top-left position, false where a merged cell only extends. */
  readonly origin: boolean;
}

export const MAX_SPAN = 64;
export const MAX_GRID_CELLS = 200_000;

/** Expands rows of possibly merged cells into a full grid (ragged rows stay ragged). */
export function expandGrid(rows: readonly (readonly SpanCell[])[]): GridPosition[][] {
  const grid: GridPosition[][] = [];
  let budget = MAX_GRID_CELLS;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of row) {
      while (grid[r]![column]) column++;
      const rowSpan = clampSpan(cell.rowSpan, rows.length - r);
      const colSpan = clampSpan(cell.colSpan, MAX_SPAN);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          if (--budget < 0) return;
          target[column + dc] = { text: dr === 0 && dc === 0 ? cell.text : '', origin: dr === 0 && dc === 0 };
        }
      }
      column += colSpan;
    }
  });
  return grid;
}

const clampSpan = (span: number, limit: number): number => (Number.isInteger(span) && span > 1 ? Math.min(span, Math.max(1, limit)) : 1);

/** Each grid row as the texts of the cells that start in it, left to right. */
export function originRows(grid: readonly (readonly (GridPosition | undefined)[])[]): string[][] {
  return grid.map((row) => {
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) if (row[c]?.origin) cells.push(row[c]!.text);
    return cells;
  });
}
