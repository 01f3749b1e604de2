/**
 * A stored report checked: the rule engine run with last year's report of the same agency (found in the records
 * for the C-rules), each warning matched to its dismissal, and the counts the start screen shows.
 */
import type Database from 'better-sqlite3';
import type { CheckedFinding, CheckResult, Dismissal, FindingCounts, ReportDetail, ReportOrigin, ReportSummary } from '../../../shared/api.js';
import { checkReport } from '../../../shared/rules/engine.js';
import type { Report } from '../../../shared/report/schema.js';
import { activeDismissals } from '../records/dismissals.js';
import { ledgerCellsFor } from './ledgerTally.js';
import { refuse } from '../errors.js';
import { countChecked, matchDismissals } from '../../../shared/rules/dismissals.js';
import { findLastYearRow, loadReport, type ReportRow } from '../records/reports.js';
import { verifyReportSignature, type SignatureStatus } from '../../../shared/report/signature.js';
import { trustedKeySet } from '../records/trustedKeys.js';

/** This installation's public key, by the open database it signs into (the workspace registers it at open). */
const ownKeys = new WeakMap<Database.Database, string>();

export function registerOwnKey(db: Database.Database, publicKey: string): void {
  ownKeys.set(db, publicKey);
}

/** What a stored report's sign-off proves now (recomputed from the records on every read); null for a draft. */
export function storedSignature(db: Database.Database, row: Pick<ReportRow, 'status'>, report: Report): SignatureStatus | null {
  if (row.status !== 'signed') return null;
  return verifyReportSignature(report, trustedKeySet(db, ownKeys.get(db) ?? null));
}

export interface CheckedReport {
  readonly row: ReportRow;
  readonly report: Report;
  readonly last: { reportId: number; report: Report } | null;
  readonly findings: CheckedFinding[];
  readonly dismissals: Dismissal[];
  readonly counts: FindingCounts;
  readonly signature: SignatureStatus | null;
}

export function checkStored(db: Database.Database, row: ReportRow): CheckedReport {
  const report = loadReport(db, row);
  const lastRow = findLastYearRow(db, row);
  const last = lastRow ? { reportId: lastRow.id, report: loadReport(db, lastRow) } : null;
  const dismissals = activeDismissals(db, row.id);
  const ledger = ledgerCellsFor(db, row.agency_id, row.year);
  const findings = matchDismissals(checkReport(report, { last: last?.report ?? null, ledger }), dismissals);
  return { row, report, last, findings, dismissals, counts: countChecked(findings), signature: storedSignature(db, row, report) };
}

/** Why a signed report is read-only: signed off by people, or imported as the report already published. */
export function originOf(row: Pick<ReportRow, 'status' | 'lock_kind'>): ReportOrigin | null {
  if (row.status !== 'signed') return null;
  return row.lock_kind === 'published' ? 'published-import' : 'signed';
}

export function summaryOf(checked: Pick<CheckedReport, 'row' | 'report' | 'counts' | 'signature'>): ReportSummary {
  const { row, report, counts, signature } = checked;
  return {
    id: row.id,
    agencyId: row.agency_id,
    agency: row.agency_name,
    level: row.level,
    year: row.year,
    title: row.title,
    status: row.status,
    revision: row.revision,
    counts,
    fingerprint: row.status === 'signed' ? (row.lock_fingerprint ?? report.signoff?.fingerprint ?? null) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: originOf(row),
    importedFrom: row.imported_file !== null && row.imported_sha256 !== null ? { fileName: row.imported_file, sha256: row.imported_sha256 } : null,
    signature,
  };
}

export const checkResultOf = (checked: CheckedReport): CheckResult => ({
  summary: summaryOf(checked),
  findings: checked.findings,
  dismissals: checked.dismissals,
});

export const detailOf = (checked: CheckedReport): ReportDetail => ({ ...checkResultOf(checked), report: checked.report, lastYear: checked.last });

/**
 * A signed report whose content or signature no longer matches what was signed (rule S-2) is never handed out
 * as signed: exports refuse it until it is unlocked (with a reason) and signed again.
 */
export function refuseIfTampered(checked: Pick<CheckedReport, 'findings'>): void {
  const tampered = checked.findings.find((f) => f.rule === 'S-2');
  if (tampered) refuse('REFUSED', `不能作为已签发的报告导出：${tampered.message}。请核实后解除签发、重新签发。`);
}
