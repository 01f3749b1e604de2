/**
 * Table rows rebuilt from the lines of a PDF printed from Word/WPS. A line with numbers is a table row; the
 * label lines around it are joined to it: a line that starts with a row number (一、 （三） 2.) begins the next
 * row's label, a short line right after a row continues that row's label. Vertical headers printed one
 * character per line (三、/本/年/度…) are recognised as a column of single characters and left out. Where a row
 * printed fewer numbers than its table has columns (blank cells print nothing), the numbers are put in the
 * columns they stand under, measured from the nearest full row; a number under no column leaves the row as it is.
 */
import { looksLikeValue } from '../../../shared/import/cellText.js';
import { headingText } from '../../../shared/import/sections.js';
import type { SourceRow } from '../../../shared/import/types.js';
import type { PdfChunk, PdfLine } from './pdfLines.js';

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff])/;
const TABLE_WIDTHS = [3, 7, 15];

const isValue = (chunk: PdfChunk): boolean => looksLikeValue(chunk.text);

/** Chunks of one or two characters stacked in one column over three or more lines: a vertical header. */
function removeVerticalHeaders(lines: readonly PdfLine[]): PdfLine[] {
  const columns = new Map<number, number>();
  const key = (chunk: PdfChunk) => Math.round(chunk.x / 4);
  const isShort = (chunk: PdfChunk) => chunk.text.length <= 2 && /[\u4e00-\u9fff]/.test(chunk.text) && !isValue(chunk);
  for (const line of lines) for (const chunk of line.chunks) if (isShort(chunk)) columns.set(key(chunk), (columns.get(key(chunk)) ?? 0) + 1);
  return lines.map((line) => ({ ...line, chunks: line.chunks.filter((c) => !(isShort(c) && (columns.get(key(c)) ?? 0) >= 3)) })).filter((l) => l.chunks.length > 0);
}

interface Built {
  cells: string[];
  /** x centres of the value cells, for filling blank columns. */
  centres: number[];
  /** Label continues on the following short lines. */
  open: boolean;
  line: PdfLine;
}

export function pdfRows(allLines: readonly PdfLine[]): SourceRow[] {
  const lines = removeVerticalHeaders(allLines);
  const out: (Built | SourceRow)[] = [];
  let pendingHead: PdfLine[] = [];
  let last: Built | null = null;
  let previous: PdfLine | null = null;
  const flushHead = () => {
    for (const line of pendingHead) out.push([lineText(line)]);
    pendingHead = [];
  };
  for (const line of lines) {
    const values = valueChunks(line);
    if (values.length > 0) {
      const labels = line.chunks.slice(0, line.chunks.length - values.length).map((c) => c.text);
      const head = pendingHead.map(lineText);
      pendingHead = [];
      const label = [...head, ...labels].join('');
      const built: Built = { cells: [label, ...values.map((v) => v.text)], centres: values.map((v) => (v.x + v.right) / 2), open: true, line };
      out.push(built);
      last = built;
    } else {
      const text = lineText(line);
      if (headingText([text]) && /^[一二三四五六][、.．]/.test(text) && isSectionHeading(text)) {
        flushHead();
        out.push([text]);
        last = null;
      } else if (NUMBERED.test(text) || pendingHead.length > 0) {
        pendingHead.push(line);
        if (pendingHead.length > 4) flushHead();
      } else if (last?.open && previous && previous.page === line.page && Math.abs(previous.y - line.y) <= 2.2 * line.size && text.length <= 30) {
        last.cells[0] += text;
      } else {
        flushHead();
        out.push([text]);
        last = null;
      }
    }
    previous = line;
  }
  flushHead();
  fillBlankColumns(out);
  return joinParagraphs(out, lines);
}

/** The trailing run of value chunks of a line (the numbers right of the label). */
function valueChunks(line: PdfLine): PdfChunk[] {
  let first = line.chunks.length;
  while (first > 0 && isValue(line.chunks[first - 1]!)) first--;
  const values = line.chunks.slice(first);
  // A lone number that is the whole line and short prose-like line ("2") still counts: table 二 rows wrap.
  return values;
}

const lineText = (line: PdfLine): string => line.chunks.map((c) => c.text).join(' ').trim();

function isSectionHeading(text: string): boolean {
  return /总体情况|主动公开政府信息|收到和处理|行政复议|行政诉讼|存在的主要问题|改进情况|其他需要报告/.test(text) && text.length <= 40 && !/结转|本年新收|上年结转|办理结果/.test(text);
}

/** Rows with fewer numbers than a full row of the same table: numbers placed under the full row's columns. */
function fillBlankColumns(out: (Built | SourceRow)[]): void {
  let reference: number[] | null = null;
  for (const item of out) {
    if (Array.isArray(item)) continue;
    const built = item as Built;
    const count = built.centres.length;
    if (TABLE_WIDTHS.includes(count)) {
      if (count > 1) reference = built.centres;
      continue;
    }
    if (!reference || count > reference.length) continue;
    const spacing = Math.min(...reference.slice(1).map((x, i) => x - reference![i]!));
    const slots: string[] = reference.map(() => '');
    let ok = true;
    let cursor = 0;
    built.centres.forEach((centre, k) => {
      let best = -1;
      for (let j = cursor; j < reference!.length; j++) if (Math.abs(reference![j]! - centre) < spacing * 0.3) best = j;
      if (best < 0) ok = false;
      else {
        slots[best] = built.cells[k + 1]!;
        cursor = best + 1;
      }
    });
    if (ok) built.cells = [built.cells[0]!, ...slots];
  }
}

/** Prose lines joined into paragraphs: a line that reaches the right margin continues on an unindented next line. */
function joinParagraphs(out: readonly (Built | SourceRow)[], lines: readonly PdfLine[]): SourceRow[] {
  const left = Math.min(...lines.map((l) => l.chunks[0]?.x ?? Infinity));
  const right = Math.max(...lines.map((l) => l.chunks[l.chunks.length - 1]?.right ?? -Infinity));
  const rows: SourceRow[] = [];
  let proseOpen = false;
  const lineOf = new Map<string, PdfLine>();
  for (const line of lines) lineOf.set(lineText(line), line);
  for (const item of out) {
    if (!Array.isArray(item)) {
      rows.push((item as Built).cells);
      proseOpen = false;
      continue;
    }
    const text = (item as SourceRow)[0]!;
    const line = lineOf.get(text);
    const indented = line ? line.chunks[0]!.x > left + line.size * 1.2 : true;
    if (proseOpen && !indented && !headingText([text])?.match(/^[一二三四五六]\./)) {
      const previous = rows.pop()!;
      rows.push([previous[0]! + text]);
    } else rows.push([text]);
    const end = line ? line.chunks[line.chunks.length - 1]!.right : 0;
    proseOpen = text.length > 15 && end > right - (line?.size ?? 12) * 2;
  }
  return rows;
}
