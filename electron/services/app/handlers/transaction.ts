/** A write to the records: one IMMEDIATE transaction, so a change and its audit line commit together or not at all. */
import type Database from 'better-sqlite3';

export function writeTransaction<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}
