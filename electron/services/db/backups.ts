/**
 * Backups of the records database: consistent snapshots (`VACUUM INTO`, synchronous, compacted) written to a
 * temporary name, flushed to disk and renamed, so a backup either exists whole or not at all. Restoring never
 * deletes what it replaces: the current file is first backed up (when readable) and then set aside
 * (stageRestore, then swapInRestore; the handler carries the signed revisions into the staged copy between them).
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Backup } from '../../../shared/api.js';
import { refuse } from '../errors.js';
import { foreignSchemaProblem } from './backupSchema.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

export type BackupReason = Backup['reason'];
const REASONS: readonly BackupReason[] = ['rotation', 'migration', 'signoff', 'manual', 'before-restore'];
/** How many rotation backups are kept (the others are kept until the person deletes them). */
export const ROTATION_KEEP = 10;
/**
 * The pruning policy, per kind: the newest N are kept, older ones removed after each new one of that kind.
 * Sign-off and manual backups are never removed (a sign-off backup is the record of a signed revision).
 */
export const KEEP_PER_REASON: Readonly<Partial<Record<BackupReason, number>>> = { rotation: ROTATION_KEEP, 'before-restore': 5, migration: 3 };
/** A rotation backup is taken at open when the newest one is older than this. */
export const ROTATION_INTERVAL_MS = 24 * 60 * 60 * 1000;

const NAME = /^nianbao-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+?)(?:-(\d+))?\.db$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const stamp = (at: Date): string =>
  `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}-${pad(at.getUTCMilliseconds(), 3)}`;

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the file itself was flushed.
  } finally {
    closeSync(fd);
  }
}

function freeName(dir: string, at: Date, reason: BackupReason): string {
  for (let n = 0; ; n++) {
    const name = `nianbao-${stamp(at)}-${reason}${n === 0 ? '' : `-${n}`}.db`;
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}.partial`))) return name;
  }
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!REASONS.includes(reason)) return null;
  const createdAt = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { createdAt, reason };
}

/** Writes a snapshot of the open database into `dir`; returns what the list will show for it. */
export function writeBackup(db: Database.Database, dir: string, reason: BackupReason, at: Date): Backup {
  if (existsSync(dir) && !statSync(dir).isDirectory()) refuse('IO', `备份文件夹“${dir}”的位置上是一个文件，不是文件夹，没有备份。请把这个文件移走或改名后重试。`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freeName(dir, at, reason);
  const finalPath = join(dir, name);
  const partial = `${finalPath}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    if (process.platform !== 'win32') chmodSync(partial, 0o600); // a copy of the records: the OS user's only
    fsyncPath(partial);
    renameSync(partial, finalPath);
    fsyncPath(dir);
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
  const keep = KEEP_PER_REASON[reason];
  if (keep !== undefined) pruneReason(dir, reason, keep);
  return { name, createdAt: parseBackupName(name)!.createdAt, reason, bytes: statSync(finalPath).size };
}

/** Keeps the newest `keep` backups of one kind and removes the older ones of that kind. */
export function pruneReason(dir: string, reason: BackupReason, keep: number): string[] {
  const old = listBackups(dir).filter((b) => b.reason === reason).slice(keep);
  for (const backup of old) unlinkSync(join(dir, backup.name));
  return old.map((b) => b.name);
}

/** Half-written backups left by a killed process (`….db.partial`) are removed; no backup is ever one. */
export function cleanPartialBackups(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // A read-only folder: left for the next start.
    }
  }
  return removed;
}

/**
 * A restore is: copy the backup to `<db>.restoring` (synced), change the copy (the signed revisions and audit
 * entries carried into it, in one transaction with a rollback journal), rename the current file aside, rename the
 * copy into place. Killed before the second rename, the current file is still there: the copy (and its journal) is
 * dropped (rolled back). Killed between the renames, there is no records file but a whole copy: it is finished.
 */
export function finishInterruptedRestore(dbPath: string): 'finished' | 'rolledBack' | null {
  const incoming = `${dbPath}.restoring`;
  if (!existsSync(incoming)) return null;
  try {
    if (existsSync(dbPath)) {
      dropStaged(dbPath);
      return 'rolledBack';
    }
    if (existsSync(`${incoming}-journal`) || backupProblem(incoming) !== null) {
      // Not a whole copy: leave it for the person (the records file is missing and the backups remain).
      return null;
    }
    // A -wal or -shm left beside belongs to the file that was set aside, never to the copy: moved aside too.
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${dbPath}.set-aside-interrupted-${Date.now()}${suffix}`);
    }
    renameSync(incoming, dbPath);
    fsyncPath(dirname(dbPath));
    return 'finished';
  } catch {
    return null;
  }
}

/** Refuses (NOT_FOUND / BAD_FILE) unless backup `name` in `dir` can be restored; writes nothing. */
export function checkRestorable(dir: string, name: string): string {
  if (!parseBackupName(name) || basename(name) !== name) refuse('NOT_FOUND', `没有这个备份：${name.slice(0, 80)}`);
  const source = join(dir, name);
  if (!existsSync(source)) refuse('NOT_FOUND', `没有这个备份：${name}`);
  const problem = backupProblem(source);
  if (problem) refuse('BAD_FILE', `${problem}，不能用它恢复。请选择其他备份。`);
  return source;
}

/** Every backup in `dir`, newest first. Files that are not ours (or half-written) are not listed. */
export function listBackups(dir: string): Backup[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const backups: Backup[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (parsed) backups.push({ name, ...parsed, bytes: statSync(join(dir, name)).size });
  }
  return backups.sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

/** Keeps the newest `keep` rotation backups and removes older rotation backups; other kinds are kept. */
export function pruneRotation(dir: string, keep = ROTATION_KEEP): string[] {
  return pruneReason(dir, 'rotation', keep);
}

/** Takes a rotation backup when none is younger than the interval; returns it, or null when none was due. */
export function rotateIfDue(db: Database.Database, dir: string, at: Date): Backup | null {
  const newest = listBackups(dir).find((b) => b.reason === 'rotation');
  if (newest && at.getTime() - Date.parse(newest.createdAt) < ROTATION_INTERVAL_MS) return null;
  const backup = writeBackup(db, dir, 'rotation', at);
  pruneRotation(dir);
  return backup;
}

/**
 * Why a backup file cannot be restored, or null when it is a sound database of ours. The file may come from
 * another machine: it is opened read-only with `trusted_schema=OFF` (no SQL stored in the file runs), checked
 * whole (`integrity_check`, `foreign_key_check`), and accepted only with exactly our schema at its version.
 */
export function backupProblem(path: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return `该备份来自更新版本的年报（数据库版本 ${version}，本程序只支持到 ${LATEST_SCHEMA_VERSION}）`;
    if (version === 0) return '该备份是空的数据库，或不是年报的数据库';
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
    if (rows.some((row) => row.integrity_check !== 'ok')) return '该备份自检未通过（文件已损坏）';
    const foreign = foreignSchemaProblem(db, version);
    if (foreign) return foreign;
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) return '该备份中的记录互相对不上（自检未通过）';
    return null;
  } catch (error) {
    return `该备份无法读取（${(error as Error).message}）`;
  } finally {
    db?.close();
  }
}

/** The name the current records file will be set aside as by a restore at `at` (null when there is none). */
export function setAsideName(dbPath: string, at: Date): string | null {
  return existsSync(dbPath) ? `${basename(dbPath)}.set-aside-${stamp(at)}` : null;
}

/**
 * Step 1 of a restore: copies the backup at `source` to `<db>.restoring` and syncs it. The copy may then be
 * changed (restoreCarry.ts) while the current file is still in place: a kill now is rolled back at the next start.
 */
export function stageRestore(dbPath: string, source: string): string {
  const incoming = `${dbPath}.restoring`;
  dropStaged(dbPath);
  copyFileSync(source, incoming);
  if (process.platform !== 'win32') chmodSync(incoming, 0o600);
  fsyncPath(incoming);
  return incoming;
}

/** Removes a staged copy (and the rollback journal of a change to it that did not finish). */
export function dropStaged(dbPath: string): void {
  for (const path of [`${dbPath}.restoring-journal`, `${dbPath}.restoring`]) if (existsSync(path)) unlinkSync(path);
}

/** Step 2 (the database must be closed): syncs the staged copy, sets the current file aside, renames the copy in. */
export function swapInRestore(dbPath: string, at: Date): { setAside: string | null } {
  const dataDir = dirname(dbPath);
  const incoming = `${dbPath}.restoring`;
  fsyncPath(incoming);
  const setAside = setAsideName(dbPath, at);
  if (setAside !== null) {
    renameSync(dbPath, join(dataDir, setAside));
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, join(dataDir, `${setAside}${suffix}`));
    }
  }
  renameSync(incoming, dbPath);
  fsyncPath(dataDir);
  return { setAside };
}

/**
 * A backup written to a place the clerk chose (a USB stick): a snapshot to a temporary name beside the target,
 * synced, renamed, then opened again and checked (quick_check, schema version, same reports as the records) —
 * a copy that cannot be read back is removed and refused, never left looking like a backup.
 */
export function writeBackupTo(db: Database.Database, target: string): { bytes: number } {
  const partial = `${target}.partial`;
  try {
    if (existsSync(partial)) unlinkSync(partial);
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncPath(partial);
    renameSync(partial, target);
    fsyncPath(dirname(target));
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
  const problem = backupProblem(target);
  const count = (d: Database.Database): number => (d.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  let same = false;
  if (problem === null) {
    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      same = count(copy) === count(db);
    } finally {
      copy.close();
    }
  }
  if (problem !== null || !same) {
    unlinkSync(target);
    refuse('IO', `写入“${target}”的备份读回校验未通过（${problem ?? '报告数目不符'}），已删除该文件；请换一个位置或U盘再试。`);
  }
  return { bytes: statSync(target).size };
}

/**
 * A backup file from elsewhere (another machine, a USB stick) taken into the backups folder under a name of
 * ours, after the same checks as a restore; it can then be restored from the list like any other.
 */
export function takeInBackup(source: string, dir: string, at: Date): Backup {
  const problem = backupProblem(source);
  if (problem) refuse('BAD_FILE', `“${source}”：${problem}，不能用它恢复。`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freeName(dir, at, 'manual');
  const partial = join(dir, `${name}.partial`);
  copyFileSync(source, partial);
  if (process.platform !== 'win32') chmodSync(partial, 0o600);
  fsyncPath(partial);
  renameSync(partial, join(dir, name));
  fsyncPath(dir);
  return { name, createdAt: parseBackupName(name)!.createdAt, reason: 'manual', bytes: statSync(join(dir, name)).size };
}
