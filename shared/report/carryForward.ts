/**
 * Next year's draft from last year's report (report-format.md, "Carrying balances forward"):
 * 上年结转 per column = last year's 结转下年度; 现行有效 starts at last year's value; agency, level and issuer (署名)
 * stay, and so does the 前言 — the office's address, telephone and e-mail, where to read the report — with its
 * statistical period (1 January to 31 December of the year) moved to the new year. Everything else starts empty
 * (0). Last year's 一、五、六 are not copied: the editor shows them beside this year's.
 */
import { ACTIVE_DOCUMENT_ROWS, APPLICANT_COLUMNS, applicationCellId } from '../catalogue/cells.js';
import { blankReport } from './blank.js';
import type { Report } from './schema.js';

export function carryForward(last: Report): Report {
  const draft = { ...blankReport({ agency: last.agency, level: last.level, year: last.year + 1, issuer: last.issuer }), preamble: nextYearPreamble(last.preamble, last.year) };
  for (const col of APPLICANT_COLUMNS) {
    draft.cells[applicationCellId('carriedOver', col.key)] = last.cells[applicationCellId('carriedForward', col.key)] ?? null;
  }
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const id = `active.${row.key}.inForce`;
    draft.cells[id] = last.cells[id] ?? null;
  }
  return draft;
}

/** Last year's 前言 for the new year: only the dates of the statistical period change ("2023年1月1日…2023年12月31日"). */
export function nextYearPreamble(preamble: string, year: number): string {
  return preamble.replace(new RegExp(`${year}(\\s*年\\s*(?:1|01|一)\\s*月\\s*(?:1|01|一)\\s*日|\\s*年\\s*12\\s*月\\s*31\\s*日|\\s*年\\s*十二\\s*月\\s*三十一\\s*日|-01-01|-12-31)`, 'g'), `${year + 1}$1`);
}
