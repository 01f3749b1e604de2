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

/**
 * Every check of a report (each cell edit) compares with the tally, and a 10,000-row ledger takes ~100 ms to
 * tally: the tally is kept per agency and year until the ledger or the holiday schedules change. Every write goes
 * through the ledger handlers of this process, which call ledgerChanged().
 */
const versions = new WeakMap<Database.Database, number>();
const tallies = new WeakMap<Database.Database, Map<string, { version: number; tally: LedgerTally | null }>>();

export function ledgerChanged(db: Database.Database): void {
  versions.set(db, (versions.get(db) ?? 0) + 1);
}

export function ledgerTallyFor(db: Database.Database, agencyId: number, year: number): LedgerTally | null {
  const version = versions.get(db) ?? 0;
  let byKey = tallies.get(db);
  if (!byKey) tallies.set(db, (byKey = new Map()));
  const key = `${agencyId}/${year}`;
  const known = byKey.get(key);
  if (known && known.version === version) return known.tally;
  const entries = listLedgerEntries(db, agencyId);
  const tally = entries.length === 0 ? null : tallyLedger(entries.map(recordOfEntry), { year, calendar: ledgerCalendar(listAddedSchedules(db)) });
  byKey.set(key, { version, tally });
  return tally;
}

/** The cells L-1 compares with, or null. */
export function ledgerCellsFor(db: Database.Database, agencyId: number, year: number): Record<string, number> | null {
  return ledgerTallyFor(db, agencyId, year)?.cells ?? null;
}
