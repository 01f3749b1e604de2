/**
 * Every signed revision of a report: the sign-off record's names and fingerprint, and — for revisions signed
 * since schema version 7 — the report as it was signed, to open read-only and print again.
 */
import type Database from 'better-sqlite3';
import { readExchangeText, writeExchangeText } from '../../../shared/report/exchange.js';
import type { Report } from '../../../shared/report/schema.js';
import type { DismissedWarning } from '../pdf/signoffSheet.js';
import { statement } from './statements.js';

export interface RevisionRecord {
  readonly revision: number;
  readonly kind: 'signed' | 'published';
  readonly drafter: string;
  readonly reviewer: string;
  readonly approver: string;
  readonly signedAt: string;
  readonly fingerprint: string;
  /** True when the report as signed is kept (signed since schema version 7). */
  readonly kept: boolean;
}

export function insertSignedRevision(db: Database.Database, reportId: number, revision: number, report: Report, dismissals: readonly DismissedWarning[]): void {
  statement(db, 'INSERT INTO signed_revisions (report_id, revision, exchange, dismissals) VALUES (?, ?, ?, ?)').run(
    reportId,
    revision,
    writeExchangeText(report),
    JSON.stringify(dismissals),
  );
}

export function listRevisions(db: Database.Database, reportId: number): RevisionRecord[] {
  const rows = statement(
    db,
    `SELECT s.revision, s.kind, s.drafter, s.reviewer, s.approver, s.signed_at, s.fingerprint, (r.revision IS NOT NULL) AS kept
     FROM signoffs s LEFT JOIN signed_revisions r ON r.report_id = s.report_id AND r.revision = s.revision
     WHERE s.report_id = ? ORDER BY s.revision`,
  ).all(reportId) as { revision: number; kind: 'signed' | 'published'; drafter: string; reviewer: string; approver: string; signed_at: string; fingerprint: string; kept: number }[];
  return rows.map((r) => ({
    revision: r.revision,
    kind: r.kind,
    drafter: r.drafter,
    reviewer: r.reviewer,
    approver: r.approver,
    signedAt: r.signed_at,
    fingerprint: r.fingerprint,
    kept: r.kept === 1,
  }));
}

/** The report as signed in `revision`, with the 审签单's dismissed warnings of then; undefined when not kept. */
export function loadSignedRevision(db: Database.Database, reportId: number, revision: number): { report: Report; dismissals: DismissedWarning[] } | undefined {
  const row = statement(db, 'SELECT exchange, dismissals FROM signed_revisions WHERE report_id = ? AND revision = ?').get(reportId, revision) as
    | { exchange: string; dismissals: string }
    | undefined;
  if (!row) return undefined;
  const read = readExchangeText(row.exchange);
  if (!read.ok) throw new Error(`签发时保存的第${revision}版报告无法读取：${read.message}`);
  return { report: read.report, dismissals: JSON.parse(row.dismissals) as DismissedWarning[] };
}
