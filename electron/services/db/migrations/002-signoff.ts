/**
 * Version 2: warning dismissals, sign-off records and unlocks — and the rule that a signed report is immutable
 * in the database itself. Triggers refuse any change to a signed report, its cells, sections and dismissals,
 * whatever program issues the SQL. The only way back to a draft is an unlock row (with its reason), after which
 * the report row may change status to draft and revision + 1, and nothing else in the same statement.
 */
import type { Migration } from './migration.js';

/** Text of every trigger refusal; the API maps it to the SIGNED error. */
export const SIGNED_REPORT_MARK = 'NIANBAO_SIGNED_REPORT';

const refuseWhenSigned = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string => {
  const row = event === 'INSERT' ? 'NEW' : 'OLD';
  return `
    CREATE TRIGGER ${table}_signed_no_${event.toLowerCase()} BEFORE ${event} ON ${table}
    WHEN (SELECT status FROM reports WHERE id = ${row}.report_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 已签发的报告不能修改'); END;`;
};

const guardedTables = ['report_cells', 'report_sections', 'dismissals'];

export const signoffMigration: Migration = {
  version: 2,
  name: '签发与警告说明',
  up: `
    CREATE TABLE dismissals (
      id           INTEGER PRIMARY KEY,
      report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      rule         TEXT NOT NULL,
      cells        TEXT NOT NULL,
      fields       TEXT NOT NULL DEFAULT '[]',
      reason       TEXT NOT NULL CHECK (length(trim(reason)) >= 2),
      dismissed_by TEXT NOT NULL,
      dismissed_at TEXT NOT NULL,
      restored_by  TEXT,
      restored_at  TEXT
    ) STRICT;
    CREATE INDEX dismissals_by_report ON dismissals (report_id);

    CREATE TABLE signoffs (
      id          INTEGER PRIMARY KEY,
      report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      revision    INTEGER NOT NULL,
      drafter     TEXT NOT NULL,
      reviewer    TEXT NOT NULL,
      approver    TEXT NOT NULL,
      signed_at   TEXT NOT NULL,
      fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      UNIQUE (report_id, revision)
    ) STRICT;

    CREATE TABLE report_unlocks (
      id            INTEGER PRIMARY KEY,
      report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      from_revision INTEGER NOT NULL,
      reason        TEXT NOT NULL CHECK (length(trim(reason)) >= 2),
      unlocked_by   TEXT NOT NULL,
      unlocked_at   TEXT NOT NULL,
      UNIQUE (report_id, from_revision)
    ) STRICT;

    ${guardedTables.flatMap((table) => (['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => refuseWhenSigned(table, event))).join('\n')}

    CREATE TRIGGER reports_signed_no_delete BEFORE DELETE ON reports
    WHEN OLD.status = 'signed' OR EXISTS (SELECT 1 FROM signoffs WHERE report_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 签发过的报告不能删除'); END;

    CREATE TRIGGER reports_signed_no_update BEFORE UPDATE ON reports
    WHEN OLD.status = 'signed' AND NOT (
      NEW.status = 'draft' AND NEW.revision = OLD.revision + 1
      AND EXISTS (SELECT 1 FROM report_unlocks WHERE report_id = OLD.id AND from_revision = OLD.revision)
      AND NEW.agency_id = OLD.agency_id AND NEW.year = OLD.year AND NEW.agency_name = OLD.agency_name
      AND NEW.level = OLD.level AND NEW.title = OLD.title AND NEW.preamble = OLD.preamble
      AND NEW.issuer = OLD.issuer AND NEW.report_date IS OLD.report_date AND NEW.created_at = OLD.created_at
    )
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 已签发的报告不能修改'); END;

    CREATE TRIGGER signoffs_no_update BEFORE UPDATE ON signoffs
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 签发记录不能修改'); END;
    CREATE TRIGGER signoffs_no_delete BEFORE DELETE ON signoffs
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 签发记录不能删除'); END;
    CREATE TRIGGER signoffs_only_for_drafts BEFORE INSERT ON signoffs
    WHEN (SELECT status FROM reports WHERE id = NEW.report_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 报告已签发'); END;
    CREATE TRIGGER report_unlocks_no_update BEFORE UPDATE ON report_unlocks
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 解除签发的记录不能修改'); END;
    CREATE TRIGGER report_unlocks_no_delete BEFORE DELETE ON report_unlocks
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 解除签发的记录不能删除'); END;
  `,
};
