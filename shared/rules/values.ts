/** Reading cell values for the rules: a rule only computes with numbers that V-1 accepts. */
import { FEE_CELL_ID } from '../catalogue/cells.js';
import { parseFee } from '../report/decimal.js';
import type { Report } from '../report/schema.js';

/** The count in a cell, or undefined when it is missing or not a non-negative safe integer (V-1 reports it). */
export function countOf(report: Report, id: string): number | undefined {
  const value = report.cells[id];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The counts of several cells, or undefined if any one of them is unusable. */
export function countsOf(report: Report, ids: readonly string[]): number[] | undefined {
  const values: number[] = [];
  for (const id of ids) {
    const v = countOf(report, id);
    if (v === undefined) return undefined;
    values.push(v);
  }
  return values;
}

/** The fee in millionths of 万元 (exact), or undefined when it is not a valid decimal string. */
export function feeOf(report: Report): bigint | undefined {
  const value = report.cells[FEE_CELL_ID];
  if (typeof value !== 'string') return undefined;
  const parsed = parseFee(value);
  return parsed.ok ? parsed.micros : undefined;
}

export const sum = (values: readonly number[]): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};
