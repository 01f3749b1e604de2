/**
 * Version 1: agencies, reports (one per agency and year), their 200 cells and prose sections, and settings.
 * A cell is stored as the JSON of its value (a count, the fee as a decimal string, or null) so a wrong entry is
 * kept as typed and judged by V-1, never lost.
 */
import type { Migration } from './migration.js';

export const recordsMigration: Migration = {
  version: 1,
  name: '报告记录',
  up: `
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agencies (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
      level      TEXT NOT NULL CHECK (level IN ('county', 'department', 'township', 'city')),
      issuer     TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reports (
      id          INTEGER PRIMARY KEY,
      agency_id   INTEGER NOT NULL REFERENCES agencies (id),
      year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
      agency_name TEXT NOT NULL,
      level       TEXT NOT NULL CHECK (level IN ('county', 'department', 'township', 'city')),
      status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
      revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
      title       TEXT NOT NULL,
      preamble    TEXT NOT NULL DEFAULT '',
      issuer      TEXT NOT NULL DEFAULT '',
      report_date TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (agency_id, year)
    ) STRICT;

    CREATE TABLE report_cells (
      report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      cell_id   TEXT NOT NULL,
      value     TEXT NOT NULL,
      PRIMARY KEY (report_id, cell_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE report_sections (
      report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      section_key TEXT NOT NULL CHECK (section_key IN ('overview', 'problems', 'other')),
      text        TEXT NOT NULL,
      PRIMARY KEY (report_id, section_key)
    ) STRICT, WITHOUT ROWID;
  `,
};
