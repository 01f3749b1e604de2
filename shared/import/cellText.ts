/**
 * What a table cell's text says as a number: a count, an exact fee (万元), a blank, a placeholder, or text that
 * is not a number. Units, spaces, thousands separators and full-width digits are read; nothing is rounded.
 */
import { formatFee, parseFee } from '../report/decimal.js';
import { toHalfWidth } from './normalise.js';

export type CellReading =
  | { readonly kind: 'number'; readonly value: number | string; readonly yuan?: boolean }
  | { readonly kind: 'blank' }
  | { readonly kind: 'placeholder'; readonly text: string }
  | { readonly kind: 'unparsed'; readonly text: string };

const PLACEHOLDERS = new Set(['/', '-', '—', '－', '–', '--', '——', '无', '\\', '—-', '-—', '／', '0/']);
const COUNT_UNITS = /(件|个|条|项|次|宗|份|人次|家|起)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Cleans a cell's text: no spaces, half-width, no thousands separators. */
function clean(text: string): string {
  return toHalfWidth(text).replace(/[\s\u200b\ufeff]+/g, '');
}

/** Whether a cell looks like a value (number, blank or placeholder) rather than a label. */
export function looksLikeValue(text: string): boolean {
  return readCell(text, 'count').kind !== 'unparsed' || readCell(text, 'fee').kind !== 'unparsed';
}

/** Reads one cell. `fee` cells keep up to six decimals exactly and convert 元 to 万元. */
/** No number, unit and spacing together is longer than this. */
const MAX_CELL_TEXT = 64;

export function readCell(text: string, kind: 'count' | 'fee'): CellReading {
  if (text.length > MAX_CELL_TEXT && text.trim().length > MAX_CELL_TEXT) return { kind: 'unparsed', text: text.trim().slice(0, MAX_CELL_TEXT) };
  const raw = clean(text);
  if (raw === '') return { kind: 'blank' };
  if (PLACEHOLDERS.has(raw)) return { kind: 'placeholder', text: raw };
  let body = raw;
  let yuan = false;
  if (kind === 'fee') {
    if (/万元$/.test(body)) body = body.slice(0, -2);
    else if (/元$/.test(body)) {
      body = body.slice(0, -1);
      yuan = true;
    }
  } else {
    body = body.replace(COUNT_UNITS, '');
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) body = body.replace(/,/g, '');
  if (!NUMBER.test(body)) return { kind: 'unparsed', text: raw };
  if (kind === 'count') {
    if (body.includes('.')) {
      // "3.0" is a whole number printed with a decimal point; "2.5" is not a count.
      if (!/\.0+$/.test(body)) return { kind: 'unparsed', text: raw };
      body = body.replace(/\.0+$/, '');
    }
    const value = Number(body);
    if (!Number.isSafeInteger(value)) return { kind: 'unparsed', text: raw };
    return { kind: 'number', value };
  }
  const fee = parseFee(body);
  if (!fee.ok) return fee.reason === 'negative' ? { kind: 'number', value: body } : { kind: 'unparsed', text: raw };
  if (fee.micros > 10n ** 18n) return { kind: 'unparsed', text: raw };
  if (!yuan) return { kind: 'number', value: formatFee(fee.micros) };
  // 元 → 万元: divide by 10 000, exactly; more than six decimals of 万元 would be below a fen.
  if (fee.micros % 10_000n !== 0n) return { kind: 'unparsed', text: raw };
  return { kind: 'number', value: formatFee(fee.micros / 10_000n), yuan: true };
}
