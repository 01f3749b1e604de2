/**
 * Channels signoff.sign / signoff.unlock. Signing needs no error and every warning fixed or dismissed with a
 * reason; it records the names and date and the fingerprint, locks the report (the database's triggers then
 * refuse any change) and takes a backup. Unlocking needs a reason and starts the next revision.
 */
import { reportFingerprint } from '../../../../shared/report/fingerprint.js';
import { signSignoff } from '../../../../shared/report/signature.js';
import type { Handlers } from '../../api/dispatcher.js';
import { writeBackup } from '../../db/backups.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { getReportRow, reportLabel } from '../../records/reports.js';
import { insertSignoff, markSigned, unlockReport } from '../../records/signoffs.js';
import { insertSignedRevision } from '../../records/signedRevisions.js';
import { dismissedWarnings } from './printing.js';
import { checkStored, detailOf } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { requireDraft } from './guards.js';
import { writeTransaction } from './transaction.js';

export function signoffHandlers(ws: Workspace): Pick<Handlers, 'signoff.sign' | 'signoff.unlock'> {
  return {
    'signoff.sign': ({ reportId, drafter, reviewer, approver, signedAt }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        requireDraft(row);
        const checked = checkStored(db, row);
        const { errors, warnings } = checked.counts;
        if (errors > 0) {
          const first = checked.findings.find((f) => f.severity === 'error')!;
          refuse('REFUSED', `还有 ${errors} 个错误，不能签发。请先改正，例如：${first.message}`);
        }
        if (warnings > 0) {
          const first = checked.findings.find((f) => f.severity === 'warning' && f.dismissalId === null)!;
          refuse('REFUSED', `还有 ${warnings} 条警告既未改正也未说明理由，不能签发。例如：${first.message}`);
        }
        const fingerprint = reportFingerprint(checked.report);
        const at = ws.at();
        // Signed with this installation's key: the fingerprint and the names and date together.
        const signoff = signSignoff({ drafter, reviewer, approver, signedAt, fingerprint }, ws.signingKeys());
        insertSignoff(db, reportId, row.revision, signoff, ws.actor(), at);
        markSigned(db, reportId, at);
        // The report exactly as signed, for opening this revision later and printing it again identically.
        const signed = checkStored(db, getReportRow(db, reportId));
        insertSignedRevision(db, reportId, row.revision, signed.report, dismissedWarnings(signed));
        recordAudit(db, {
          at,
          actor: ws.actor(),
          action: 'report.sign',
          agencyId: row.agency_id,
          reportId,
          reportLabel: reportLabel(row),
          newValue: fingerprint,
          detail: `第${row.revision}版；拟稿 ${drafter}，审核 ${reviewer}，签发 ${approver}，${signedAt}`,
        });
      });
      try {
        writeBackup(db, ws.backupsDir, 'signoff', ws.now());
      } catch {
        // The sign-off is saved; a failed backup (full disk) is retried by the next rotation.
      }
      return detailOf(checkStored(db, getReportRow(db, reportId)));
    },

    'signoff.unlock': ({ reportId, reason }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        if (row.status !== 'signed') refuse('REFUSED', '该报告还是草稿，无需解除签发。');
        const at = ws.at();
        unlockReport(db, reportId, row.revision, reason, ws.actor(), at);
        recordAudit(db, {
          at,
          actor: ws.actor(),
          action: 'report.unlock',
          agencyId: row.agency_id,
          reportId,
          reportLabel: reportLabel(row),
          oldValue: `第${row.revision}版（已签发）`,
          newValue: `第${row.revision + 1}版（草稿）`,
          detail: reason,
        });
      });
      return detailOf(checkStored(db, getReportRow(db, reportId)));
    },
  };
}
