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
  if (trimmed === '' || looksLikeValue(trimmed)) return false;
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

/** Fits value cells to `columns`; null when the row cannot be fitted with certainty. */
export function fitValues(values: readonly string[], columns: number): readonly string[] | null {
  const fitted = [...values];
  while (fitted.length > columns && fitted[fitted.length - 1]!.trim() === '') fitted.pop();
  while (fitted.length > columns && fitted[0]!.trim() === '') fitted.shift();
  return fitted.length === columns ? fitted : null;
}

/** Whether a row carries at least one value that is not empty. */
export const hasValues = (row: SplitRow): boolean => row.values.some((v) => v.trim() !== '');
