/**
 * reliability: the ledger's schema step (migration 006) on a database of the version before it, holding a
 * report: the report is kept, the ledger starts empty, and the database itself refuses rows it should not hold.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/app/workspace.js';
import { openRecordsDatabase } from '../../electron/services/db/database.js';
import { ledgerMigration } from '../../electron/services/db/migrations/006-ledger.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index.js';
import { makeDataDir } from '../support/services.js';

describe('reliability: the ledger migration', () => {
  it('reliability: a database from before the ledger gets empty ledger tables that refuse bad rows', () => {
    const dataDir = makeDataDir();
    const path = join(dataDir, DATABASE_FILE);
    const before = new Database(path);
    for (const m of MIGRATIONS.slice(0, ledgerMigration.version - 1)) before.exec(m.up);
    before.pragma(`user_version = ${ledgerMigration.version - 1}`);
    before.prepare("INSERT INTO agencies (id, name, level, issuer, created_at) VALUES (1, '某县', 'county', '某县', '2024-01-05T00:00:00Z')").run();
    before.close();

    const opened = openRecordsDatabase(path, { backupsDir: join(dataDir, 'backups'), now: () => new Date('2025-01-10T00:00:00Z') });
    if (opened.state !== 'ready') throw new Error(opened.state);
    const db = opened.db;
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT count(*) AS n FROM ledger_entries').get()).toEqual({ n: 0 });
      const insert = db.prepare(
        "INSERT INTO ledger_entries (agency_id, position, received, created_at, updated_at) VALUES (?, ?, ?, '2025-01-10', '2025-01-10')",
      );
      insert.run(1, 1, '2024-03-05');
      expect(() => insert.run(1, 0, '2024-03-05')).toThrow(/CHECK/); // row numbers start at 1
      expect(() => insert.run(1, 2, 'x'.repeat(4001))).toThrow(/CHECK/); // a cell is at most 4,000 characters
      expect(() => insert.run(99, 2, '2024-03-05')).toThrow(/FOREIGN KEY/); // only an agency of the records
      expect(() =>
        db.prepare("INSERT INTO holiday_schedules (year, source, holidays, workdays, added_at, added_by) VALUES (1800, 'x', '[]', '[]', '', '')").run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
