/**
 * Channels ledger.*: the 依申请公开 ledger of an agency (rows as typed), the import of the office's spreadsheet
 * (read for the mapping step, then saved), holiday schedules the office adds, and the tally for a report.
 * Applicants' names and contact details are stored as the office enters them and never written to the audit
 * log: a ledger change is logged by row number and column only.
 */
import { MAX_LEDGER_FILE_BYTES, type LedgerEntry, type LedgerFilePreview, type LedgerView } from '../../../../shared/api.js';
import { applicationCellId, APPLICANT_COLUMNS } from '../../../../shared/catalogue/cells.js';
import { STATE_COUNCIL_SCHEDULES, assessRecord, ledgerCalendar } from '../../../../shared/ledger/index.js';
import { LEDGER_FIELD_LABELS, type LedgerField } from '../../../../shared/ledger/types.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import type { ColumnMapping } from '../../../../shared/ledger/columns.js';
import { readLedgerOutside, type LedgerReadOptions } from '../../ledger/readLedger.js';
import { LEDGER_PREVIEW_ROWS as PREVIEW_ROWS } from '../../outsideFiles/outsideJobs.js';
import { getAgency } from '../../records/agencies.js';
import { recordAudit, type AuditAction } from '../../records/audit.js';
import {
  appendLedgerEntries,
  clearLedger,
  deleteLedgerEntries,
  findLedgerEntry,
  listAddedSchedules,
  listLedgerEntries,
  saveSchedule,
  updateLedgerCell,
  type LedgerEntryRow,
} from '../../records/ledger.js';
import { findLastYearRow, getReportRow, loadReport } from '../../records/reports.js';
import { ledgerChanged, ledgerTallyFor, recordOfEntry } from '../ledgerTally.js';
import type { Workspace } from '../workspace.js';
import { displayName } from './imports.js';
import { writeTransaction } from './transaction.js';

const entryOf = ({ id, position, ...cells }: LedgerEntryRow): LedgerEntry => ({ id, row: position, cells });

function decode(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_LEDGER_FILE_BYTES) refuse('BAD_FILE', '文件过大，不像是一份依申请公开台账。');
  return bytes;
}

type FileInput = { fileName: string; base64: string } & LedgerReadOptions;

/** Column numbers as people count them (1 = A) ↔ the reader's 0-based indexes. */
const shiftMapping = (mapping: ColumnMapping, by: number): ColumnMapping =>
  Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, column + by]));

async function readForMapping(input: FileInput) {
  const name = displayName(input.fileName);
  const read = await readLedgerOutside(decode(input.base64), {
    sheet: input.sheet,
    headerRow: input.headerRow === undefined ? undefined : input.headerRow - 1,
    mapping: input.mapping === undefined ? undefined : shiftMapping(input.mapping, -1),
  });
  if (!read.ok) {
    const joiner = /^(是|中|包含|解压|既|不是|的)/.test(read.message) ? '' : '：';
    return refuse('BAD_FILE', `“${name}”${joiner}${read.message}`);
  }
  return { name, read };
}

export function ledgerHandlers(
  ws: Workspace,
): Pick<
  Handlers,
  | 'ledger.open'
  | 'ledger.addRows'
  | 'ledger.editCells'
  | 'ledger.deleteRows'
  | 'ledger.readFile'
  | 'ledger.importFile'
  | 'ledger.addSchedule'
  | 'ledger.tallyForReport'
> {
  const schedules = () => ({ shippedYears: STATE_COUNCIL_SCHEDULES.map((s) => s.year), added: listAddedSchedules(ws.db).map((s) => ({ ...s, holidays: [...s.holidays], workdays: [...s.workdays] })) });
  const view = (agencyId: number): LedgerView => ({
    agencyId,
    entries: listLedgerEntries(ws.db, agencyId).map(entryOf),
    schedules: schedules(),
  });
  const audit = (agencyId: number, action: AuditAction, target: string | null, detail: string) =>
    recordAudit(ws.db, { at: ws.at(), actor: ws.actor(), action, agencyId, target, detail });

  return {
    'ledger.open': ({ agencyId }) => {
      getAgency(ws.db, agencyId);
      return view(agencyId);
    },

    'ledger.addRows': ({ agencyId, rows }) =>
      writeTransaction(ws.db, () => {
        ledgerChanged(ws.db);
        getAgency(ws.db, agencyId);
        const ids = appendLedgerEntries(ws.db, agencyId, rows, ws.at());
        audit(agencyId, 'ledger.addRows', null, `台账新增${ids.length}行`);
        return { entries: ids.map((id) => entryOf(findLedgerEntry(ws.db, agencyId, id)!)) };
      }),

    'ledger.editCells': ({ agencyId, edits }) =>
      writeTransaction(ws.db, () => {
        ledgerChanged(ws.db);
        getAgency(ws.db, agencyId);
        const touched = new Map<number, number>();
        for (const edit of edits) {
          const entry = findLedgerEntry(ws.db, agencyId, edit.entryId) ?? refuse('NOT_FOUND', '台账中没有这一行，可能已被删除。');
          if (entry[edit.field] === edit.value) continue;
          updateLedgerCell(ws.db, entry.id, edit.field, edit.value, ws.at());
          touched.set(entry.id, entry.position);
          // Row and column only: the value may be personal information.
          audit(agencyId, 'ledger.edit', `ledger.${edit.field}`, `台账第${entry.position}行“${LEDGER_FIELD_LABELS[edit.field as LedgerField]}”已修改`);
        }
        return { entries: [...touched.keys()].map((id) => entryOf(findLedgerEntry(ws.db, agencyId, id)!)) };
      }),

    'ledger.deleteRows': ({ agencyId, entryIds }) =>
      writeTransaction(ws.db, () => {
        ledgerChanged(ws.db);
        getAgency(ws.db, agencyId);
        deleteLedgerEntries(ws.db, agencyId, entryIds);
        audit(agencyId, 'ledger.deleteRows', null, `台账删除${entryIds.length}行`);
        return view(agencyId);
      }),

    'ledger.readFile': async (input): Promise<LedgerFilePreview> => {
      const { name, read } = await readForMapping(input);
      const calendar = ledgerCalendar(listAddedSchedules(ws.db));
      const problems = read.records.flatMap((record) =>
        assessRecord(record, calendar).problems.map((p) => ({ kind: p.kind, row: record.row, message: `第${record.row}行：${p.message}` })),
      );
      return {
        fileName: name,
        sheet: read.sheet,
        sheets: [...read.sheets],
        headerRow: read.layout.headerRow + 1,
        headers: [...read.layout.headers],
        mapping: shiftMapping(read.layout.mapping, 1),
        rows: read.rows.slice(0, Math.max(PREVIEW_ROWS, read.layout.headerRow + 12)).map((r) => r.slice(0, 60).map((c) => c.slice(0, 200))),
        recordCount: read.records.length,
        missingColumns: read.missingColumns,
        problems: problems.slice(0, 2000),
      };
    },

    'ledger.importFile': async (input) => {
      const { name, read } = await readForMapping(input);
      if (read.missingColumns) refuse('BAD_FILE', `“${name}”：${read.missingColumns}`);
      return writeTransaction(ws.db, () => {
        ledgerChanged(ws.db);
        getAgency(ws.db, input.agencyId);
        if (input.mode === 'replace') clearLedger(ws.db, input.agencyId);
        const rows = read.records.map(({ row: _row, ...cells }) => cells);
        appendLedgerEntries(ws.db, input.agencyId, rows, ws.at());
        audit(input.agencyId, 'ledger.import', null, `从“${name}”${input.mode === 'replace' ? '替换' : '追加'}导入台账${rows.length}行`);
        return { view: view(input.agencyId), imported: rows.length };
      });
    },

    'ledger.addSchedule': (schedule) =>
      writeTransaction(ws.db, () => {
        ledgerChanged(ws.db);
        const overlap = schedule.holidays.filter((d) => schedule.workdays.includes(d));
        if (overlap.length > 0) refuse('REFUSED', `${overlap[0]}不能既是放假日又是调休上班日。`);
        saveSchedule(ws.db, schedule, ws.at(), ws.actor());
        recordAudit(ws.db, { at: ws.at(), actor: ws.actor(), action: 'ledger.schedule', target: null, detail: `录入${schedule.year}年节假日安排（${schedule.source}）` });
        return schedules();
      }),

    'ledger.tallyForReport': ({ reportId }) => {
      const row = getReportRow(ws.db, reportId);
      const tally = ledgerTallyFor(ws.db, row.agency_id, row.year);
      let carriedOverFromLastReport: Record<string, number> | null = null;
      const fromEarlier = listLedgerEntries(ws.db, row.agency_id).some((e) => {
        const received = assessRecord(recordOfEntry(e), ledgerCalendar()).received;
        return received !== null && received < `${row.year}-01-01`;
      });
      const lastRow = fromEarlier ? null : findLastYearRow(ws.db, row);
      if (lastRow) {
        const last = loadReport(ws.db, lastRow);
        const cells: Record<string, number> = {};
        for (const c of APPLICANT_COLUMNS) {
          const v = last.cells[applicationCellId('carriedForward', c.key)];
          cells[applicationCellId('carriedOver', c.key)] = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
        }
        if (cells['applications.carriedOver.total']! > 0) carriedOverFromLastReport = cells;
      }
      return { tally, carriedOverFromLastReport };
    },
  };
}
