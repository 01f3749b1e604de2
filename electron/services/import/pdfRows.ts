/**
 * Table rows rebuilt from the lines of a PDF printed from Word/WPS. A line with numbers at its right is a
 * table row. Label pieces on the lines around it are joined to a row: a piece that starts with a row number
 * (一、 （三） 2.) begins the next row's label, other pieces continue the row above; a row's label is then read
 * column by column, top to bottom, so a label broken over several lines around its numbers comes out whole.
 * Vertical headers printed one character per line (三、/本/年/度…) are recognised as a column of single
 * characters over consecutive lines and left out. Where a row printed fewer numbers than its table has columns
 * (a blank cell prints nothing), the numbers are put in the columns they stand under, measured on the nearest
 * full row above; when any number stands under no column the row is left as printed.
 */
import { looksLikeValue } from '../../../shared/import/cellText.js';
import type { SourceRow } from '../../../shared/import/types.js';
import type { PdfChunk, PdfLine } from './pdfLines.js';

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff])/;
/** Lines of table 二 that head a block (caption, column headers) and never continue a row label. */
const BLOCK_HEADER = /^(第二十条|信息内容)/;
const SECTION_HEADING = /^[一二三四五六][、.．].{0,30}(总体情况|主动公开政府信息|收到和处理|行政复议|行政诉讼|存在的主要问题|改进情况|其他需要报告)/;
const TABLE_WIDTHS = [3, 7, 15];

const isValue = (chunk: PdfChunk): boolean => looksLikeValue(chunk.text);

interface Part {
  readonly text: string;
  readonly x: number;
  readonly order: number;
}

interface Row {
  readonly kind: 'row';
  parts: Part[];
  values: string[];
  centres: number[];
  readonly size: number;
  /** Where the row's numbers stand. */
  readonly valuesAt: { readonly page: number; readonly y: number };
  bottom: { page: number; y: number };
}

type Item = Row | { readonly kind: 'line'; readonly line: PdfLine };

/** Single characters stacked at one x on three or more lines close together: a vertical header (三、/本/年/度…). */
function removeVerticalHeaders(lines: readonly PdfLine[]): PdfLine[] {
  const isShort = (chunk: PdfChunk) => /^[\u4e00-\u9fff][、，．.]?$/.test(chunk.text) && !isValue(chunk);
  const vertical = new Set<PdfChunk>();
  const runs = new Map<number, { chunks: PdfChunk[]; page: number; y: number }>();
  const close = (key: number) => {
    const run = runs.get(key);
    if (run && run.chunks.length >= 3) for (const c of run.chunks) vertical.add(c);
    runs.delete(key);
  };
  for (const line of lines) {
    for (const [key, run] of runs) if (run.page !== line.page || run.y - line.y > 3 * line.size) close(key);
    for (const chunk of line.chunks) {
      if (!isShort(chunk)) continue;
      const key = Math.round(chunk.x / 3);
      const run = runs.get(key) ?? runs.get(key - 1) ?? runs.get(key + 1);
      if (run) {
        run.chunks.push(chunk);
        run.y = line.y;
      } else runs.set(key, { chunks: [chunk], page: line.page, y: line.y });
    }
  }
  for (const key of [...runs.keys()]) close(key);
  return lines.map((line) => ({ ...line, chunks: line.chunks.filter((c) => !vertical.has(c)) })).filter((l) => l.chunks.length > 0);
}

/**
 * The trailing run of value chunks of a line (the numbers right of the label). A placeholder such as "无" left of
 * every number column of the page is the start of a broken label (无法提供), not a value.
 */
function valueChunks(line: PdfLine, numbersFrom: number): PdfChunk[] {
  let first = line.chunks.length;
  while (first > 0 && isValue(line.chunks[first - 1]!)) first--;
  const values = line.chunks.slice(first);
  if (values.every((v) => !/\d/.test(v.text)) && values.every((v) => v.right < numbersFrom)) return [];
  return values;
}

/** Where numbers start on the pages: the leftmost digit chunk of lines that hold three or more numbers. */
function numberColumnsStart(lines: readonly PdfLine[]): number {
  let start = Infinity;
  for (const line of lines) {
    const digits = line.chunks.filter((c) => /^\d[\d,]*(?:\.\d+)?$/.test(c.text));
    if (digits.length >= 3) start = Math.min(start, ...digits.map((c) => c.x));
  }
  return start;
}

/** A line's text: chunks joined, with a space only between two chunks that are not both Chinese. */
const lineText = (line: PdfLine): string =>
  line.chunks
    .map((c) => c.text)
    .reduce((text, next) => (text === '' ? next : /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/.test(text) && /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(next) ? text + next : `${text} ${next}`), '')
    .trim();

export function pdfRows(allLines: readonly PdfLine[]): SourceRow[] {
  const lines = removeVerticalHeaders(allLines);
  const numbersFrom = numberColumnsStart(lines);
  const items: Item[] = [];
  let head: Part[] = [];
  let last: Row | null = null;
  let order = 0;
  const part = (chunk: PdfChunk): Part => ({ text: chunk.text, x: chunk.x, order: order++ });
  const standalone = (line: PdfLine) => {
    if (head.length > 0) items.push({ kind: 'line', line: { ...line, chunks: head.map((p) => ({ text: p.text, x: p.x, right: p.x })) } });
    head = [];
    items.push({ kind: 'line', line });
    last = null;
  };
  for (const line of lines) {
    const values = valueChunks(line, numbersFrom);
    const text = lineText(line);
    const numbered = line.chunks.findIndex((c) => NUMBERED.test(c.text));
    // A numbered label already waiting, and another starting in the same column: the first row printed no numbers.
    const labelChunks = line.chunks.slice(0, line.chunks.length - values.length);
    if (labelChunks.some((c) => NUMBERED.test(c.text) && head.some((p) => NUMBERED.test(p.text) && Math.abs(p.x - c.x) < line.size))) {
      items.push({ kind: 'line', line: { ...line, chunks: head.map((p) => ({ text: p.text, x: p.x, right: p.x })) } });
      head = [];
    }
    if (values.length > 0 && values.length < line.chunks.length + 1 && !(values.length === line.chunks.length && values.length === 1 && text.length > 12)) {
      const labels = line.chunks.slice(0, line.chunks.length - values.length).map(part);
      const row: Row = { kind: 'row', parts: [...head, ...labels], values: values.map((v) => v.text), centres: values.map((v) => (v.x + v.right) / 2), size: line.size, valuesAt: { page: line.page, y: line.y }, bottom: { page: line.page, y: line.y } };
      head = [];
      items.push(row);
      last = row;
      continue;
    }
    if (SECTION_HEADING.test(text) || BLOCK_HEADER.test(text)) {
      standalone(line);
      continue;
    }
    const near = last !== null && last.bottom.page === line.page && last.bottom.y - line.y <= 2.5 * line.size;
    let starts = numbered;
    if (starts < 0 && head.length > 0) starts = 0;
    if (starts < 0 && !near) {
      standalone(line);
      continue;
    }
    const tail = starts < 0 ? line.chunks : line.chunks.slice(0, starts);
    if (tail.length > 0) {
      if (near && last) {
        last.parts.push(...tail.map(part));
        last.bottom = { page: line.page, y: line.y };
      } else head.push(...tail.map(part));
    }
    if (starts >= 0) head.push(...line.chunks.slice(starts).map(part));
    if (head.length > 12) {
      const lost = head;
      head = [];
      items.push({ kind: 'line', line: { ...line, chunks: lost.map((p) => ({ text: p.text, x: p.x, right: p.x })) } });
    }
  }
  if (head.length > 0) items.push({ kind: 'line', line: { page: 0, y: 0, size: 12, chunks: head.map((p) => ({ text: p.text, x: p.x, right: p.x })) } });
  fillBlankColumns(items);
  return joinParagraphs(mergeSplitRows(items), lines);
}

/** A row's label read column by column (pieces within one em of x form a column), each top to bottom. */
function labelOf(row: Row): string {
  const columns: { x: number; parts: Part[] }[] = [];
  for (const p of [...row.parts].sort((a, b) => a.x - b.x)) {
    const column = columns.find((c) => Math.abs(c.x - p.x) < row.size);
    if (column) column.parts.push(p);
    else columns.push({ x: p.x, parts: [p] });
  }
  return columns.map((c) => c.parts.sort((a, b) => a.order - b.order).map((p) => p.text).join('')).join(' ');
}

/** Rows with fewer numbers than the fullest row of their block: numbers placed under that row's columns. */
function fillBlankColumns(items: readonly Item[]): void {
  const tables: Row[][] = [[]];
  for (const item of items) {
    if (item.kind === 'row') tables[tables.length - 1]!.push(item);
    // Any line that is not a row label (a heading, a caption, column headers) ends a block of rows.
    else if (!NUMBERED.test(lineText(item.line))) tables.push([]);
  }
  for (const rows of tables) {
    const fullest = rows.reduce<Row | null>((best, row) => (TABLE_WIDTHS.includes(row.centres.length) && (!best || row.centres.length > best.centres.length) ? row : best), null);
    if (fullest && fullest.centres.length > 1) for (const row of rows) fillRow(row, fullest.centres);
  }
}

function fillRow(item: Row, columns: readonly number[]): void {
  if (item.centres.length >= columns.length) return;
  const spacing = Math.min(...columns.slice(1).map((x, i) => x - columns[i]!));
  const slots = columns.map(() => '');
  let cursor = 0;
  let placedAll = true;
  item.centres.forEach((centre, k) => {
    const j = columns.findIndex((x, index) => index >= cursor && Math.abs(x - centre) < spacing * 0.3);
    if (j < 0) placedAll = false;
    else {
      slots[j] = item.values[k]!;
      cursor = j + 1;
    }
  });
  if (placedAll) {
    item.values = slots;
    item.centres = [...columns];
  }
}

/**
 * One numbered row printed on two lines because its cells are aligned differently (LibreOffice centres some and
 * tops others): the next row, close below, with an unnumbered label and numbers only in columns this row left
 * empty, is the same row.
 */
function mergeSplitRows(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const previous = out[out.length - 1];
    // The column of the previous row's own number; a group heading further left may sit on either line.
    const numberColumn = previous?.kind === 'row' ? previous.parts.filter((p) => NUMBERED.test(p.text)).reduce((x, p) => Math.max(x, p.x), -Infinity) : -Infinity;
    if (
      item.kind === 'row' &&
      previous?.kind === 'row' &&
      numberColumn > -Infinity &&
      item.parts.length > 0 &&
      !item.parts.some((p) => NUMBERED.test(p.text) && p.x >= numberColumn - item.size) &&
      item.values.length === previous.values.length &&
      previous.valuesAt.page === item.valuesAt.page &&
      previous.valuesAt.y - item.valuesAt.y <= 2.5 * item.size &&
      item.values.every((v, i) => v.trim() === '' || previous.values[i]!.trim() === '')
    ) {
      previous.values = previous.values.map((v, i) => (v.trim() === '' ? item.values[i]! : v));
      previous.parts.push(...item.parts);
      previous.bottom = item.bottom;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Prose lines joined into paragraphs: a line reaching the right margin continues on an unindented next line. */
function joinParagraphs(items: readonly Item[], lines: readonly PdfLine[]): SourceRow[] {
  const left = Math.min(...lines.map((l) => l.chunks[0]?.x ?? Infinity));
  const right = Math.max(...lines.map((l) => l.chunks[l.chunks.length - 1]?.right ?? -Infinity));
  const rows: SourceRow[] = [];
  let open = false;
  for (const item of items) {
    if (item.kind === 'row') {
      rows.push([labelOf(item), ...item.values]);
      open = false;
      continue;
    }
    const line = item.line;
    const text = lineText(line);
    const indented = (line.chunks[0]?.x ?? left) > left + line.size * 1.2;
    if (open && !indented && !SECTION_HEADING.test(text) && rows.length > 0) rows.push([`${rows.pop()![0]!}${text}`]);
    else rows.push([text]);
    open = text.length > 15 && (line.chunks[line.chunks.length - 1]?.right ?? 0) > right - line.size * 2;
  }
  return rows;
}
