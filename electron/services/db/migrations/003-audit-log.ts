/**
 * Version 3: the append-only audit log. Every change made through the services writes a row here in the same
 * transaction as the change: who, when, what (old → new). Rows are never updated or deleted (triggers), and
 * carry the report's name so they outlive a deleted draft.
 */
import type { Migration } from './migration.js';

export const AUDIT_MARK = 'NIANBAO_AUDIT_APPEND_ONLY';

export const auditLogMigration: Migration = {
  version: 3,
  name: '修改记录',
  up: `
    CREATE TABLE audit_log (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      agency_id    INTEGER,
      report_id    INTEGER,
      report_label TEXT,
      target       TEXT,
      old_value    TEXT,
      new_value    TEXT,
      detail       TEXT
    ) STRICT;
    CREATE INDEX audit_by_report_target ON audit_log (report_id, target, id);

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, '${AUDIT_MARK}: 修改记录不能更改'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, '${AUDIT_MARK}: 修改记录不能删除'); END;
  `,
};
