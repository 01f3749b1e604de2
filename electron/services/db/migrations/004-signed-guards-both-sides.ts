/**
 * Version 4: closes two ways around the signed-report guards of version 2 (found by the security tests).
 * - An UPDATE could move a draft's cell, section or dismissal row into a signed report (`SET report_id = …`):
 *   version 2 judged only the row's old report. Now the new report is judged too.
 * - A draft could be marked signed with a bare `UPDATE reports SET status = 'signed'`, with no sign-off record.
 *   Now a report becomes signed only when its sign-off record for that revision exists.
 */
import { SIGNED_REPORT_MARK } from './002-signoff.js';
import type { Migration } from './migration.js';

const guardNewSide = (table: string): string => `
    CREATE TRIGGER ${table}_signed_no_move_in BEFORE UPDATE ON ${table}
    WHEN (SELECT status FROM reports WHERE id = NEW.report_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 已签发的报告不能修改'); END;`;

export const signedGuardsMigration: Migration = {
  version: 4,
  name: '加固签发保护',
  up: `
    ${['report_cells', 'report_sections', 'dismissals'].map(guardNewSide).join('\n')}

    CREATE TRIGGER reports_signed_needs_signoff BEFORE UPDATE OF status ON reports
    WHEN NEW.status = 'signed' AND OLD.status <> 'signed'
      AND NOT EXISTS (SELECT 1 FROM signoffs WHERE report_id = NEW.id AND revision = NEW.revision)
    BEGIN SELECT RAISE(ABORT, '${SIGNED_REPORT_MARK}: 没有签发记录，不能标记为已签发'); END;
  `,
};
