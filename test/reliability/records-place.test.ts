/**
 * reliability: what stands where the records should be is said as it is — a folder or a device where the records
 * file should be, a link to a drive that is not plugged in, a file where the data folder or the backups folder
 * should be. Before, SQLite's answers made these "disk full", an English EEXIST, or a crash at start.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync, existsSync, readlinkSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices | undefined;
const scratch: string[] = [];
afterEach(() => {
  s?.remove();
  s = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function emptyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-place-'));
  scratch.push(dir);
  return dir;
}

async function withSavedReport(dataDir: string): Promise<TestServices> {
  const services = openTestServices({ dataDir });
  await services.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  return services;
}

describe('reliability: the place of the records', () => {
  it('reliability: a folder where the records file should be is named as a folder, retry opens once it is moved', async () => {
    const dataDir = emptyDataDir();
    mkdirSync(join(dataDir, 'nianbao.db'));
    s = openTestServices({ dataDir });
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain('不是普通文件（是文件夹）');
    expect(existsSync(join(dataDir, 'nianbao.db'))).toBe(true);
    rmSync(join(dataDir, 'nianbao.db'), { recursive: true });
    expect((await s.call('records.retry', {})).state).toBe('ready');
  });

  it('reliability: a link to a device is not "disk full" and nothing is written through it', async () => {
    const dataDir = emptyDataDir();
    symlinkSync('/dev/null', join(dataDir, 'nianbao.db'));
    s = openTestServices({ dataDir });
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain('不是普通文件（是设备）');
    expect(status.problem).not.toContain('磁盘');
    expect(lstatSync(join(dataDir, 'nianbao.db')).isSymbolicLink()).toBe(true);
  });

  it('reliability: a link to a drive that is not plugged in says so, leaves the link, and opens the records once it is back', async () => {
    const drive = emptyDataDir();
    const first = await withSavedReport(drive);
    first.close();
    const dataDir = emptyDataDir();
    const unplugged = join(drive, 'moved-away');
    symlinkSync(join(unplugged, 'nianbao.db'), join(dataDir, 'nianbao.db'));
    s = openTestServices({ dataDir });
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain('指向不存在位置');
    expect(status.problem).not.toMatch(/EEXIST|ENOENT/);
    expect(readlinkSync(join(dataDir, 'nianbao.db'))).toBe(join(unplugged, 'nianbao.db'));
    // The drive comes back: the records behind the link open as they were.
    unlinkSync(join(dataDir, 'nianbao.db'));
    symlinkSync(join(drive, 'nianbao.db'), join(dataDir, 'nianbao.db'));
    expect((await s.call('records.retry', {})).state).toBe('ready');
    expect(await s.call('reports.list', {})).toHaveLength(1);
  });

  it('reliability: a file where the data folder should be is told at start instead of a crash, and is left alone', async () => {
    const parent = emptyDataDir();
    const dataDir = join(parent, 'data');
    writeFileSync(dataDir, 'not a folder');
    s = openTestServices({ dataDir });
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain('位置上是一个文件，不是文件夹');
    expect(await s.raw('reports.list', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    s.close();
    s = undefined;
    rmSync(dataDir);
  });

  it('reliability: a file where the backups folder should be leaves the records usable and refuses a backup in Chinese', async () => {
    const dataDir = emptyDataDir();
    writeFileSync(join(dataDir, 'backups'), 'not a folder');
    s = await withSavedReport(dataDir);
    expect((await s.call('app.status', {})).state).toBe('ready');
    expect(await s.call('backups.list', {})).toEqual([]);
    const refused = await s.raw('backups.create', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(JSON.stringify(refused)).toContain('备份文件夹');
    expect(await s.call('reports.list', {})).toHaveLength(1);
  });
});
