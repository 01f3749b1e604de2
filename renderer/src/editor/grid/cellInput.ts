/**
 * Typed or pasted text → the value sent to `reports.editCells`, and a stored value → the text shown in a cell.
 * Only formatting is undone (surrounding spaces, full-width characters, thousands separators); a value is never
 * corrected. What is not a number stays text, and a negative or fractional count stays that number, so that V-1
 * names it on its cell rather than the editor guessing what was meant.
 */
import { CELL_BY_ID } from '../../../../shared/catalogue/cells.js';
import type { CellValue } from '../../../../shared/report/schema.js';

/** The longest text `reports.editCells` accepts for one cell (shared/api.ts, editedCellValue). */
export const MAX_CELL_TEXT = 64;

/** Full-width digits and signs (as typed with a Chinese input method) to their half-width forms. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0D\u2212]/g, '-') // －, −
    .replace(/\uFF0E/g, '.') // ．
    .replace(/\uFF0C/g, ','); // ，
}

/** Spaces of every width around the text (ideographic U+3000 and no-break U+00A0 included: String.trim knows them). */
const normalise = (text: string): string => toHalfWidth(text.trim());

/** A plain decimal with optional correctly grouped thousands separators: 1234, 1,234, -1, 2.5, 12,345.25. */
const NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

const withoutGrouping = (text: string): string => text.replace(/,/g, '');

/** Text kept as text, cut to what the contract accepts (it is not a number either way; V-1 shows it). */
const asText = (text: string): string => (text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);

/**
 * A count as typed: '' (or only spaces) → null (cleared); a number → that number, including −1 and 2.5, which V-1
 * reports; anything else → the trimmed text itself ("12件", "1,2", "+5", a number too large to hold exactly), which
 * V-1 reports as text.
 */
export function countFromText(text: string): CellValue {
  const normal = normalise(text);
  if (normal === '') return null;
  if (!NUMBER.test(normal)) return asText(text.trim());
  const digits = withoutGrouping(normal);
  const value = Number(digits);
  if (!Number.isFinite(value)) return asText(text.trim());
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return asText(text.trim());
  return value === 0 ? 0 : value; // "-0" is 0
}

/**
 * The fee (万元) as typed, always a decimal string (never a binary float): trimmed, half-width, thousands separators
 * removed when correctly grouped ("1,482.5623" → "1482.5623"); '' → null; anything else → the trimmed text. Digits are kept exactly as typed (no
 * rounding, trailing zeros kept); whether it is a valid fee is for V-1 (shared/report/decimal.ts parseFee).
 */
export function feeFromText(text: string): CellValue {
  const normal = normalise(text);
  if (normal === '') return null;
  if (NUMBER.test(normal)) return withoutGrouping(normal);
  return asText(text.trim());
}

/** The value to send for text typed or pasted into a cell, by the cell's kind (a count unless it is the fee). */
export function valueFromText(cellId: string, text: string): CellValue {
  return CELL_BY_ID.get(cellId)?.kind === 'fee' ? feeFromText(text) : countFromText(text);
}

/** The text shown for a stored value: '' for null, the number as printed (no grouping), text as it is. */
export function displayValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  return value;
}
