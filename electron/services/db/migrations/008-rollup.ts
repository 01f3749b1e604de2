/**
 * The county's collection (汇总): the roster of units expected to report, which of them are not required in a
 * given year, and every file received from a unit — its report as exchange JSON (a PDF's attached report, never
 * the PDF), the SHA-256 of the bytes received, when. A corrected file replaces the one before it: the older
 * receipt stays, pointing at its replacement, so the history shows both. Receipts are never edited or deleted.
 */
import type { Migration } from './migration.js';

export const rollupMigration: Migration = {
  version: 8,
  name: '汇总：应报送单位名单与收到的报告',
  up: `
    CREATE TABLE rollup_roster (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      name_key TEXT NOT NULL UNIQUE,
      level TEXT CHECK (level IS NULL OR level IN ('county', 'department', 'township', 'city')),
      created_at TEXT NOT NULL
    );

    CREATE TABLE rollup_not_required (
      roster_id INTEGER NOT NULL REFERENCES rollup_roster(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      PRIMARY KEY (roster_id, year)
    );

    CREATE TABLE rollup_receipts (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      agency TEXT NOT NULL,
      agency_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('report', 'rollup')),
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 1000),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      bytes INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      received_by TEXT NOT NULL,
      content TEXT NOT NULL,
      published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
      replaced_by INTEGER REFERENCES rollup_receipts(id)
    );
    CREATE UNIQUE INDEX rollup_receipts_one_current ON rollup_receipts (year, agency_key) WHERE replaced_by IS NULL;

    CREATE TRIGGER rollup_receipts_kept BEFORE DELETE ON rollup_receipts
    BEGIN SELECT RAISE(ABORT, '收到的报告记录不能删除'); END;

    CREATE TRIGGER rollup_receipts_unchanged BEFORE UPDATE OF year, agency, agency_key, kind, file_name, sha256, bytes, received_at, received_by, content ON rollup_receipts
    BEGIN SELECT RAISE(ABORT, '收到的报告记录不能修改'); END;
  `,
};
