/**
 * reliability: a database file that is damaged, or written by a newer program, is never overwritten. The services
 * say what is wrong in Chinese, refuse every data channel, still list the backups, and restore the newest good
 * one on request — setting the bad file aside byte for byte.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
let s: TestServices;
afterEach(() => s.remove());

/** Services holding the seed report, with one manual backup, then closed. */
async function withBackedUpData(): Promise<{ reportId: number; backup: string }> {
  s = openTestServices();
  const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  const backup = await s.call('backups.create', {});
  s.close();
  return { reportId: detail.summary.id, backup: backup.name };
}

function damageHeader(path: string): void {
  const bytes = readFileSync(path);
  bytes.write('not a database!!', 0, 'latin1');
  writeFileSync(path, bytes);
}

/** Keeps the header but scribbles over the pages that hold the tables (the kind of damage a bad sector leaves). */
function damagePages(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = 1; page * pageSize < bytes.length; page++) bytes.fill(0xa5, page * pageSize, page * pageSize + 200);
  writeFileSync(path, bytes);
}

describe('reliability: a damaged database', () => {
  for (const [kind, damage] of [
    ['a broken file header', damageHeader],
    ['broken table pages', damagePages],
  ] as const) {
    it(`reliability: with ${kind} it is reported, never overwritten, and the newest good backup restores the data`, async () => {
      const { reportId, backup } = await withBackedUpData();
      damage(s.databasePath);
      const damagedHash = sha(s.databasePath);

      s.reopen();
      const status = await s.call('app.status', {});
      expect(status.state).toBe('damaged');
      expect(status.problem).toContain('数据文件已损坏，程序没有改动它');
      const refused = await s.raw('reports.list', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
      expect(await s.raw('reports.editCells', { reportId, edits: [{ cellId: 'applications.received.natural', value: 1 }] })).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
      s.reopen(); // opening again still does not touch it
      expect(sha(s.databasePath)).toBe(damagedHash);

      const backups = await s.call('backups.list', {});
      expect(backups.map((b) => b.name)).toContain(backup);
      const restored = await s.call('backups.restore', { name: backups[0]!.name });
      expect(restored.status.state).toBe('ready');
      expect(restored.setAside).toMatch(/^nianbao\.db\.set-aside-/);
      expect(sha(join(s.dataDir, restored.setAside!))).toBe(damagedHash);
      const report = await s.call('reports.open', { reportId });
      expect(report.report.cells['active.penalties.decisions']).toBe(229909);
      const [restoreLine] = await s.call('audit.history', { limit: 1 });
      expect(restoreLine).toMatchObject({ action: 'backup.restore', newValue: backups[0]!.name });
    });
  }

  it('reliability: a damaged backup is refused for restoring and nothing changes; an older good one then works', async () => {
    const { reportId } = await withBackedUpData();
    s.reopen();
    const good = (await s.call('backups.list', {}))[0]!.name;
    await s.call('reports.editCells', { reportId, edits: [{ cellId: 'active.normativeDocuments.issued', value: 7 }] });
    const newer = await s.call('backups.create', {});
    s.close();
    damagePages(join(s.dataDir, 'backups', newer.name));
    damageHeader(s.databasePath);
    const damagedHash = sha(s.databasePath);
    s.reopen();

    const refused = await s.raw('backups.restore', { name: newer.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect(!refused.ok && refused.error.message).toContain('请选择其他备份');
    expect(sha(s.databasePath)).toBe(damagedHash);
    expect((await s.call('app.status', {})).state).toBe('damaged');

    await s.call('backups.restore', { name: good });
    expect((await s.call('reports.open', { reportId })).report.cells['active.normativeDocuments.issued']).toBe(3);
  });

  it('reliability: a backup name that points outside the backups folder is refused', async () => {
    await withBackedUpData();
    s.reopen();
    for (const name of ['../nianbao.db', '/etc/passwd', 'nianbao-20240101-000000-000-manual.db/../../x', 'nianbao-20240101-000000-000-manual.db']) {
      const result = await s.raw('backups.restore', { name });
      expect(result.ok, name).toBe(false);
    }
    expect((await s.call('app.status', {})).state).toBe('ready');
  });
});

describe('reliability: a database from a newer program', () => {
  it('reliability: is refused with a clear message and left exactly as it was', async () => {
    await withBackedUpData();
    const raw = new Database(s.databasePath);
    raw.pragma('user_version = 99');
    raw.close();
    const before = sha(s.databasePath);

    s.reopen();
    const status = await s.call('app.status', {});
    expect(status).toMatchObject({ state: 'newer', schemaVersion: 99 });
    expect(status.problem).toContain('更新版本的年报');
    expect(status.problem).toContain('数据没有被改动');
    expect(await s.raw('agencies.list', {})).toMatchObject({ ok: false, error: { code: 'NEWER_DATABASE' } });
    s.close();
    expect(sha(s.databasePath)).toBe(before);
    expect(existsSync(`${s.databasePath}-wal`) ? readFileSync(`${s.databasePath}-wal`).length : 0).toBe(0);
  });
});

describe('reliability: backups on a rotation', () => {
  it('reliability: one is taken at open when a day has passed, and only the newest ten rotation backups are kept', async () => {
    let clock = Date.parse('2025-01-02T08:00:00Z');
    s = openTestServices({ now: () => new Date(clock) });
    await s.call('agencies.create', { name: '某县人民政府', level: 'county' });
    for (let day = 0; day < 13; day++) {
      clock += 24 * 60 * 60 * 1000;
      s.reopen();
      s.reopen(); // the same day again: not due
    }
    const rotation = (await s.call('backups.list', {})).filter((b) => b.reason === 'rotation');
    expect(rotation).toHaveLength(10);
    expect(rotation[0]!.createdAt).toBe(new Date(clock).toISOString());
    expect(readdirSync(join(s.dataDir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});
