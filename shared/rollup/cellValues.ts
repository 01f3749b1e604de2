/**
 * A unit's figures as the roll-up adds them: a missing cell (null) is 0, a count a non-negative integer, the fee
 * an exact decimal. A unit with any other value (text in a count, a negative number, a fee that is not a decimal)
 * is not added in at all, so that a sum is never silently short: its V-1 findings say which cell to correct.
 */
import { CELL_BY_ID, CELL_IDS, FEE_CELL_ID } from '../catalogue/cells.js';
import { formatFee, parseFee } from '../report/decimal.js';
import type { CellValue } from '../report/schema.js';

/** Counts as numbers, the fee as a canonical decimal string; every one of the 200 ids present. */
export type SummableCells = Record<string, number | string>;

export type SummableResult = { readonly ok: true; readonly cells: SummableCells } | { readonly ok: false; readonly message: string };

export function summableCells(cells: Readonly<Record<string, CellValue | undefined>>): SummableResult {
  const out: SummableCells = {};
  for (const id of CELL_IDS) {
    const value = cells[id] ?? null;
    if (id === FEE_CELL_ID) {
      const parsed = value === null ? ({ ok: true, micros: 0n } as const) : typeof value === 'string' ? parseFee(value) : typeof value === 'number' ? parseFee(String(value)) : null;
      if (!parsed?.ok) return refuse(id, value);
      out[id] = formatFee(parsed.micros);
    } else if (value === null) {
      out[id] = 0;
    } else if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
      out[id] = value;
    } else {
      return refuse(id, value);
    }
  }
  return { ok: true, cells: out };
}

function refuse(id: string, value: CellValue): SummableResult {
  const shown = typeof value === 'string' ? `“${value.slice(0, 20)}”` : String(value);
  return { ok: false, message: `${CELL_BY_ID.get(id)?.reference ?? id}填的是${shown}，不是有效的数，此单位未计入合计` };
}

/** Exact sums of summable cells: counts as integers, the fee in millionths of 万元. */
export function sumCells(units: readonly SummableCells[]): SummableCells {
  const counts = new Map<string, number>();
  let fee = 0n;
  for (const id of CELL_IDS) counts.set(id, 0);
  for (const cells of units) {
    for (const id of CELL_IDS) {
      if (id === FEE_CELL_ID) {
        const parsed = parseFee(String(cells[id]));
        if (parsed.ok) fee += parsed.micros;
      } else counts.set(id, counts.get(id)! + (cells[id] as number));
    }
  }
  const out: SummableCells = {};
  for (const id of CELL_IDS) out[id] = id === FEE_CELL_ID ? formatFee(fee) : counts.get(id)!;
  return out;
}
