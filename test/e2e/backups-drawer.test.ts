/**
 * The backups drawer in Chromium: it shows where the records and the backups are, 打开所在文件夹 asks the
 * system's file manager for exactly those two (a fake shell records what it was asked), 备份到… writes to the
 * chosen folder and says it was read back, and restoring a backup from before a sign-off asks first, saying the
 * signed revision is kept — after which 历次签发 still lists it; the screen of records that cannot be opened
 * shows their folder as well.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import type { FolderShell } from '../../electron/services/app/folders.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { scratchDir } from '../support/services.js';
import { runningApp, screenshot } from './support/app.js';

const shown: string[] = [];
const folders: FolderShell = { revealInFolder: async (path) => void shown.push(path) };
let chosen: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosen, chooseSavePath: async () => chosen };

describe('the backups drawer in Chromium', () => {
  const app = runningApp({ folders, dialogs });

  it('shows where the records and backups are, opens those folders, and backs up to a chosen folder, verified', async () => {
    const { page, services } = app;
    await services.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    await services.call('backups.create', {});
    await page.reload();
    await page.getByRole('button', { name: '备份', exact: true }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText(services.databasePath).waitFor();
    await drawer.getByText(join(services.dataDir, 'backups')).waitFor();
    await drawer.getByRole('button', { name: '打开所在文件夹' }).nth(0).click();
    await drawer.getByRole('button', { name: '打开所在文件夹' }).nth(1).click();
    await expect.poll(() => shown.length).toBe(2);
    expect(shown).toEqual([services.databasePath, join(services.dataDir, 'backups')]);

    const usb = scratchDir();
    chosen = join(usb, '年报数据备份.db');
    await drawer.getByRole('button', { name: '备份到…（如U盘）' }).click();
    await page.getByText(`已备份到“${chosen}”，并已读回校验`).waitFor();
    expect(readdirSync(usb)).toEqual(['年报数据备份.db']);
    await screenshot(page, '67-backups-drawer');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  }, 60_000);

  it('restoring a backup from before a sign-off asks first, says the signed revision is kept, and keeps it', async () => {
    const { page, services } = app;
    const [summary] = await services.call('reports.list', {});
    const reportId = summary!.id;
    await services.call('signoff.sign', { reportId, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    await page.reload();
    await page.getByRole('button', { name: '备份', exact: true }).click();
    const drawer = page.locator('.ant-drawer');
    // The manual backup taken before the sign-off (the newest is the sign-off's own).
    const manual = drawer.locator('.ant-list-item', { hasText: '手动' }).first();
    await manual.getByRole('button', { name: '恢复' }).click();
    await page.locator('.ant-modal-confirm', { hasText: '从这份备份恢复？' }).getByRole('button', { name: '恢复', exact: true }).click();
    const ask = page.locator('.ant-modal-confirm', { hasText: '这份备份早于签发' });
    await ask.waitFor();
    const text = (await ask.textContent()) ?? '';
    expect(text).toContain('巴楚县人民政府2023年度（已签发第1版）');
    expect(text).toContain('成为下一版草稿');
    expect(text).toContain('保留在“历次签发”中');
    await screenshot(page, '68-restore-over-signed');
    await ask.getByRole('button', { name: '恢复，并保留已签发的版本' }).click();
    await expect.poll(async () => (await services.call('reports.open', { reportId })).summary.revision, { timeout: 15_000 }).toBe(2);
    expect((await services.call('reports.revisions', { reportId })).map((r) => r.revision)).toEqual([1]);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  }, 60_000);

  it('the screen of records that cannot be opened shows their folder too', async () => {
    const { page, services } = app;
    services.loseRecordsFile();
    await page.reload();
    await page.getByText('没有找到数据文件').first().waitFor();
    shown.length = 0;
    await page.getByRole('button', { name: '打开数据文件所在文件夹' }).click();
    await expect.poll(() => shown.length).toBe(1);
    expect(shown).toEqual([services.dataDir]); // no records file: its folder
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  }, 60_000);
});
