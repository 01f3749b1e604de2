/**
 * Pasting a block copied from Excel, WPS or LibreOffice Calc into the tables: the clipboard text read into rows
 * and columns, then laid onto value cells from the cell where the paste starts — columns to the next value cells
 * to the right in the same row of the table, rows down to the next row that has a value cell in the starting
 * column. What falls beyond the table is returned, not dropped silently, so the screen can say how much.
 * Pure: no DOM, no React.
 */
import type { CellEdit } from '../../../../shared/report/totals.js';
import { valueFromText } from './cellInput.js';
import { gridCellOf, tableGridOf, type GridCell } from './gridMap.js';

/**
 * Tab-separated rows as spreadsheets put them on the clipboard: rows end in \r\n or \n (a lone \r too), the last
 * row's line ending is optional, and a cell holding a tab, a line break or a quote is quoted with inner quotes
 * doubled ("a""b" → a"b). A quote that does not close a cell is read as an ordinary character. '' → no rows.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = text[i] === '"' ? readQuoted(text, i) : undefined;
    let cell: string;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows; // the final line ending closes the last row; it starts no empty one
  }
}

/** A quoted cell starting at `start`, if the quote closes right before a separator or the end of the text. */
function readQuoted(text: string, start: number): { cell: string; end: number } | undefined {
  let cell = '';
  let j = start + 1;
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '"') {
      if (text[j + 1] === '"') {
        cell += '"';
        j += 2;
        continue;
      }
      const next = text[j + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? { cell, end: j + 1 } : undefined;
    }
    cell += ch;
    j++;
  }
  return undefined;
}

/** A pasted value that lies beyond the table's edge, by its place in the pasted block (0-based). */
export interface NotPasted {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface PlacedText {
  readonly cellId: string;
  readonly text: string;
}

export interface BlockPlacement {
  readonly placed: readonly PlacedText[];
  /** Non-blank values beyond the table's right or bottom edge (blank ones carry nothing and are not listed). */
  readonly notPlaced: readonly NotPasted[];
}

/** The value cells of one grid row from `first` rightwards, each once (a merged cell is one column of the block). */
function cellsRightwards(first: GridCell): GridCell[] {
  const grid = tableGridOf(first.table);
  const cells: GridCell[] = [first];
  for (let column = first.column + first.colSpan; column < grid.columnCount; column++) {
    const cell = grid.at[first.row]![column];
    if (cell && cell.row === first.row && !cells.includes(cell)) cells.push(cell);
  }
  return cells;
}

/** The next value cell below `from` that starts a row in the starting column, if the table has one. */
function nextRowStart(from: GridCell, column: number): GridCell | undefined {
  const grid = tableGridOf(from.table);
  for (let row = from.row + from.rowSpan; row < grid.rowCount; row++) {
    const cell = grid.at[row]![column];
    if (cell && cell.row === row) return cell;
  }
  return undefined;
}

/** Lays a block of texts onto the table's value cells from `startCellId` (see the file's comment). */
export function placeBlock(startCellId: string, block: readonly (readonly string[])[]): BlockPlacement {
  const placed: PlacedText[] = [];
  const notPlaced: NotPasted[] = [];
  const start = gridCellOf(startCellId);
  let rowStart = start;
  block.forEach((texts, r) => {
    const targets = rowStart ? cellsRightwards(rowStart) : [];
    texts.forEach((text, c) => {
      const target = targets[c];
      if (target) placed.push({ cellId: target.cellId, text });
      else if (text.trim() !== '') notPlaced.push({ row: r, column: c, text });
    });
    if (rowStart && start) rowStart = nextRowStart(rowStart, start.column);
  });
  return { placed, notPlaced };
}

export interface PasteResult {
  /** One edit per cell pasted into; a blank clipboard cell clears its cell, as in a spreadsheet. */
  readonly edits: readonly CellEdit[];
  /** The values that did not fit ("N 个数值超出表格，未粘贴"). */
  readonly notPasted: readonly NotPasted[];
}

/** Clipboard text pasted at a cell: the edits to send (values read as if typed) and what did not fit. */
export function pasteAt(startCellId: string, clipboardText: string): PasteResult {
  const { placed, notPlaced } = placeBlock(startCellId, parseClipboard(clipboardText));
  return {
    edits: placed.map(({ cellId, text }) => ({ cellId, value: valueFromText(cellId, text) })),
    notPasted: notPlaced,
  };
}
