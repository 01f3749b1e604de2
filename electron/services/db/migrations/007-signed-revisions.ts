/**
 * Version 7: the report as it was signed, kept for every revision signed from now on — the exchange JSON (with
 * its sign-off) and the dismissed warnings of the 审签单 — so an earlier revision can be opened read-only and
 * its PDF printed again, identical to the one signed. Written with the sign-off, never changed or deleted.
 * Revisions signed before this version have no copy (the records never kept one).
 */
import { SIGNED_REPORT_MARK } from './002-signoff.js';
import type { Migration } from './migration.js';

export const signedRevisionsMigration: Migration = {
  version: 7,
  name: '保存每一版签发时的报告',
  up: `
    CREATE TABLE signed_revisions (
      report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      revision    INTEGER NOT NULL,
      exchange    TEXT NOT NULL CHECK (length(exchange) BETWEEN 2 AND 8388608),
      dismissals  TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (report_id, revision),
      FOREIGN KEY (report_id, revision) REFERENCES signoffs (report_id, revision)
    ) STRICT;

    CREATE TRIGGER signed_revisions_no_update BEFORE UPDATE ON signed_revisions
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 签发时的报告不能修改'); END;
    CREATE TRIGGER signed_revisions_no_delete BEFORE DELETE ON signed_revisions
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 签发时的报告不能删除'); END;
  `,
};
