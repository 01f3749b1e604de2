/**
 * reliability: the states of the records are told apart, each with its own sentence and safe action — a file
 * held by another program, a read-only place, a full disk, a missing or empty file while backups exist — and
 * none is called damaged (following that advice once brought back older data). A restore killed between its
 * renames is finished or undone at the next start; a refused restore writes nothing; backups are pruned by a
 * stated policy and half-written ones removed.
 */
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_PER_REASON } from '../../electron/services/db/backups.js';
import { openRecordsDatabase } from '../../electron/services/db/database.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { holdLock } from '../support/lockHolder.js';
import { makeReport, seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices;
let holder: ChildProcess | undefined;
afterEach(() => {
  holder?.kill('SIGKILL');
  holder = undefined;
  s.remove();
});

async function withData(): Promise<number> {
  s = openTestServices();
  const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  return detail.summary.id;
}

const backupsDir = (): string => join(s.dataDir, 'backups');
const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);


describe('reliability: records states told apart', () => {
  it('reliability: a file held by another program is "locked", names the program, offers retry, refuses a restore, and opens once released', async () => {
    await withData();
    const backup = await s.call('backups.create', {});
    s.close();
    holder = await holdLock(s.databasePath);
    s.reopen();
    const status = await s.call('app.status', {});
    expect(status.state).toBe('locked');
    expect(status.problem).toContain('正被另一个程序占用（node（进程');
    expect(status.problem).toContain('不要从备份恢复');
    expect(status.problem).not.toContain('损坏');
    expect(await s.raw('reports.list', {})).toMatchObject({ ok: false, error: { code: 'IO' } });
    const before = files(backupsDir());
    expect(await s.raw('backups.restore', { name: backup.name })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(files(backupsDir())).toEqual(before);

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder!.once('exit', resolve));
    expect((await s.call('records.retry', {})).state).toBe('ready');
    expect(await s.call('reports.list', {})).toHaveLength(1);
  }, 30_000);

  it('reliability: a read-only place is "readOnly", a full disk "diskFull" — SQLite’s own answers, never "damaged"', async () => {
    await withData();
    s.close();
    const options = { backupsDir: backupsDir(), now: () => new Date() };
    const readOnly = openRecordsDatabase(s.databasePath, { ...options, connect: (p) => new Database(p, { readonly: true }) });
    expect(readOnly).toMatchObject({ state: 'readOnly', problem: expect.stringContaining('是只读的（或没有写入权限）') });
    const fresh = join(s.dataDir, 'fresh.db');
    const full = openRecordsDatabase(fresh, {
      ...options,
      allowEmpty: true,
      connect: (p) => {
        const db = new Database(p);
        db.pragma('max_page_count = 2'); // SQLite's own SQLITE_FULL at the first migration that needs a page
        return db;
      },
    });
    expect(full).toMatchObject({ state: 'diskFull', problem: expect.stringContaining('磁盘空间已满') });
    s.reopen();
  });

  for (const [what, lose] of [
    ['missing', (path: string) => rmSync(path)],
    ['empty', (path: string) => truncateSync(path, 0)],
  ] as const) {
    it(`reliability: a ${what} records file while backups exist is "missing": no new empty database, the backups offered, restore or start empty on purpose`, async () => {
      await withData();
      const backup = await s.call('backups.create', {});
      s.close();
      for (const suffix of ['-wal', '-shm']) rmSync(`${s.databasePath}${suffix}`, { force: true });
      lose(s.databasePath);
      s.reopen();
      const status = await s.call('app.status', {});
      expect(status.state).toBe('missing');
      expect(status.problem).toContain('备份文件夹里有');
      expect(existsSync(s.databasePath) && what === 'missing').toBe(false); // nothing was created in its place
      expect(await s.raw('reports.list', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
      expect((await s.call('backups.list', {})).map((b) => b.name)).toContain(backup.name);
      const restored = await s.call('backups.restore', { name: backup.name });
      expect(restored.status.state).toBe('ready');
      expect(await s.call('reports.list', {})).toHaveLength(1);
    });
  }

  it('reliability: starting empty is possible only when asked for', async () => {
    await withData();
    await s.call('backups.create', {});
    s.loseRecordsFile();
    expect((await s.call('records.startEmpty', { confirm: true })).state).toBe('ready');
    expect(await s.call('reports.list', {})).toEqual([]);
    expect(await s.raw('records.startEmpty', { confirm: true })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
  });

  it('reliability: a restore killed between its two renames is finished at the next start', async () => {
    await withData();
    const backup = await s.call('backups.create', {});
    await s.call('exchange.importText', { fileName: 'later.nianbao.json', text: writeExchangeText(makeReport({ agency: '巴楚县教育局', level: 'department', title: '巴楚县教育局2023年政府信息公开工作年度报告' })) });
    s.close();
    // The restore's steps up to the kill: the copy is written, the current file renamed aside — then nothing.
    copyFileSync(join(backupsDir(), backup.name), `${s.databasePath}.restoring`);
    renameSync(s.databasePath, `${s.databasePath}.set-aside-test`);
    for (const suffix of ['-wal', '-shm']) rmSync(`${s.databasePath}${suffix}`, { force: true });
    s.reopen();
    expect((await s.call('app.status', {})).state).toBe('ready');
    expect((await s.call('reports.list', {})).map((r) => r.agency)).toEqual(['巴楚县人民政府']);
    expect(existsSync(`${s.databasePath}.restoring`)).toBe(false);
    expect(existsSync(`${s.databasePath}.set-aside-test`)).toBe(true); // the replaced file is never deleted
  });

  it('reliability: a restore killed before the current file was set aside is rolled back at the next start', async () => {
    await withData();
    const backup = await s.call('backups.create', {});
    await s.call('exchange.importText', { fileName: 'later.nianbao.json', text: writeExchangeText(makeReport({ agency: '巴楚县教育局', level: 'department', title: '巴楚县教育局2023年政府信息公开工作年度报告' })) });
    s.close();
    copyFileSync(join(backupsDir(), backup.name), `${s.databasePath}.restoring`);
    s.reopen();
    expect((await s.call('reports.list', {})).map((r) => r.agency).sort()).toEqual(['巴楚县人民政府', '巴楚县教育局']);
    expect(existsSync(`${s.databasePath}.restoring`)).toBe(false);
  });

  it('reliability: a refused restore writes nothing — six refusals leave the backups folder as it was', async () => {
    await withData();
    await s.call('backups.create', {});
    writeFileSync(join(backupsDir(), 'nianbao-20260101-000000-000-manual.db'), 'not a database at all, just text');
    const before = files(backupsDir());
    for (let i = 0; i < 3; i++) {
      expect(await s.raw('backups.restore', { name: 'nianbao-20260101-000000-000-manual.db' })).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
      expect(await s.raw('backups.restore', { name: 'nianbao-20250101-000000-000-manual.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(files(backupsDir())).toEqual(before);
  });

  it('reliability: backups are pruned by the stated policy, and half-written ones are removed at start', async () => {
    await withData();
    const first = await s.call('backups.create', {});
    for (let i = 0; i < 7; i++) await s.call('backups.restore', { name: first.name });
    const kinds = (await s.call('backups.list', {})).map((b) => b.reason);
    expect(kinds.filter((k) => k === 'before-restore')).toHaveLength(KEEP_PER_REASON['before-restore']!);
    expect(kinds.filter((k) => k === 'manual')).toHaveLength(1); // kept: made on purpose

    writeFileSync(join(backupsDir(), 'nianbao-20260101-000000-000-manual.db.partial'), 'half');
    s.reopen();
    expect(files(backupsDir()).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('reliability: restoring a backup from before a sign-off asks first (naming the report), writes nothing until confirmed', async () => {
    const reportId = await withData();
    const before = await s.call('backups.create', {});
    await s.call('signoff.sign', { reportId, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    const listed = files(backupsDir());
    const asked = await s.raw('backups.restore', { name: before.name });
    expect(asked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!asked.ok) expect(asked.error.message).toContain('这份备份早于巴楚县人民政府2023年度（已签发第1版）的签发');
    expect(files(backupsDir())).toEqual(listed);
    expect((await s.call('reports.open', { reportId })).summary.status).toBe('signed');
    // Confirmed: restored, and the backup taken at sign-off is still there to go back to.
    await s.call('backups.restore', { name: before.name, acceptSignedLoss: true });
    expect((await s.call('reports.open', { reportId })).summary.status).toBe('draft');
    expect((await s.call('backups.list', {})).some((b) => b.reason === 'signoff')).toBe(true);
  });
});
