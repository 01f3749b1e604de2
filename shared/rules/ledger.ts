/**
 * L-1 (warning): where the office keeps the 依申请公开 ledger, table 三 equals the ledger's tally, cell by cell.
 * Fed by the tally in the check options (`ledger`); without one the rule is silent. One finding per row of table
 * 三 that differs, naming each differing column with both numbers; a cell V-1 rejects is left to V-1.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationCellId } from '../catalogue/cells.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';
import { countOf } from './values.js';

export const tableMatchesLedger: Rule = ({ report, ledger }, findings) => {
  if (!ledger) return;
  for (const row of APPLICATION_ROWS) {
    const cells: string[] = [];
    const parts: string[] = [];
    for (const column of APPLICANT_COLUMNS) {
      const id = applicationCellId(row.key, column.key);
      const inTable = countOf(report, id);
      const inLedger = ledger[id] ?? 0;
      if (inTable === undefined || inTable === inLedger) continue;
      cells.push(id);
      parts.push(`「${column.label}」表中为${inTable}、台账为${inLedger}`);
    }
    if (cells.length === 0) continue;
    findings.push({
      rule: 'L-1',
      severity: severityOf('L-1'),
      cells,
      message: `三、「${row.shortLabel}」行与依申请公开台账的统计不一致：${parts.join('；')}`,
    });
  }
};
