/**
 * Version 5: a report imported from a file the office has already published (a web page, Word file or PDF of
 * last year's report) is final, as a signed report is — but nobody signed it in this program, so no names may be
 * recorded for it. A sign-off record now says what kind it is:
 * - `signed`: signed off here (or read from our own signed exchange file), with drafter, reviewer, approver;
 * - `published`: the report as published, imported from `source_file` whose bytes had SHA-256 `source_sha256`;
 *   its name columns stay empty (they are NOT NULL since version 2) — the database refuses invented names.
 * The guards of versions 2 and 4 apply unchanged: a `published` record locks the report like any sign-off, and
 * only an unlock (with its reason) returns it to a draft as the next revision.
 */
import type { Migration } from './migration.js';

/** Text of the refusals below: a record of the wrong shape is a program error, not a signed report. */
export const SIGNOFF_SHAPE_MARK = 'NIANBAO_SIGNOFF_SHAPE';

export const SIGNOFF_KINDS = ['signed', 'published'] as const;
export type SignoffKind = (typeof SIGNOFF_KINDS)[number];

export const publishedImportsMigration: Migration = {
  version: 5,
  name: '导入已公开的报告',
  up: `
    ALTER TABLE signoffs ADD COLUMN kind TEXT NOT NULL DEFAULT 'signed' CHECK (kind IN ('signed', 'published'));
    ALTER TABLE signoffs ADD COLUMN source_file TEXT;
    ALTER TABLE signoffs ADD COLUMN source_sha256 TEXT;

    CREATE TRIGGER signoffs_published_shape BEFORE INSERT ON signoffs
    WHEN NEW.kind = 'published' AND NOT (
      NEW.drafter = '' AND NEW.reviewer = '' AND NEW.approver = ''
      AND NEW.source_file IS NOT NULL AND length(trim(NEW.source_file)) BETWEEN 1 AND 260
      AND NEW.source_sha256 IS NOT NULL AND length(NEW.source_sha256) = 64 AND NEW.source_sha256 NOT GLOB '*[^0-9a-f]*'
    )
    BEGIN SELECT RAISE(ABORT, '${SIGNOFF_SHAPE_MARK}: 导入已公开报告的记录须有文件名和SHA-256，且不能填写签发人'); END;

    CREATE TRIGGER signoffs_signed_shape BEFORE INSERT ON signoffs
    WHEN NEW.kind = 'signed' AND (NEW.source_file IS NOT NULL OR NEW.source_sha256 IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, '${SIGNOFF_SHAPE_MARK}: 签发记录不带导入文件'); END;
  `,
};
