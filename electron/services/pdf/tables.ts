/**
 * Tables 二, 三 and 四 drawn from their layout data (shared/catalogue/layout.ts) as the official template draws
 * them: merged cells, the vertical 三、本年度办理结果, every label as the catalogue spells it, numbers centred.
 * A table that does not fit on the page continues on the next one with its header rows drawn again; a merged
 * label cut by the page break is printed in each part that can hold it, and a break is moved up rather than
 * leave a part too short for its label or a caption row alone at the foot of a page.
 */
import { cellAlignment, placeCells, type LayoutCell, type TableLayout } from '../../../shared/catalogue/layout.js';
import { CONTENT, TYPE, baselineIn } from './geometry.js';
import { CLOSING_MARKS, type Line } from './lineBreak.js';
import type { PageFlow } from './pageFlow.js';
import type { TextStyle } from './prose.js';

/** Column widths in points; they add up to the type area's 156 mm. */
export function columnWidths(layout: TableLayout): number[] {
  const full = CONTENT.width;
  switch (layout.key) {
    case 'active':
      return [full * 0.31, ...Array<number>(3).fill((full * 0.69) / 3)];
    case 'applications': {
      const labels = [24, 58, 124];
      const number = (full - labels.reduce((a, b) => a + b, 0)) / 7;
      return [...labels, ...Array<number>(7).fill(number)];
    }
    case 'appeals':
      return Array<number>(15).fill(full / 15);
  }
}

interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly cell: LayoutCell;
  readonly lines: readonly Line<TextStyle>[];
  /** Height the text needs, padding included. */
  readonly needed: number;
  readonly align: 'left' | 'center';
  /** Caption rows (第二十条第（一）项) are shaded, as in the template. */
  readonly shaded: boolean;
}

export interface TableGeometry {
  readonly widths: readonly number[];
  readonly cells: readonly PlacedCell[];
  readonly rowHeights: readonly number[];
}

/** Upright characters one under another; a closing mark stays beside its character (三、 / 本 / 年 …). */
export function verticalLines(text: string): string[] {
  const lines: string[] = [];
  for (const ch of text) {
    if (lines.length > 0 && CLOSING_MARKS.has(ch)) lines[lines.length - 1] += ch;
    else lines.push(ch);
  }
  return lines;
}

const SIZE = TYPE.tableSize;
/** A light grey that a black-and-white office printer renders evenly. */
const CAPTION_SHADE = '#e4e4e4';
const PITCH = TYPE.tableLinePitch;
const PAD = TYPE.tablePadding;

/** Where every cell sits in the grid, its lines of text and the height of every row. */
export function measureTable(flow: PageFlow, layout: TableLayout, valueText: (cellId: string) => string): TableGeometry {
  const widths = columnWidths(layout);
  const cells: PlacedCell[] = [];
  for (const { row: r, column: c, rowSpan, colSpan, cell } of placeCells(layout).flat()) {
    const width = widths.slice(c, c + colSpan).reduce((a, b) => a + b, 0);
    const text = cell.kind === 'label' ? cell.text : valueText(cell.cellId);
    const style: TextStyle = cell.kind === 'label' && cell.role === 'caption' ? 'bold' : 'regular';
    const lines =
      cell.kind === 'label' && cell.vertical
        ? verticalLines(text).map((piece) => ({ runs: [{ text: piece, style }], width: flow.measure(piece, style, SIZE) }))
        : text === ''
          ? []
          : flow.lines([{ text, style }], SIZE, () => width - 2 * PAD);
    const align = cellAlignment(layout.key, cell);
    const shaded = cell.kind === 'label' && cell.role === 'caption';
    cells.push({ row: r, col: c, rowSpan, colSpan, cell, lines, needed: Math.max(1, lines.length) * PITCH + 2 * PAD, align, shaded });
  }
  const rowHeights = layout.rows.map(() => PITCH + 2 * PAD);
  for (const cell of cells) if (cell.rowSpan === 1) rowHeights[cell.row] = Math.max(rowHeights[cell.row]!, cell.needed);
  for (const cell of cells) {
    if (cell.rowSpan === 1) continue;
    const spanned = rowHeights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
    if (spanned < cell.needed) {
      const extra = (cell.needed - spanned) / cell.rowSpan;
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) rowHeights[r]! += extra;
    }
  }
  return { widths, cells, rowHeights };
}

/**
 * What must fit before a table may start on a page: the header rows and the first row after them, or for a
 * table without repeated headers its first caption group.
 */
export function openingHeight(layout: TableLayout, geometry: TableGeometry): number {
  let last = Math.max(layout.headerRowCount, firstValueRow(layout));
  if (layout.headerRowCount === 0) {
    // Without a header to repeat, the whole first caption group must fit (二: 第二十条第（一）项 with its rows).
    const next = layout.rows.findIndex((row, i) => i > 0 && isCaptionRow(row));
    last = (next < 0 ? layout.rows.length : next) - 1;
  }
  return geometry.rowHeights.slice(0, last + 1).reduce((a, b) => a + b, 0);
}

const firstValueRow = (layout: TableLayout): number => layout.rows.findIndex((row) => row.some((cell) => cell.kind === 'value'));
const isHeadingRow = (row: readonly LayoutCell[]): boolean =>
  row.length > 0 && row.every((cell) => cell.kind === 'label' && cell.role !== 'rowHeader');

/**
 * The rows of each page the table will occupy when it starts at `startY` on the current page: repeated header
 * rows first on every page after the first.
 */
export function paginateTable(layout: TableLayout, geometry: TableGeometry, startY: number): number[][] {
  const heights = geometry.rowHeights;
  const headerRows = Array.from({ length: layout.headerRowCount }, (_, i) => i);
  const pages: number[][] = [];
  let segment: number[] = [];
  let firstBodyRow = 0; // first row of this page that is not a repeated header
  let y = startY;
  let r = 0;
  while (r < layout.rows.length) {
    if (r > firstBodyRow && y + heights[r]! > CONTENT.bottom + 0.01) {
      const breakAt = adjustBreak(layout, geometry, r, firstBodyRow);
      pages.push(segment.filter((row) => row < breakAt));
      r = breakAt;
      segment = r >= layout.headerRowCount ? [...headerRows] : [];
      y = CONTENT.top + segment.reduce((sum, row) => sum + heights[row]!, 0);
      firstBodyRow = r;
    }
    segment.push(r);
    y += heights[r]!;
    r++;
  }
  pages.push(segment);
  return pages;
}

/** How many rows of the table a page holds, repeated header rows not counted. */
export const bodyRowCount = (layout: TableLayout, rows: readonly number[], pageIndex: number): number =>
  pageIndex === 0 ? rows.length : rows.filter((row) => row >= layout.headerRowCount).length;

/** Draws the table from the flow's cursor on, over as many pages as it needs. */
export function drawTable(flow: PageFlow, layout: TableLayout, geometry: TableGeometry): void {
  const pages = paginateTable(layout, geometry, flow.y);
  pages.forEach((rows, i) => {
    if (i > 0) flow.newPage();
    drawSegment(flow, geometry, rows);
    flow.y += rows.reduce((sum, row) => sum + geometry.rowHeights[row]!, 0);
  });
}

/**
 * Moves a page break up from before `row` when it would leave a merged label cell too short for its text on
 * this page, leave a caption or column-header row as the last row of the page, or (in table 二, which has no
 * header to repeat) split a caption's group.
 */
function adjustBreak(layout: TableLayout, geometry: TableGeometry, row: number, firstBodyRow: number): number {
  let breakAt = row;
  for (let changed = true; changed; ) {
    changed = false;
    for (const cell of geometry.cells) {
      const last = cell.row + cell.rowSpan - 1;
      if (cell.rowSpan === 1 || cell.row >= breakAt || last < breakAt || cell.row <= firstBodyRow) continue;
      const above = geometry.rowHeights.slice(Math.max(cell.row, firstBodyRow), breakAt).reduce((a, b) => a + b, 0);
      if (above < cell.needed) {
        breakAt = cell.row;
        changed = true;
      }
    }
    while (breakAt - 1 > firstBodyRow && isHeadingRow(layout.rows[breakAt - 1]!)) {
      breakAt--;
      changed = true;
    }
    // A table without repeated headers (二) breaks only before a caption, so every part has its caption.
    if (layout.headerRowCount === 0) {
      let caption = breakAt;
      while (caption > firstBodyRow && !isCaptionRow(layout.rows[caption]!)) caption--;
      if (caption > firstBodyRow && caption < breakAt) {
        breakAt = caption;
        changed = true;
      }
    }
  }
  return breakAt;
}

const isCaptionRow = (row: readonly LayoutCell[]): boolean => row.some((cell) => cell.kind === 'label' && cell.role === 'caption');

/** Draws the rows of one page (repeated header rows first) from the flow's cursor. */
function drawSegment(flow: PageFlow, geometry: TableGeometry, rows: readonly number[]): void {
  const doc = flow.doc;
  const top = new Map<number, number>();
  let y = flow.y;
  for (const row of rows) {
    top.set(row, y);
    y += geometry.rowHeights[row]!;
  }
  doc.lineWidth(0.6).strokeColor('#000000');
  for (const cell of geometry.cells) {
    const inPage = rows.filter((row) => row >= cell.row && row < cell.row + cell.rowSpan);
    if (inPage.length === 0) continue;
    const x = CONTENT.left + geometry.widths.slice(0, cell.col).reduce((a, b) => a + b, 0);
    const width = geometry.widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    const cellTop = top.get(inPage[0]!)!;
    const height = inPage.reduce((sum, row) => sum + geometry.rowHeights[row]!, 0);
    if (cell.shaded) doc.rect(x, cellTop, width, height).fillAndStroke(CAPTION_SHADE, '#000000').fillColor('#000000');
    else doc.rect(x, cellTop, width, height).stroke();
    const wholeOnThisPage = inPage.length === cell.rowSpan;
    if (cell.needed > height + 0.01 && !wholeOnThisPage) continue; // printed in the part of the cell that can hold it
    const blockTop = cellTop + (height - cell.lines.length * PITCH) / 2;
    cell.lines.forEach((line, i) => {
      const lineX = cell.align === 'left' ? x + PAD : x + (width - line.width) / 2;
      flow.drawLine(line, lineX, baselineIn(blockTop + i * PITCH, PITCH, SIZE), SIZE);
    });
  }
}
