/**
 * One source row split into its label (the text cells) and its values (the cells after the last label cell),
 * and the value cells fitted to the number of columns a table has: extra empty cells that merged headers leave
 * at either end are dropped; a row that still has too few or too many is left to the person, never guessed.
 */
import { looksLikeValue } from './cellText.js';

export interface SplitRow {
  readonly label: string;
  readonly values: readonly string[];
  /** Every cell is empty (a spacer row left by merged cells). */
  readonly empty: boolean;
}

const CJK = /[\u4e00-\u9fff]/g;

/** A cell that names something rather than holding a value. */
export function isLabelCell(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || looksLikeValue(trimmed) || isValueText(trimmed)) return false;
  const cjk = trimmed.length > 200 ? 2 : (trimmed.match(CJK)?.length ?? 0);
  return cjk >= 2 || /^\s*(?:\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff]|[（(][一二三四五六七八九十][）)])/.test(trimmed);
}

export function splitRow(cells: readonly string[]): SplitRow {
  let last = -1;
  for (let i = 0; i < cells.length; i++) if (isLabelCell(cells[i]!)) last = i;
  const label = cells
    .slice(0, last + 1)
    .filter((c) => c.trim() !== '')
    .join(' ');
  const values = cells.slice(last + 1);
  return { label, values, empty: cells.every((c) => c.trim() === '') };
}

/**
 * Text printed in a value cell rather than a label: a short number with a word or two ("减4", "增加2", "减少 3")
 * as the 2019 format's 本年增/减 column is often filled. It stays in the row's values (and is not read as a
 * number), so it neither starts a new row nor lets a later number slide into its column.
 */
export function isValueText(text: string): boolean {
  if (text.length > 10 || !/\d/.test(text) || /^\d{1,2}\s*[.、．]/.test(text)) return false;
  return (text.match(CJK)?.length ?? 0) <= 2 && /^[增减加少新\s]*[+\-－]?\s*\d+(?:\.\d+)?\s*[件个项条次]?$/.test(text);
}

/**
 * Fits value cells to `columns`: extra empty cells that merged headers leave at the ends are dropped. Null when
 * the row cannot be fitted with certainty — too few cells, text where an empty cell would have to go, or empty
 * cells at both ends where dropping one end or the other would give different numbers (then only where the
 * row stands in the table, see `rightAligned`, can tell).
 */
export function fitValues(values: readonly string[], columns: number): readonly string[] | null {
  const excess = values.length - columns;
  if (excess < 0) return null;
  if (excess === 0) return values;
  let lead = 0;
  while (lead < values.length && values[lead]!.trim() === '') lead++;
  let trail = 0;
  while (trail < values.length && values[values.length - 1 - trail]!.trim() === '') trail++;
  const fits = new Map<string, readonly string[]>();
  for (let k = Math.max(0, excess - trail); k <= Math.min(lead, excess); k++) {
    const fit = values.slice(k, k + columns);
    fits.set(fit.map((v) => v.trim()).join('\u0000'), fit);
  }
  return fits.size === 1 ? [...fits.values()][0]! : null;
}

/**
 * A row as wide as the table's full rows, whose extra cells are all empty and at its start: the empty cell a
 * label spanning two columns left behind when the page lost its merged cells. Values stand in the rightmost
 * columns of every official table, so the row's values are its last `columns` cells.
 */
export function rightAligned(values: readonly string[], columns: number): readonly string[] | null {
  if (values.length <= columns) return null;
  return values.slice(0, values.length - columns).every((v) => v.trim() === '') ? values.slice(-columns) : null;
}

/** Whether a row carries at least one value that is not empty. */
export const hasValues = (row: SplitRow): boolean => row.values.some((v) => v.trim() !== '');
