/** Channels findings.dismiss / findings.restore: a warning set aside with a written reason, and taken back. */
import { RULE_BY_ID } from '../../../../shared/rules/catalogue.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { activeDismissals, insertDismissal, markRestored } from '../../records/dismissals.js';
import { findingKey } from '../../../../shared/rules/dismissals.js';
import { getReportRow, reportLabel } from '../../records/reports.js';
import { checkResultOf, checkStored } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { requireDraft } from './guards.js';
import { writeTransaction } from './transaction.js';

export function findingHandlers(ws: Workspace): Pick<Handlers, 'findings.dismiss' | 'findings.restore'> {
  return {
    'findings.dismiss': ({ reportId, rule, cells, fields = [], reason }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        requireDraft(row);
        const key = findingKey(rule, cells, fields);
        const finding = checkStored(db, row).findings.find((f) => findingKey(f.rule, f.cells, f.fields) === key);
        if (!finding) refuse('NOT_FOUND', `当前没有这条 ${rule} 提示（可能已经改正），无需说明。`);
        if (finding!.severity === 'error') refuse('REFUSED', `${rule} 是错误，不能说明后忽略，必须改正。`);
        if (finding!.severity === 'info') refuse('REFUSED', `${rule} 只是提示，不影响签发，无需说明。`);
        if (finding!.dismissalId !== null) refuse('CONFLICT', '这条警告已经写过说明。');
        const at = ws.at();
        insertDismissal(db, { reportId, rule, cells, fields, reason, by: ws.actor(), at });
        recordAudit(db, {
          at,
          actor: ws.actor(),
          action: 'warning.dismiss',
          agencyId: row.agency_id,
          reportId,
          reportLabel: reportLabel(row),
          target: rule,
          newValue: reason,
          detail: `${RULE_BY_ID.get(rule)?.title ?? rule}：${finding!.message}`,
        });
      });
      return checkResultOf(checkStored(db, getReportRow(db, reportId)));
    },

    'findings.restore': ({ reportId, dismissalId }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        requireDraft(row);
        const dismissal = activeDismissals(db, reportId).find((d) => d.id === dismissalId);
        if (!dismissal) refuse('NOT_FOUND', '没有这条说明，可能已经恢复。');
        const at = ws.at();
        markRestored(db, dismissalId, ws.actor(), at);
        recordAudit(db, { at, actor: ws.actor(), action: 'warning.restore', agencyId: row.agency_id, reportId, reportLabel: reportLabel(row), target: dismissal!.rule, oldValue: dismissal!.reason });
      });
      return checkResultOf(checkStored(db, getReportRow(db, reportId)));
    },
  };
}
