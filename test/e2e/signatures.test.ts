/**
 * Signatures in the window: a file signed at another office shows in the import review that its key is not yet
 * confirmed, and the clerk trusts it there after comparing the fingerprint; the 签名密钥 drawer shows this
 * office's own key; a signed report changed in the database outside the app opens with a red banner.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { keyFingerprint, newKeyPair, signSignoff } from '../../shared/report/signature.js';
import { makeReport } from '../support/reports.js';
import { runningApp, screenshot } from './support/app.js';

const SIGNERS = { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-20' };

describe('signatures in Chromium', () => {
  const app = runningApp();

  it('the import review says a key is unconfirmed, and trusting it there makes the signature verified', async () => {
    const { page, services } = app;
    const unit = newKeyPair();
    const report = makeReport({ agency: '巴楚县教育局', level: 'department', issuer: '巴楚县教育局', title: '巴楚县教育局2023年政府信息公开工作年度报告' });
    const signed = { ...report, signoff: signSignoff({ ...SIGNERS, fingerprint: reportFingerprint(report) }, unit) };
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '教育局2023.nianbao.json', mimeType: 'application/json', buffer: Buffer.from(writeExchangeText(signed)) });
    const notice = page.locator('.signature-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('签名密钥尚未经本机确认');
    expect(await notice.textContent()).toContain(keyFingerprint(unit.publicKey));
    await screenshot(page, '60-import-unknown-key');
    await notice.getByRole('button', { name: '信任此单位的密钥' }).click();
    await expect.poll(() => notice.textContent()).toContain('签名密钥已被本机信任');
    expect((await services.call('keys.list', {})).trusted).toEqual([expect.objectContaining({ publicKey: unit.publicKey, name: '巴楚县教育局', source: 'file' })]);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });

  it('the 签名密钥 drawer shows this office’s own key and the trusted ones', async () => {
    const { page, services } = app;
    await page.goto(app.address);
    await page.reload();
    await page.getByRole('button', { name: '签名密钥' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '本机的签名密钥' });
    await drawer.waitFor();
    const keys = await services.call('keys.list', {});
    expect(await drawer.textContent()).toContain(keys.own!.keyFingerprint);
    expect(await drawer.textContent()).toContain('巴楚县教育局');
    await screenshot(page, '61-keys-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });

  it('a signed report changed in the database outside the app opens with a red banner naming rule S-2', async () => {
    const { page, services } = app;
    const draft = (await services.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(makeReport()) })).detail;
    await services.call('signoff.sign', { reportId: draft.summary.id, ...SIGNERS });
    services.close();
    const raw = new Database(services.databasePath);
    // The guards dropped for the change and put back (a file with a guard missing is not opened at all).
    const guards = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const { name } of guards) raw.exec(`DROP TRIGGER "${name}"`);
    raw.prepare("UPDATE report_cells SET value = '9' WHERE report_id = ? AND cell_id = 'active.licensing.decisions'").run(draft.summary.id);
    for (const { sql } of guards) raw.exec(sql);
    raw.close();
    services.reopen();

    await page.goto(app.address);
    await page.reload();
    const row = page.locator(`tr[data-row-key="${draft.summary.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('签名不符');
    await row.getByRole('button', { name: '打开' }).click();
    const banner = page.locator('.signed-banner-tampered');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('已签发的报告被改动过');
    expect(await banner.textContent()).toContain('此报告已签发，但内容与签发时不符');
    await screenshot(page, '62-tampered-banner');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
