/**
 * Why the records cannot be opened, told apart: each state has its own sentence and its own safe action, so a
 * locked or read-only file is never called damaged (restoring a backup over it would bring back older data).
 * - locked: another program holds the file — wait, close it, retry; never restore;
 * - readOnly: the folder or file cannot be written — move it or get write permission, retry; never restore;
 * - diskFull: no space to write — free space, retry; never restore;
 * - damaged: the file itself is broken — restore a backup (the broken file is set aside, never deleted);
 * - newer: written by a newer program — install it; nothing to restore;
 * - missing: no records file (or an empty one) while backups exist — restore one, or start empty on purpose.
 */
import { accessSync, constants, readdirSync, readlinkSync, readFileSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type TroubleState = 'locked' | 'readOnly' | 'diskFull' | 'damaged';

const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED_SHAREDCACHE', 'EBUSY']);
// SHMSIZE: the -shm file SQLite needs even to read a WAL database could not be extended — a full disk.
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHMSIZE']);
/** Below this much free space in the records folder, an I/O error is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/** The state an error met while opening stands for (damaged when it is none of the others). */
export function troubleOf(error: unknown, path?: string): TroubleState {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return 'damaged';
  if (LOCKED.has(code)) return 'locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_PERM') return 'readOnly';
  // "Cannot open" is a folder without write permission when the folder says so; otherwise the file is at fault.
  if (code === 'SQLITE_CANTOPEN' && path !== undefined && !writable(dirname(path))) return 'readOnly';
  if (FULL.has(code)) return 'diskFull';
  // Any other I/O error on a disk with (almost) no space left is the full disk, not damage.
  if (code.startsWith('SQLITE_IOERR') && path !== undefined && nearlyFull(dirname(path))) return 'diskFull';
  return 'damaged';
}

function nearlyFull(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The programs that have the records file open, by name (Linux: /proc; elsewhere none can be named cheaply).
 * Our own process is left out.
 */
export function programsHolding(path: string): string[] {
  if (process.platform !== 'linux') return [];
  const targets = new Set([resolve(path), `${resolve(path)}-wal`, `${resolve(path)}-shm`]);
  const names = new Set<string>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return [];
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (!targets.has(target)) continue;
      try {
        names.add(`${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}（进程 ${pid}）`);
      } catch {
        names.add(`进程 ${pid}`);
      }
      break;
    }
  }
  return [...names].sort();
}

export const troubleMessages = {
  locked: (path: string, holders: readonly string[]) =>
    `数据文件“${path}”正被另一个程序占用${holders.length > 0 ? `（${holders.join('、')}）` : '（可能是另一个年报窗口、杀毒或备份软件、网盘同步程序）'}，等待后仍无法打开。` +
    '请关闭该程序后点“重试”。数据没有被改动，不要从备份恢复（那会带回较早的数据）。',
  readOnly: (path: string) =>
    `数据文件“${path}”所在的文件夹或文件是只读的（或没有写入权限），程序无法保存任何修改。` +
    '请把数据文件夹放在可写的位置，或请管理员开放写入权限后点“重试”。数据没有被改动，不要从备份恢复。',
  diskFull: (path: string) =>
    `数据文件“${path}”所在的磁盘空间已满，程序无法保存修改。请清理磁盘空间后点“重试”。数据没有被改动，不要从备份恢复。`,
  missing: (path: string, backups: number, newest: string) =>
    `没有找到数据文件“${path}”（或它是空的），但备份文件夹里有${backups}份备份，最新的是 ${newest}。` +
    '可能是文件被移动、删除，或网盘同步尚未完成。请从下面的备份恢复；只有确定要从空白记录开始时，才点“从空白记录开始”。',
} as const;
