/**
 * The ledger rows of an agency and the holiday schedules the office added. Rows keep their order (`position`,
 * shown as the row number); every cell is text as typed.
 */
import type Database from 'better-sqlite3';
import type { HolidaySchedule } from '../../../shared/ledger/holidaySchedules.js';
import { LEDGER_FIELDS, type LedgerField } from '../../../shared/ledger/types.js';
import { statement } from './statements.js';

/** Column of each field in ledger_entries. */
export const LEDGER_COLUMNS: Readonly<Record<LedgerField, string>> = {
  receivedDate: 'received',
  applicantType: 'applicant_type',
  result: 'result',
  reason: 'reason',
  replyDate: 'replied',
  extended: 'extended',
  subject: 'subject',
  channel: 'channel',
  applicantName: 'applicant_name',
  contact: 'contact',
  notes: 'notes',
};

export type LedgerEntryRow = { id: number; position: number } & Record<LedgerField, string>;

const SELECT = `SELECT id, position, ${LEDGER_FIELDS.map((f) => `${LEDGER_COLUMNS[f]} AS ${f}`).join(', ')} FROM ledger_entries`;

export function listLedgerEntries(db: Database.Database, agencyId: number): LedgerEntryRow[] {
  return statement(db, `${SELECT} WHERE agency_id = ? ORDER BY position, id`).all(agencyId) as LedgerEntryRow[];
}

export function findLedgerEntry(db: Database.Database, agencyId: number, id: number): LedgerEntryRow | null {
  return (statement(db, `${SELECT} WHERE agency_id = ? AND id = ?`).get(agencyId, id) as LedgerEntryRow | undefined) ?? null;
}

export function ledgerSize(db: Database.Database, agencyId: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM ledger_entries WHERE agency_id = ?').get(agencyId) as { n: number }).n;
}

const INSERT = `INSERT INTO ledger_entries (agency_id, position, ${LEDGER_FIELDS.map((f) => LEDGER_COLUMNS[f]).join(', ')}, created_at, updated_at)
  VALUES (?, ?, ${LEDGER_FIELDS.map(() => '?').join(', ')}, ?, ?)`;

/** Appends rows after the last one; returns their ids. */
export function appendLedgerEntries(
  db: Database.Database,
  agencyId: number,
  rows: readonly Partial<Record<LedgerField, string>>[],
  at: string,
): number[] {
  const last = (statement(db, 'SELECT coalesce(max(position), 0) AS p FROM ledger_entries WHERE agency_id = ?').get(agencyId) as { p: number }).p;
  const insert = statement(db, INSERT);
  return rows.map((row, i) => {
    const values = LEDGER_FIELDS.map((f) => row[f] ?? '');
    return Number(insert.run(agencyId, last + i + 1, ...values, at, at).lastInsertRowid);
  });
}

export function updateLedgerCell(db: Database.Database, id: number, field: LedgerField, value: string, at: string): void {
  statement(db, `UPDATE ledger_entries SET ${LEDGER_COLUMNS[field]} = ?, updated_at = ? WHERE id = ?`).run(value, at, id);
}

/** Deletes rows and numbers the rest 1…n again, so row numbers stay what the screen shows. */
export function deleteLedgerEntries(db: Database.Database, agencyId: number, ids: readonly number[]): void {
  const remove = statement(db, 'DELETE FROM ledger_entries WHERE agency_id = ? AND id = ?');
  for (const id of ids) remove.run(agencyId, id);
  const renumber = statement(db, 'UPDATE ledger_entries SET position = ? WHERE id = ?');
  listLedgerEntries(db, agencyId).forEach((row, i) => {
    if (row.position !== i + 1) renumber.run(i + 1, row.id);
  });
}

export function clearLedger(db: Database.Database, agencyId: number): void {
  statement(db, 'DELETE FROM ledger_entries WHERE agency_id = ?').run(agencyId);
}

export function listAddedSchedules(db: Database.Database): HolidaySchedule[] {
  const rows = statement(db, 'SELECT year, source, holidays, workdays FROM holiday_schedules ORDER BY year').all() as {
    year: number;
    source: string;
    holidays: string;
    workdays: string;
  }[];
  return rows.map((r) => ({ year: r.year, source: r.source, holidays: JSON.parse(r.holidays) as string[], workdays: JSON.parse(r.workdays) as string[] }));
}

export function saveSchedule(db: Database.Database, schedule: HolidaySchedule, at: string, by: string): void {
  statement(
    db,
    `INSERT INTO holiday_schedules (year, source, holidays, workdays, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET source = excluded.source, holidays = excluded.holidays, workdays = excluded.workdays,
       added_at = excluded.added_at, added_by = excluded.added_by`,
  ).run(schedule.year, schedule.source, JSON.stringify(schedule.holidays), JSON.stringify(schedule.workdays), at, by);
}
