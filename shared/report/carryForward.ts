/**
 * Next year's draft from last year's report (report-format.md, "Carrying balances forward"):
 * 上年结转 per column = last year's 结转下年度; 现行有效 starts at last year's value; agency, level and issuer
 * stay; everything else starts empty (0). Last year's 五 is not copied: the editor shows it beside this year's.
 */
import { ACTIVE_DOCUMENT_ROWS, APPLICANT_COLUMNS, applicationCellId } from '../catalogue/cells.js';
import { blankReport } from './blank.js';
import type { Report } from './schema.js';

export function carryForward(last: Report): Report {
  const draft = blankReport({ agency: last.agency, level: last.level, year: last.year + 1, issuer: last.issuer });
  for (const col of APPLICANT_COLUMNS) {
    draft.cells[applicationCellId('carriedOver', col.key)] = last.cells[applicationCellId('carriedForward', col.key)] ?? null;
  }
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const id = `active.${row.key}.inForce`;
    draft.cells[id] = last.cells[id] ?? null;
  }
  return draft;
}
