/**
 * Opening the records database: refuse what is not ours to change, then make it safe to write.
 *
 * Order matters. Nothing is written before the file has been judged: a file that is not SQLite is never opened,
 * `quick_check` runs before the first pragma that writes, and a database from a newer program is closed untouched.
 * Only then: WAL, `synchronous=FULL` (an acknowledged edit survives a power cut), foreign keys, and the migrations —
 * each with its `user_version` bump in one transaction, after a backup when the file already holds data.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { listBackups, writeBackup } from './backups.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { foreignSchemaProblem } from './backupSchema.js';
import { programsHolding, troubleMessages, troubleOf } from './openProblems.js';

export type RecordsDatabase = Database.Database;

export type ProblemState = 'damaged' | 'newer' | 'locked' | 'readOnly' | 'diskFull' | 'missing';

export type OpenOutcome =
  | { readonly state: 'ready'; readonly db: RecordsDatabase; readonly schemaVersion: number; readonly migratedFrom: number | null }
  | { readonly state: ProblemState; readonly problem: string; readonly schemaVersion: number };

const SQLITE_HEADER = 'SQLite format 3\0';

/** The first 16 bytes of a SQLite file, or why the file cannot be one. */
function headerProblem(path: string): string | null {
  if (!existsSync(path) || statSync(path).size === 0) return null;
  if (statSync(path).size < 100) return '数据文件不完整（不足一个文件头）';
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === SQLITE_HEADER ? null : '数据文件不是年报的数据库（文件头已损坏）';
  } finally {
    closeSync(fd);
  }
}

/** `PRAGMA quick_check` as one problem sentence, or null when the file is sound. */
export function quickCheckProblem(db: RecordsDatabase, path?: string): string | null {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
    return problems.length === 0 ? null : `数据库自检未通过：${problems.slice(0, 3).join('；')}`;
  } catch (error) {
    // A lock, a read-only folder or a full disk is not damage: the caller tells them apart. On a read-only
    // mount a WAL database cannot even be read ("unable to open": its -shm cannot be made) — the folder says why.
    if (troubleOf(error, path) !== 'damaged') throw error;
    return `数据库无法读取：${(error as Error).message}`;
  }
}

export const damagedMessage = (problem: string): string =>
  `数据文件已损坏，程序没有改动它。${problem}。请在“备份”中选择一个完好的备份恢复；损坏的文件会被另存，不会被覆盖。`;

export const alteredMessage = (problem: string): string =>
  `数据文件的结构与年报程序建立的不一致，程序没有打开它。${problem}。请在“备份”中选择一个完好的备份恢复；当前文件会被另存，不会被删除。`;

export const newerMessage = (found: number): string =>
  `此数据库由更新版本的年报写入（数据库版本 ${found}，本程序只支持到 ${LATEST_SCHEMA_VERSION}）。请安装最新版本的年报后再打开；数据没有被改动。`;

export interface OpenOptions {
  readonly backupsDir: string;
  readonly now: () => Date;
  /** How long to wait for a file another program holds before saying so (default 3 s). */
  readonly busyTimeoutMs?: number;
  /** Make a new, empty database even though backups exist (the clerk chose to start empty). */
  readonly allowEmpty?: boolean;
  /** Opens the connection (a seam for tests that need SQLite's own read-only or disk-full answers). */
  readonly connect?: (path: string) => RecordsDatabase;
}

/** The outcome for an error met while opening: a lock, a read-only place, a full disk, or damage. */
function troubleOutcome(path: string, error: unknown): OpenOutcome {
  const state = troubleOf(error, path);
  const problem =
    state === 'locked'
      ? troubleMessages.locked(path, programsHolding(path))
      : state === 'readOnly'
        ? troubleMessages.readOnly(path)
        : state === 'diskFull'
          ? troubleMessages.diskFull(path)
          : damagedMessage(`无法打开：${(error as Error).message}`);
  return { state, problem, schemaVersion: 0 };
}

/** No records file (or an empty one) while backups exist: never silently a new empty database. */
function missingOutcome(path: string, options: OpenOptions): OpenOutcome | null {
  if (options.allowEmpty) return null;
  if (existsSync(path) && statSync(path).size > 0) return null;
  const backups = listBackups(options.backupsDir);
  if (backups.length === 0) return null; // the first start of a new installation
  return { state: 'missing', problem: troubleMessages.missing(path, backups.length, backups[0]!.createdAt.slice(0, 16).replace('T', ' ')), schemaVersion: 0 };
}

export function openRecordsDatabase(path: string, options: OpenOptions): OpenOutcome {
  const missing = missingOutcome(path, options);
  if (missing) return missing;
  const badHeader = headerProblem(path);
  if (badHeader) return { state: 'damaged', problem: damagedMessage(badHeader), schemaVersion: 0 };

  let db: RecordsDatabase;
  try {
    // A new records file is made for the OS user only; SQLite gives its -wal and -shm files the same mode.
    if (!existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
    db = (options.connect ?? ((p: string) => new Database(p)))(path);
  } catch (error) {
    return troubleOutcome(path, error);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 3000}`);
    const problem = quickCheckProblem(db, path);
    if (problem) {
      db.close();
      return { state: 'damaged', problem: damagedMessage(problem), schemaVersion: 0 };
    }
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_SCHEMA_VERSION) {
      db.close();
      return { state: 'newer', problem: newerMessage(found), schemaVersion: found };
    }
    // A trigger or view added by another program would run inside ours on every save; a guard removed would let
    // the records change in ways ours refuse. Such a file is not opened (backupSchema.ts, as for a backup).
    const foreign = found > 0 ? foreignSchemaProblem(db, found, '数据文件') : null;
    if (foreign) {
      db.close();
      return { state: 'damaged', problem: alteredMessage(foreign), schemaVersion: found };
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const migratedFrom = migrate(db, found, options);
    // Can this connection write at all? SQLite opens a file it may not write read-only without a word; the
    // first save would then fail. Taking the write lock once says so now (SQLITE_READONLY, or BUSY when held).
    db.exec('BEGIN IMMEDIATE');
    try {
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    } finally {
      db.exec('ROLLBACK');
    }
    return { state: 'ready', db, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom };
  } catch (error) {
    if (db.open) db.close();
    if (troubleOf(error, path) !== 'damaged') return troubleOutcome(path, error);
    throw error;
  }
}

/** Runs every migration above `found`; returns `found` when anything ran, else null. */
function migrate(db: RecordsDatabase, found: number, options: OpenOptions): number | null {
  if (found === LATEST_SCHEMA_VERSION) return null;
  if (found > 0) writeBackup(db, options.backupsDir, 'migration', options.now());
  runMigrations(db, found);
  return found;
}

/** Runs every migration above `found`, each with its `user_version` bump in one transaction (no backup taken). */
export function runMigrations(db: RecordsDatabase, found: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= found) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
