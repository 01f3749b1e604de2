/**
 * Plain text to source rows, in every layout text copied out of a report takes (import-variants.md): one cell
 * per line with blank lines between rows (a tab before each cell, like the seed, or " |" after it),
 * tab-separated rows, " | "-separated rows, cells separated by runs of spaces, a label followed by its numbers, and
 * every cell on a line of its own with nothing between rows (a row's numbers join the label line above them).
 */
import { looksLikeValue } from '../cellText.js';
import { isLabelCell, isValueText } from '../rowCells.js';
import type { SourceRow } from '../types.js';

/** A line longer than this is prose (or garbage) and is never split into cells. */
const MAX_CELL_LINE = 4000;

type Line = { kind: 'cell'; text: string } | { kind: 'row'; cells: string[] } | { kind: 'blank' };

function classify(raw: string): Line {
  const line = raw.replace(/\r$/, '');
  if (line.length > MAX_CELL_LINE) return { kind: 'row', cells: [line.trim()] };
  // One cell per line: "\t0" (seed) or "0 |".
  if (line.startsWith('\t') && !line.slice(1).includes('\t')) return { kind: 'cell', text: line.slice(1).trim() };
  const barCell = /^([^|]*?)\s*\|\s*$/.exec(line);
  if (barCell && !line.trimStart().startsWith('|')) return { kind: 'cell', text: barCell[1]!.trim() };
  // "8 | |||||||" — the last cell of a row, followed by the empty bars of merged cells the page copied along.
  const lastCell = /^([^|]*?)\s*\|[\s|]*$/.exec(line);
  if (lastCell && lastCell[1]!.trim() !== '' && looksLikeValue(lastCell[1]!)) return { kind: 'cell', text: lastCell[1]!.trim() };
  if (line.trim() === '') return { kind: 'blank' };
  if (line.trim() === '|') return { kind: 'cell', text: '' };
  const body = line.replace(/^\t/, '');
  if (body.includes('\t')) return { kind: 'row', cells: body.split('\t').map((c) => c.trim()) };
  if ((line.match(/\|/g)?.length ?? 0) >= 2 || / \| /.test(line)) {
    const cells = line.trim().split('|').map((c) => c.trim());
    if (line.trim().startsWith('|')) cells.shift();
    if (line.trim().endsWith('|')) cells.pop();
    return { kind: 'row', cells };
  }
  const trimmed = line.replace(/^[\s\u3000]+/, '').replace(/[\s\u3000]+$/, '');
  if (/\S(?: {2,}|\u3000+)\S/.test(trimmed)) return { kind: 'row', cells: trimmed.split(/ {2,}|\u3000+/) };
  return { kind: 'row', cells: splitTrailingNumbers(trimmed) };
}

/** "一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2" → the label and its numbers; "0 0 0 …" → the numbers. */
function splitTrailingNumbers(line: string): string[] {
  const tokens = line.split(/\s+/);
  if (tokens.length < 2) return [line];
  let first = tokens.length;
  while (first > 0 && looksLikeValue(tokens[first - 1]!) && tokens[first - 1] !== '') first--;
  if (tokens.length - first < 2 && !(first > 0 && tokens.length - first === 1 && isLabelCell(tokens.slice(0, first).join('')))) return [line];
  const label = tokens.slice(0, first).join(' ');
  if (label !== '' && !isLabelCell(label)) return [line];
  return label === '' ? tokens.slice(first) : [label, ...tokens.slice(first)];
}

/**
 * Cells of one run of cell-per-line lines, cut into rows wherever a label follows a value or an empty cell (a
 * blank value, or the empty cell a copied row starts with): a row's label never takes in the cells before it.
 */
function resegment(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let current: string[] = [];
  let sawValue = false;
  for (const cell of cells) {
    const label = isLabelCell(cell);
    if (label && sawValue) {
      rows.push(current);
      current = [];
      sawValue = false;
    }
    current.push(cell);
    if (!label) sawValue = true;
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

/**
 * A table copied from a page that puts each cell on a line and a lone "|" on the line after it ("规章", "|", "0",
 * "|", …) is one cell per line: the bars go. Told apart from "|" opening each row ("|", "规章 |", "0 |", …) by
 * what stands before the bars: in this layout almost always a line without a bar.
 */
function dropBarLines(lines: readonly string[]): readonly string[] {
  let bars = 0;
  let afterCell = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() !== '|') continue;
    bars++;
    const before = lines[i - 1]!.trim();
    if (before !== '' && !before.includes('|')) afterCell++;
  }
  if (bars < 5 || afterCell < bars * 0.8) return lines;
  return lines.filter((line) => line.trim() !== '|');
}

export function textRows(text: string): SourceRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let run: string[] | null = null;
  // A label or value on a line of its own, with the values of its row on the lines below (copied from a web page).
  let openForValues = false;
  const flush = () => {
    if (!run) return;
    rows.push(...resegment(run));
    run = null;
    openForValues = false;
  };
  const lines = dropBarLines(body.split('\n')).map(classify);
  // A blank line among a row's cells, with another value after it, is the line of a blank cell: kept as an empty
  // cell so the row keeps its width (a blank line before a label still ends the row).
  const blankCellAt = (i: number): boolean => {
    let next = i + 1;
    while (next < lines.length && lines[next]!.kind === 'blank') next++;
    const after = lines[next];
    if (run) return after?.kind === 'cell' && after.text !== '' && looksLikeValue(after.text) && run.some((cell) => cell !== '' && looksLikeValue(cell));
    if (!openForValues || after?.kind !== 'row' || after.cells.length !== 1) return false;
    const value = after.cells[0]!.trim();
    return value !== '' && looksLikeValue(value);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'cell') {
      (run ??= []).push(line.text);
      continue;
    }
    if (line.kind === 'blank' && blankCellAt(i)) {
      if (run) run.push('');
      else rows[rows.length - 1]!.push('');
      continue;
    }
    flush();
    if (line.kind !== 'row') continue;
    const single = line.cells.length === 1 ? line.cells[0]!.trim() : null;
    const value = single !== null && single !== '' && (looksLikeValue(single) || isValueText(single));
    if (value && openForValues) rows[rows.length - 1]!.push(single);
    else rows.push(line.cells);
    openForValues = single !== null && (value || (single.length <= 80 && isLabelCell(single)));
  }
  flush();
  return rows;
}
