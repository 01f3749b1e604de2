/**
 * Backups of the records database: consistent snapshots (`VACUUM INTO`, synchronous, compacted) written to a
 * temporary name, flushed to disk and renamed, so a backup either exists whole or not at all. Restoring never
 * deletes what it replaces: the current file is first backed up (when readable) and then set aside.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Backup } from '../../../shared/api.js';
import { refuse } from '../errors.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

export type BackupReason = Backup['reason'];
const REASONS: readonly BackupReason[] = ['rotation', 'migration', 'signoff', 'manual', 'before-restore'];
/** How many rotation backups are kept (the others are kept until the person deletes them). */
export const ROTATION_KEEP = 10;
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
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, at, reason);
  const finalPath = join(dir, name);
  const partial = `${finalPath}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncPath(partial);
    renameSync(partial, finalPath);
    fsyncPath(dir);
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
  return { name, createdAt: parseBackupName(name)!.createdAt, reason, bytes: statSync(finalPath).size };
}

/** Every backup in `dir`, newest first. Files that are not ours (or half-written) are not listed. */
export function listBackups(dir: string): Backup[] {
  if (!existsSync(dir)) return [];
  const backups: Backup[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (parsed) backups.push({ name, ...parsed, bytes: statSync(join(dir, name)).size });
  }
  return backups.sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

/** Keeps the newest `keep` rotation backups and removes older rotation backups; other kinds are kept. */
export function pruneRotation(dir: string, keep = ROTATION_KEEP): string[] {
  const old = listBackups(dir).filter((b) => b.reason === 'rotation').slice(keep);
  for (const backup of old) unlinkSync(join(dir, backup.name));
  return old.map((b) => b.name);
}

/** Takes a rotation backup when none is younger than the interval; returns it, or null when none was due. */
export function rotateIfDue(db: Database.Database, dir: string, at: Date): Backup | null {
  const newest = listBackups(dir).find((b) => b.reason === 'rotation');
  if (newest && at.getTime() - Date.parse(newest.createdAt) < ROTATION_INTERVAL_MS) return null;
  const backup = writeBackup(db, dir, 'rotation', at);
  pruneRotation(dir);
  return backup;
}

/** Why a backup file cannot be restored, or null when it is a sound database this program can open. */
export function backupProblem(path: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.some((row) => row.quick_check !== 'ok')) return '该备份自检未通过';
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return `该备份来自更新版本的年报（数据库版本 ${version}）`;
    if (version === 0) return '该备份是空的数据库';
    return null;
  } catch (error) {
    return `该备份无法读取（${(error as Error).message}）`;
  } finally {
    db?.close();
  }
}

/**
 * Puts backup `name` in place of the database at `dbPath` (which must be closed). The current file and its
 * WAL are renamed aside (`…set-aside-<time>`), never overwritten. Returns the set-aside name, or null when there
 * was no current file.
 */
export function restoreBackupFile(dbPath: string, dir: string, name: string, at: Date): { setAside: string | null } {
  if (!parseBackupName(name) || basename(name) !== name) refuse('NOT_FOUND', `没有这个备份：${name.slice(0, 80)}`);
  const source = join(dir, name);
  if (!existsSync(source)) refuse('NOT_FOUND', `没有这个备份：${name}`);
  const problem = backupProblem(source);
  if (problem) refuse('BAD_FILE', `${problem}，不能用它恢复。请选择其他备份。`);

  const dataDir = dirname(dbPath);
  const incoming = `${dbPath}.restoring`;
  copyFileSync(source, incoming);
  fsyncPath(incoming);

  let setAside: string | null = null;
  if (existsSync(dbPath)) {
    setAside = `${basename(dbPath)}.set-aside-${stamp(at)}`;
    renameSync(dbPath, join(dataDir, setAside));
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, join(dataDir, `${setAside}${suffix}`));
    }
  }
  renameSync(incoming, dbPath);
  fsyncPath(dataDir);
  return { setAside };
}
