/** Every schema step, in order, compiled into the program (no files read at run time). */
import { recordsMigration } from './001-records.js';
import { signoffMigration } from './002-signoff.js';
import { auditLogMigration } from './003-audit-log.js';
import { signedGuardsMigration } from './004-signed-guards-both-sides.js';
import { publishedImportsMigration } from './005-published-imports.js';
import { ledgerMigration } from './006-ledger.js';
import { signedRevisionsMigration } from './007-signed-revisions.js';
import { rollupMigration } from './008-rollup.js';
import { signaturesMigration } from './009-signatures.js';
import type { Migration } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [
  recordsMigration,
  signoffMigration,
  auditLogMigration,
  signedGuardsMigration,
  publishedImportsMigration,
  ledgerMigration,
  signedRevisionsMigration,
  rollupMigration,
  signaturesMigration,
];

/** The schema version this program writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
