/**
 * I-2 (info): with last year's report, a figure of tables 二–四 more than five times last year's, or less than a
 * fifth of it, both at least 10 — what a slipped digit looks like (9487 typed for 948). A total whose part is
 * already flagged is not flagged again: the part is where the slip is.
 */
import { CELLS, CELL_BY_ID, FEE_CELL_ID } from '../catalogue/cells.js';
import { parseFee } from '../report/decimal.js';
import type { Report } from '../report/schema.js';
import { partsOf } from '../report/totals.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';
import { countOf } from './values.js';

/** Below this, a change of five-fold is ordinary (2 → 11 applications). */
export const I2_MIN = 10;
export const I2_FACTOR = 5;

/** The figure of a cell as a number (the fee in 万元), or undefined when it is not a valid figure. */
function figureOf(report: Report, id: string): number | undefined {
  if (id !== FEE_CELL_ID) return countOf(report, id);
  const value = report.cells[id];
  if (typeof value !== 'string') return undefined;
  const fee = parseFee(value);
  return fee.ok ? Number(fee.micros) / 1_000_000 : undefined;
}

const CHECKED = CELLS.map((c) => c.id);

const times = (ratio: number): string => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));

export const figuresAgainstLastYear: Rule = ({ report, last }, findings) => {
  if (!last) return;
  const flagged = new Set<string>();
  for (const id of CHECKED) {
    const now = figureOf(report, id);
    const before = figureOf(last, id);
    if (now === undefined || before === undefined || now < I2_MIN || before < I2_MIN) continue;
    const up = now > before * I2_FACTOR;
    const down = now * I2_FACTOR < before;
    if (!up && !down) continue;
    if (partsOf(id).some((part) => flagged.has(part))) continue;
    flagged.add(id);
    const cell = CELL_BY_ID.get(id)!;
    const change = up ? `是上年的${times(now / before)}倍` : `不到上年的五分之一（上年是本年的${times(before / now)}倍）`;
    findings.push({
      rule: 'I-2',
      severity: severityOf('I-2'),
      cells: [id],
      message: `${cell.reference}：本年${report.cells[id]}，${last.year}年度为${last.cells[id]}，${change}，请核对是否多打或漏打了数字`,
    });
  }
};
