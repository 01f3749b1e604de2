/**
 * Channels reports.editCells and reports.editField: every edit is saved at once, in one transaction with its
 * audit lines, and the report is checked again so the editor can show the new findings.
 */
import { parseIsoDate } from '../../../../shared/calendar.js';
import type { CellValue } from '../../../../shared/report/schema.js';
import type { EditableField } from '../../../../shared/api.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { proseChange } from '../../records/proseDiff.js';
import {
  decodeCell,
  encodeCell,
  getReportRow,
  reportLabel,
  storedCell,
  storedSection,
  touchReport,
  writeCell,
  writeReportField,
  writeSection,
} from '../../records/reports.js';
import { checkResultOf, checkStored } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { requireDraft } from './guards.js';
import { writeTransaction } from './transaction.js';

/** A value as the audit log shows it: the number or text typed, null for an empty cell. */
const shown = (value: CellValue): string | null => (value === null ? null : String(value));

function fieldValue(field: EditableField, value: string | null): string | null {
  if (field !== 'date') return value ?? '';
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (!parseIsoDate(text)) refuse('INVALID_INPUT', '成文日期应写作“2024-01-18”这样的格式。');
  return text;
}

export function editingHandlers(ws: Workspace): Pick<Handlers, 'reports.editCells' | 'reports.editField'> {
  return {
    'reports.editCells': ({ reportId, edits }) => {
      const db = ws.db;
      const savedAt = writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        requireDraft(row);
        const at = ws.at();
        const actor = ws.actor();
        let changed = false;
        for (const { cellId, value } of edits) {
          const before = storedCell(db, reportId, cellId);
          const encoded = encodeCell(value);
          if (before === encoded) continue;
          writeCell(db, reportId, cellId, encoded);
          recordAudit(db, {
            at,
            actor,
            action: 'cell.edit',
            agencyId: row.agency_id,
            reportId,
            reportLabel: reportLabel(row),
            target: cellId,
            oldValue: shown(decodeCell(before)),
            newValue: shown(value),
          });
          changed = true;
        }
        if (changed) touchReport(db, reportId, at);
        return at;
      });
      return { ...checkResultOf(checkStored(db, getReportRow(db, reportId))), savedAt };
    },

    'reports.editField': ({ reportId, field, value }) => {
      const db = ws.db;
      const savedAt = writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        requireDraft(row);
        const next = fieldValue(field, value);
        const at = ws.at();
        let before: string | null;
        if (field.startsWith('sections.')) {
          const key = field.slice('sections.'.length) as 'overview' | 'problems' | 'other';
          before = storedSection(db, reportId, key);
          if (before !== next) writeSection(db, reportId, key, next ?? '');
        } else {
          const rowField = field as 'title' | 'preamble' | 'issuer' | 'date';
          before = rowField === 'date' ? row.report_date : row[rowField];
          if (before !== next) writeReportField(db, reportId, rowField, next);
        }
        if (before !== next) {
          // Prose is logged as what changed (records/proseDiff.ts), not both whole texts on every save.
          const change = proseChange(before, next);
          recordAudit(db, { at, actor: ws.actor(), action: 'field.edit', agencyId: row.agency_id, reportId, reportLabel: reportLabel(row), target: field, ...change });
          touchReport(db, reportId, at);
        }
        return at;
      });
      return { ...checkResultOf(checkStored(db, getReportRow(db, reportId))), savedAt };
    },
  };
}
