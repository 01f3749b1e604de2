/**
 * Dates in a ledger cell as offices type them: 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 20240305, with or
 * without a time after it, full-width digits, or an Excel day number that lost its date format (45356).
 * The whole cell must be the date: "3月5日" (no year) or "2024年3月" is not a date.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (!(year >= 1990 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const SEPARATED = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?(?:\s*(?:[T\s]\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?\s*$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const EXCEL_DAY = /^(\d{5})(?:\.\d+)?$/;
/** Excel's day 0 is 1899-12-30 in the 1900 date system (its phantom 29 Feb 1900 is before any ledger). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const cache = new Map<string, string | null>();

/** The ISO date of a ledger cell, or null when the cell is not a date. */
export function readLedgerDate(cell: string): string | null {
  const known = cache.get(cell);
  if (known !== undefined) return known;
  const iso = readDate(cell);
  if (cache.size > 50_000) cache.clear();
  cache.set(cell, iso);
  return iso;
}

function readDate(cell: string): string | null {
  const text = toHalfWidth(cell).trim();
  if (text === '') return null;
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (m) return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
  const serial = EXCEL_DAY.exec(text);
  if (serial) {
    const day = Number(serial[1]);
    if (day < 32_874 || day > 110_000) return null; // 1990 … 2200
    return new Date(EXCEL_EPOCH + day * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** "2024年3月5日". */
export function chineseLedgerDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
