/**
 * The records states in the window: a file held by another program offers 重试 and no restore; a missing file
 * with backups offers the backups and starting empty on purpose; a folder where the records file should be is
 * named as such, with 重试.
 */
import { mkdirSync, renameSync, rmdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { holdLock } from '../support/lockHolder.js';
import { seedReport } from '../support/reports.js';
import { runningApp, screenshot } from './support/app.js';


describe('records states in Chromium', () => {
  const app = runningApp();

  it('a locked file: says which program, offers 重试 and no backups; 重试 opens the records once it is released', async () => {
    const { page, services } = app;
    await services.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    await services.call('backups.create', {});
    services.close();
    const holder = await holdLock(services.databasePath);
    try {
      services.reopen();
      await page.reload();
      await page.getByText('数据文件正被另一个程序占用').first().waitFor();
      expect(await page.locator('body').textContent()).toContain('不要从备份恢复');
      expect(await page.getByText('可用的备份').count()).toBe(0);
      await screenshot(page, '63-records-locked');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('巴楚县人民政府').first().waitFor();
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  }, 60_000);

  it('a missing file with backups: the backups are offered, nothing is created, restore brings the reports back', async () => {
    const { page, services } = app;
    services.loseRecordsFile();
    await page.reload();
    await page.getByText('没有找到数据文件').first().waitFor();
    await page.getByText('可用的备份').waitFor();
    expect(await page.getByRole('button', { name: '从空白记录开始' }).count()).toBe(1);
    await screenshot(page, '64-records-missing');
    await page.getByRole('button', { name: '恢复' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
    await page.getByText('巴楚县人民政府').first().waitFor();
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
  it('a folder where the records file should be: named as a folder, 重试 opens the records once it is moved away', async () => {
    const { page, services } = app;
    services.close();
    const aside = `${services.databasePath}.aside`;
    renameSync(services.databasePath, aside);
    mkdirSync(services.databasePath);
    services.reopen();
    await page.reload();
    await page.getByText('不是普通文件（是文件夹）').first().waitFor();
    expect(await page.locator('body').textContent()).not.toContain('磁盘');
    await screenshot(page, '69-records-not-a-file');
    rmdirSync(services.databasePath);
    renameSync(aside, services.databasePath);
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('巴楚县人民政府').first().waitFor();
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
