/**
 * A damaged records file in the window: the clerk is told in Chinese what is wrong, nothing is overwritten, and
 * the backups are offered; restoring one brings the reports back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { runningApp, screenshot } from './support/app.js';

describe('a damaged records file in Chromium', () => {
  const app = runningApp();

  it('says what is wrong, offers the backups, and a restore brings the reports back', async () => {
    const { page, services } = app;
    await services.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    await services.call('backups.create', {});
    services.close();
    const bytes = readFileSync(services.databasePath);
    bytes.write('not a database!!', 0, 'latin1'); // a broken header, as a bad sector or a half-copied file leaves
    writeFileSync(services.databasePath, bytes);
    services.reopen();

    await page.reload();
    await page.getByText('记录暂时无法使用').waitFor();
    expect(await page.locator('body').textContent()).toContain('数据文件已损坏，程序没有改动它');
    await screenshot(page, '12-damaged-records');
    expect(readFileSync(services.databasePath).subarray(0, 16).toString('latin1')).toBe('not a database!!');

    await page.getByRole('button', { name: '恢复' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
    await page.getByText('巴楚县人民政府').first().waitFor();
    const list = await services.call('reports.list', {});
    expect(list.map((r) => `${r.agency} ${r.year}`)).toEqual(['巴楚县人民政府 2023']);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
