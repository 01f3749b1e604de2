/**
 * Making room for a report read from a file (exchange.import*, imports.save): the agency's report for that year
 * must not exist, or be a draft never signed that the person chose to replace. The replaced draft is kept whole
 * in the audit log. A report that is or ever was signed is never replaced (the database refuses its deletion too).
 */
import type Database from 'better-sqlite3';
import type { Agency } from '../../../../shared/api.js';
import { writeExchangeText } from '../../../../shared/report/exchange.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { deleteReportRow, findReportRowFor, loadReport, reportLabel } from '../../records/reports.js';
import { everSigned } from '../../records/signoffs.js';

export interface ReplaceContext {
  readonly at: string;
  readonly actor: string;
  /** The file the replacing report comes from, for the refusal and the audit line. */
  readonly fileName: string;
}

/** Deletes the draft to be replaced (true) or finds nothing there (false); refuses CONFLICT otherwise. */
export function clearYearForImport(db: Database.Database, agency: Agency, year: number, replaceDraft: boolean, context: ReplaceContext): boolean {
  const existing = findReportRowFor(db, agency.id, year);
  if (!existing) return false;
  const label = `${agency.name}${year}年度的报告已经存在`;
  if (existing.status === 'signed') refuse('CONFLICT', `${label}且已签发，记录没有任何改动。`);
  if (everSigned(db, existing.id)) refuse('CONFLICT', `${label}且签发过（现已解除签发），不能用文件替换，记录没有任何改动。`);
  if (!replaceDraft) refuse('CONFLICT', `${label}，记录没有任何改动。如要用文件替换这份草稿，请选择“替换草稿”。`);
  recordAudit(db, {
    at: context.at,
    actor: context.actor,
    action: 'report.delete',
    agencyId: agency.id,
    reportId: existing.id,
    reportLabel: reportLabel(existing),
    oldValue: writeExchangeText(loadReport(db, existing)),
    detail: `被《${context.fileName}》替换`,
  });
  deleteReportRow(db, existing.id);
  return true;
}
