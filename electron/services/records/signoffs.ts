/**
 * Sign-off records (who drafted, reviewed and approved which revision, with the fingerprint) and unlocks (who,
 * why). Both are append-only in the database; the report row's status follows them.
 */
import type Database from 'better-sqlite3';
import type { Signoff } from '../../../shared/report/schema.js';
import { statement } from './statements.js';

export function insertSignoff(db: Database.Database, reportId: number, revision: number, signoff: Signoff, recordedBy: string, at: string): void {
  statement(
    db,
    `INSERT INTO signoffs (report_id, revision, drafter, reviewer, approver, signed_at, fingerprint, recorded_by, recorded_at, signature, public_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    reportId,
    revision,
    signoff.drafter,
    signoff.reviewer,
    signoff.approver,
    signoff.signedAt,
    signoff.fingerprint,
    recordedBy,
    at,
    signoff.signature ?? null,
    signoff.publicKey ?? null,
  );
}

/** What is known of a published report imported from a file: its name and the SHA-256 of its bytes. */
export interface PublishedSource {
  readonly fileName: string;
  readonly sha256: string;
}

/**
 * Locks an imported published report: a sign-off record of kind `published` for the revision, with the source
 * file and its hash and no names (nobody signed it here; the database refuses names on such a record).
 * `signedAt` is the report's own date (成文日期) when it has one, else empty.
 */
export function insertPublishedSignoff(
  db: Database.Database,
  reportId: number,
  revision: number,
  source: PublishedSource,
  fingerprint: string,
  reportDate: string | null,
  recordedBy: string,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO signoffs (report_id, revision, drafter, reviewer, approver, signed_at, fingerprint, recorded_by, recorded_at, kind, source_file, source_sha256)
     VALUES (?, ?, '', '', '', ?, ?, ?, ?, 'published', ?, ?)`,
  ).run(reportId, revision, reportDate ?? '', fingerprint, recordedBy, at, source.fileName, source.sha256);
}

/** Marks the report signed; the database refuses unless the sign-off record of its revision exists. */
export function markSigned(db: Database.Database, reportId: number, at: string): void {
  statement(db, "UPDATE reports SET status = 'signed', updated_at = ? WHERE id = ?").run(at, reportId);
}

export function everSigned(db: Database.Database, reportId: number): boolean {
  return statement(db, 'SELECT 1 FROM signoffs WHERE report_id = ?').get(reportId) !== undefined;
}

/** Records the unlock with its reason, then returns the report to draft as the next revision. */
export function unlockReport(db: Database.Database, reportId: number, fromRevision: number, reason: string, by: string, at: string): void {
  statement(db, 'INSERT INTO report_unlocks (report_id, from_revision, reason, unlocked_by, unlocked_at) VALUES (?, ?, ?, ?, ?)').run(
    reportId,
    fromRevision,
    reason,
    by,
    at,
  );
  statement(db, "UPDATE reports SET status = 'draft', revision = revision + 1, updated_at = ? WHERE id = ?").run(at, reportId);
}
