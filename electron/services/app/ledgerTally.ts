/**
 * The tally of an agency's ledger for one year, from the records: what 由台账生成 fills and what L-1 compares
 * table 三 with. No ledger rows → null (the office does not keep its ledger here, and L-1 stays silent).
 */
import type Database from 'better-sqlite3';
import { ledgerCalendar } from '../../../shared/ledger/index.js';
import { tallyLedger, type LedgerTally } from '../../../shared/ledger/tally.js';
import type { LedgerRecord } from '../../../shared/ledger/types.js';
import { listAddedSchedules, listLedgerEntries, type LedgerEntryRow } from '../records/ledger.js';

export const recordOfEntry = ({ id: _id, position, ...cells }: LedgerEntryRow): LedgerRecord => ({ row: position, ...cells });

export function ledgerTallyFor(db: Database.Database, agencyId: number, year: number): LedgerTally | null {
  const entries = listLedgerEntries(db, agencyId);
  if (entries.length === 0) return null;
  return tallyLedger(entries.map(recordOfEntry), { year, calendar: ledgerCalendar(listAddedSchedules(db)) });
}

/** The cells L-1 compares with, or null. */
export function ledgerCellsFor(db: Database.Database, agencyId: number, year: number): Record<string, number> | null {
  return ledgerTallyFor(db, agencyId, year)?.cells ?? null;
}
