/** Channels agencies.*: the agencies an office reports for. Renaming carries over to the agency's drafts. */
import type { Agency } from '../../../../shared/api.js';
import { reportTitle } from '../../../../shared/catalogue/sections.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { findAgencyByName, getAgency, insertAgency, listAgencies, updateAgencyRow } from '../../records/agencies.js';
import { listReportRows, renameDraft, reportLabel } from '../../records/reports.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

export function agencyHandlers(ws: Workspace): Pick<Handlers, 'agencies.list' | 'agencies.create' | 'agencies.update'> {
  return {
    'agencies.list': () => listAgencies(ws.db),

    'agencies.create': ({ name, level, issuer }) => {
      const db = ws.db;
      return writeTransaction(db, () => {
        const agency = insertAgency(db, { name, level, issuer: issuer ?? name }, ws.at());
        recordAudit(db, { at: ws.at(), actor: ws.actor(), action: 'agency.create', agencyId: agency.id, target: 'agency', newValue: `${name}（${level}）` });
        return agency;
      });
    },

    'agencies.update': ({ agencyId, name, level, issuer }) => {
      const db = ws.db;
      return writeTransaction(db, () => {
        const before = getAgency(db, agencyId);
        const after: Agency = { ...before, name: name ?? before.name, level: level ?? before.level, issuer: issuer ?? before.issuer };
        if (after.name !== before.name && findAgencyByName(db, after.name)) refuse('CONFLICT', `机关“${after.name}”已存在。`);
        updateAgencyRow(db, after);
        const at = ws.at();
        for (const key of ['name', 'level', 'issuer'] as const) {
          if (before[key] !== after[key]) {
            recordAudit(db, { at, actor: ws.actor(), action: 'agency.update', agencyId, target: `agency.${key}`, oldValue: before[key], newValue: after[key] });
          }
        }
        // Drafts follow the agency; a signed report keeps the name it was signed under.
        for (const row of listReportRows(db).filter((r) => r.agency_id === agencyId && r.status === 'draft')) {
          const title = row.title === reportTitle(row.agency_name, row.year) ? reportTitle(after.name, row.year) : row.title;
          renameDraft(db, row.id, after.name, after.level, title, at);
          if (row.agency_name !== after.name) {
            recordAudit(db, { at, actor: ws.actor(), action: 'field.edit', agencyId, reportId: row.id, reportLabel: reportLabel(row), target: 'agency', oldValue: row.agency_name, newValue: after.name });
          }
        }
        return getAgency(db, agencyId);
      });
    },
  };
}
