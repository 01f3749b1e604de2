/**
 * reliability: a backup written to a folder the clerk picks (a USB stick) is read back and checked after
 * writing; a backup file from another machine is taken into the list and restores that machine's records.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

let chosen: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosen, chooseSavePath: async () => chosen };
const open: TestServices[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.remove();
});
const services = (): TestServices => {
  const s = openTestServices({ dialogs });
  open.push(s);
  return s;
};

describe('reliability: backups elsewhere', () => {
  it('reliability: a backup to a chosen folder is verified after writing, and one from another machine restores its records', async () => {
    const other = services();
    await other.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    const usb = scratchDir();
    chosen = join(usb, '年报数据备份.db');
    const written = await other.call('backups.exportTo', {});
    expect(written).toMatchObject({ path: chosen });
    expect(readdirSync(usb)).toEqual(['年报数据备份.db']); // no temporary file left

    const here = services();
    expect(await here.call('reports.list', {})).toEqual([]);
    const taken = await here.call('backups.takeIn', {});
    expect(taken).toMatchObject({ reason: 'manual' });
    if (!('name' in taken)) return;
    await here.call('backups.restore', { name: taken.name });
    expect((await here.call('reports.list', {})).map((r) => r.agency)).toEqual(['巴楚县人民政府']);
  });

  it('reliability: a file that is not a backup is refused and not taken in; a cancelled choice does nothing', async () => {
    const here = services();
    const dir = scratchDir();
    chosen = join(dir, '不是备份.db');
    writeFileSync(chosen, 'just some text');
    expect(await here.raw('backups.takeIn', {})).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect(await here.call('backups.list', {})).toEqual([]);
    chosen = null;
    expect(await here.call('backups.takeIn', {})).toEqual({ cancelled: true });
    expect(await here.call('backups.exportTo', {})).toEqual({ cancelled: true });
    expect(existsSync(join(here.dataDir, 'backups'))).toBe(false);
  });
});
