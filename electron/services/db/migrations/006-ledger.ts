/**
 * Version 6: the 依申请公开 ledger (台账) of an agency, one row per application, each cell kept as the clerk
 * typed it (dates and words are read by shared/ledger when the table is tallied, so nothing typed is lost), and
 * the holiday schedules an office adds for years the program does not ship (the State Council publishes next
 * year's each November–December). Applicants' names and contact details live only here: they are never written
 * into a report, an export, a roll-up or the audit log.
 */
import type { Migration } from './migration.js';

const text = (column: string, max: number): string =>
  `${column} TEXT NOT NULL DEFAULT '' CHECK (length(${column}) <= ${max})`;

export const ledgerMigration: Migration = {
  version: 6,
  name: '依申请公开台账',
  up: `
    CREATE TABLE ledger_entries (
      id         INTEGER PRIMARY KEY,
      agency_id  INTEGER NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
      position   INTEGER NOT NULL CHECK (position >= 1),
      ${text('received', 4000)},
      ${text('applicant_type', 4000)},
      ${text('result', 4000)},
      ${text('reason', 4000)},
      ${text('replied', 4000)},
      ${text('extended', 4000)},
      ${text('subject', 4000)},
      ${text('channel', 4000)},
      ${text('applicant_name', 4000)},
      ${text('contact', 4000)},
      ${text('notes', 4000)},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ledger_entries_by_agency ON ledger_entries (agency_id, position);

    CREATE TABLE holiday_schedules (
      year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
      source    TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
      holidays  TEXT NOT NULL,
      workdays  TEXT NOT NULL,
      added_at  TEXT NOT NULL,
      added_by  TEXT NOT NULL
    ) STRICT;
  `,
};
