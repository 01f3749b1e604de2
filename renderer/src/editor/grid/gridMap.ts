/**
 * Where each value cell of tables 二, 三 and 四 sits in its table's expanded grid (rowSpan/colSpan laid out as a
 * browser does), and how the keyboard moves between them: arrows to the nearest value cell in that direction
 * within the table, Enter down (Shift+Enter up) as in Excel, Tab / Shift+Tab through every value cell in reading
 * order, across tables. At an edge the selection stays put. Pure: no DOM, no React.
 */
import { placeCells, TABLE_LAYOUTS, type TableLayout } from '../../../../shared/catalogue/layout.js';

export type TableKey = TableLayout['key'];
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface GridCell {
  readonly cellId: string;
  readonly table: TableKey;
  /** Top-left position in the table's expanded grid (0-based; header and caption rows count). */
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Position in the reading order of all value cells of the three tables. */
  readonly index: number;
}

export interface TableGrid {
  readonly table: TableKey;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The value cell covering each position (a merged value cell covers several), undefined for labels. */
  readonly at: readonly (readonly (GridCell | undefined)[])[];
  /** The table's value cells in reading order (row by row, left to right). */
  readonly cells: readonly GridCell[];
}

function layOut(layout: TableLayout, firstIndex: number): TableGrid {
  const at: (GridCell | undefined)[][] = layout.rows.map(() => Array<GridCell | undefined>(layout.columnCount).fill(undefined));
  const cells: GridCell[] = [];
  for (const { row, column, rowSpan, colSpan, cell } of placeCells(layout).flat()) {
    if (cell.kind !== 'value') continue;
    const placed: GridCell = { cellId: cell.cellId, table: layout.key, row, column, rowSpan, colSpan, index: firstIndex + cells.length };
    cells.push(placed);
    for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) at[row + dr]![column + dc] = placed;
  }
  return { table: layout.key, rowCount: layout.rows.length, columnCount: layout.columnCount, at, cells };
}

function layOutAll(): TableGrid[] {
  const grids: TableGrid[] = [];
  let index = 0;
  for (const layout of TABLE_LAYOUTS) {
    const grid = layOut(layout, index);
    index += grid.cells.length;
    grids.push(grid);
  }
  return grids;
}

/** The three tables' grids, in printed order (二, 三, 四). */
export const TABLE_GRIDS: readonly TableGrid[] = layOutAll();

/** Every value cell of the three tables in reading order: table by table, row by row, left to right. */
export const READING_ORDER: readonly GridCell[] = TABLE_GRIDS.flatMap((grid) => grid.cells);

const BY_ID: ReadonlyMap<string, GridCell> = new Map(READING_ORDER.map((cell) => [cell.cellId, cell]));
const GRID_BY_TABLE: ReadonlyMap<TableKey, TableGrid> = new Map(TABLE_GRIDS.map((grid) => [grid.table, grid]));

/** Where a cell is drawn; undefined for an id that is not a value cell of the tables. */
export const gridCellOf = (cellId: string): GridCell | undefined => BY_ID.get(cellId);

export const tableGridOf = (table: TableKey): TableGrid => GRID_BY_TABLE.get(table)!;

/** The value cell covering a grid position, if any. */
export const cellAt = (table: TableKey, row: number, column: number): GridCell | undefined =>
  tableGridOf(table).at[row]?.[column];

const STEPS: Record<Direction, readonly [number, number]> = {
  up: [-1, 0],
  down: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

/**
 * The nearest value cell in a direction within the same table, looking along the cell's first row (left/right)
 * or first column (up/down) and skipping label cells; the same cell at the table's edge. A merged value cell
 * (the colSpan-3 cells of table 二) is one stop.
 */
export function moveFrom(cellId: string, direction: Direction): string {
  const from = BY_ID.get(cellId);
  if (!from) return cellId;
  const grid = tableGridOf(from.table);
  const [dr, dc] = STEPS[direction];
  let row = dr > 0 ? from.row + from.rowSpan : dr < 0 ? from.row - 1 : from.row;
  let column = dc > 0 ? from.column + from.colSpan : dc < 0 ? from.column - 1 : from.column;
  while (row >= 0 && row < grid.rowCount && column >= 0 && column < grid.columnCount) {
    const found = grid.at[row]![column];
    if (found && found !== from) return found.cellId;
    row += dr;
    column += dc;
  }
  return cellId;
}

/** The next (+1, Tab) or previous (−1, Shift+Tab) value cell in reading order, across tables; the same at the ends. */
export function nextInReadingOrder(cellId: string, step: 1 | -1): string {
  const from = BY_ID.get(cellId);
  if (!from) return cellId;
  return READING_ORDER[from.index + step]?.cellId ?? cellId;
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Enter' | 'Tab';

/** The cell a key moves to: arrows by direction, Enter down (Shift+Enter up), Tab on (Shift+Tab back). */
export function moveForKey(cellId: string, key: GridKey, shift = false): string {
  switch (key) {
    case 'ArrowUp':
      return moveFrom(cellId, 'up');
    case 'ArrowDown':
      return moveFrom(cellId, 'down');
    case 'ArrowLeft':
      return moveFrom(cellId, 'left');
    case 'ArrowRight':
      return moveFrom(cellId, 'right');
    case 'Enter':
      return moveFrom(cellId, shift ? 'up' : 'down');
    case 'Tab':
      return nextInReadingOrder(cellId, shift ? -1 : 1);
  }
}
