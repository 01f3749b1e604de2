/**
 * Sign-off in real Chromium against the real services and SQLite (through the loopback bridge, no mocks): the
 * 签发… dialog refuses while an error or an unexplained warning is left, signs once the warning is explained,
 * the editor then shows the report read-only with the names and the fingerprint and refuses every edit, the PDF
 * with its 审签单 prints from the screen, and 解锁修改… with a reason starts revision 2, with both steps logged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport } from '../support/reports.js';
import { scratchDir, snapshotTables } from '../support/services.js';
import { screenshot, startApp, type RunningApp } from './support/app.js';
import { cell, cellText } from './support/grid.js';

/** After the county deadline of 31 March 2024: W-2 warns, so the report has a warning to explain. */
const LATE_DATE = '2024-04-05';
const PEOPLE = { drafter: '王小红', reviewer: '李明', approver: '张建国', date: '2024-04-08' };
const W2_REASON = '经市政府办公室同意，本年度报告延期至4月上旬发布。';
const UNLOCK_REASON = '县政府办审核发现表二现行有效件数有误，需更正后重新签发。';

const signoffDialog = (page: Page) => page.getByRole('dialog').filter({ hasText: '签发报告' });

/** Types a value into a number cell the way a clerk does: click, type, Enter. */
async function typeIntoCell(page: Page, cellId: string, value: string): Promise<void> {
  await cell(page, cellId).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

describe('sign-off in Chromium', () => {
  let app: RunningApp;
  let reportId = 0;
  const pdfDir = scratchDir();
  const pdfPath = join(pdfDir, '巴楚县 2023 审签单.pdf');
  const dialogs: FileDialogs = { chooseOpenPath: async () => null, chooseSavePath: async () => pdfPath };

  beforeAll(async () => {
    app = await startApp({ dialogs });
    const imported = await app.services.call('exchange.importText', {
      fileName: '巴楚县2023.nianbao.json',
      text: writeExchangeText(makeReport({ date: LATE_DATE })),
    });
    reportId = imported.detail.summary.id;
    expect(imported.detail.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning W-2']);
    // The start screen was drawn before the import: reload, then open the report from the list.
    await app.page.reload();
    await app.page.locator(`tr[data-row-key="${reportId}"]`).getByRole('button', { name: '打开' }).click();
    await app.page.locator('td[data-cell="active.regulations.issued"]').waitFor();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(pdfDir, { recursive: true, force: true });
  });

  it('refuses to sign while an error is present, with the sign button disabled and the counts shown', async () => {
    const { page } = app;
    // A typo in 一、本年新收 · 自然人: R3-1 and R3-3.
    await typeIntoCell(page, 'applications.received.natural', '3');
    await expect.poll(() => cell(page, 'applications.received.natural').getAttribute('class')).toContain('grid-error');
    // Saved, and judged so by the records too (the 已保存 shown before the edit is no proof of this one).
    await expect.poll(async () => (await app.services.call('reports.check', { reportId })).summary.counts.errors).toBeGreaterThan(0);
    const { summary } = await app.services.call('reports.check', { reportId });
    expect(summary.counts.warnings).toBeGreaterThan(0);

    await page.getByRole('button', { name: '签发…' }).click();
    const dialog = signoffDialog(page);
    await dialog.getByText('还不能签发').waitFor();
    expect(await dialog.textContent()).toContain(`还有 ${summary.counts.errors} 个错误和 ${summary.counts.warnings} 个未说明理由的警告`);
    expect(await dialog.getByRole('button', { name: '签发并锁定' }).isDisabled()).toBe(true);
    expect(await dialog.getByLabel('审核人').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await app.services.call('reports.open', { reportId })).summary.status).toBe('draft');
  });

  it('still refuses once the error is fixed while a warning is neither fixed nor explained', async () => {
    const { page } = app;
    await typeIntoCell(page, 'applications.received.natural', '2');
    await expect.poll(() => cell(page, 'applications.received.natural').getAttribute('class')).not.toContain('grid-error');
    await expect.poll(async () => (await app.services.call('reports.check', { reportId })).summary.counts).toMatchObject({ errors: 0, warnings: 1 });

    await page.getByRole('button', { name: '签发…' }).click();
    const dialog = signoffDialog(page);
    await dialog.getByText('还不能签发').waitFor();
    expect(await dialog.textContent()).toContain('还有 0 个错误和 1 个未说明理由的警告');
    expect(await dialog.getByRole('button', { name: '签发并锁定' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('signs with drafter, reviewer, approver and date once the warning is explained', async () => {
    const { page } = app;
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await panel.getByRole('button', { name: '说明理由…' }).first().click();
    await page.getByRole('dialog').getByLabel('理由').fill(W2_REASON);
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => panel.textContent()).toContain('已说明理由的警告');

    await page.getByRole('button', { name: '签发…' }).click();
    const dialog = signoffDialog(page);
    await dialog.getByLabel('审核人').waitFor();
    expect(await dialog.textContent()).not.toContain('还不能签发');
    // The drafter starts as the person at the desk.
    expect(await dialog.getByLabel('拟稿人').inputValue()).toBe('李文');
    await dialog.getByLabel('拟稿人').fill(PEOPLE.drafter);
    await dialog.getByLabel('审核人').fill(PEOPLE.reviewer);
    await dialog.getByLabel('签发人').fill(PEOPLE.approver);
    const date = dialog.getByLabel('签发日期');
    await date.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PEOPLE.date);
    await page.keyboard.press('Enter');
    await expect.poll(() => date.inputValue()).toBe('2024年4月8日');
    await dialog.getByText('签发后报告锁定').click(); // closes the date panel, so the picture shows the form
    await screenshot(page, '10-signoff-dialog', { withoutMessages: true });
    const sign = dialog.getByRole('button', { name: '签发并锁定' });
    expect(await sign.isDisabled()).toBe(false);
    await sign.click();
    await dialog.waitFor({ state: 'detached' });

    const stored = await app.services.call('reports.open', { reportId });
    expect(stored.summary.status).toBe('signed');
    expect(stored.report.signoff).toMatchObject({ drafter: PEOPLE.drafter, reviewer: PEOPLE.reviewer, approver: PEOPLE.approver, signedAt: PEOPLE.date });
    expect(stored.dismissals.map((d) => d.reason)).toEqual([W2_REASON]);
  });

  it('shows the signed report read-only with 已签发, the names and the same fingerprint as the records', async () => {
    const { page } = app;
    const stored = await app.services.call('reports.open', { reportId });
    const banner = page.locator('.signed-banner');
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('已签发');
    for (const part of [`拟稿：${PEOPLE.drafter}`, `审核：${PEOPLE.reviewer}`, `签发：${PEOPLE.approver}`, '日期：2024年4月8日']) expect(text).toContain(part);
    expect(stored.summary.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await banner.locator('.fingerprint code').textContent())?.trim()).toBe(stored.summary.fingerprint);
    expect(await page.locator('.editor-toolbar .ant-tag').first().textContent()).toContain('已签发');
    expect(await page.getByRole('button', { name: '签发…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '解锁修改…' }).isVisible()).toBe(true);
    await page.locator('.editor-scroll').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, '11-signed-readonly', { withoutMessages: true });
  });

  it('changes nothing when a cell or the prose of a signed report is typed into', async () => {
    const { page } = app;
    const before = snapshotTables(app.services.databasePath);
    await typeIntoCell(page, 'active.normativeDocuments.issued', '9');
    await page.locator('.ant-message').getByText('报告已签发，只能查看；如需修改请先解锁。').first().waitFor();
    expect(await cellText(page, 'active.normativeDocuments.issued')).toBe('3');

    for (const heading of ['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      const prose = page.getByLabel(heading);
      expect(await prose.getAttribute('readonly'), heading).not.toBeNull();
      expect(await prose.isEditable(), heading).toBe(false);
    }
    const overview = page.getByLabel('一、总体情况');
    const text = await overview.inputValue();
    await overview.focus();
    await page.keyboard.type('补充一句');
    expect(await overview.inputValue()).toBe(text);
    // Nothing can be explained or restored on a signed report either.
    const panel = page.getByRole('complementary', { name: '检查结果' });
    expect(await panel.getByRole('button', { name: '恢复为警告' }).count()).toBe(0);

    // No save was attempted: the records are exactly as before, row for row.
    expect(snapshotTables(app.services.databasePath)).toEqual(before);
    const stored = await app.services.call('reports.open', { reportId });
    expect(stored.report.cells['active.normativeDocuments.issued']).toBe(3);
  });

  it('exports the PDF with its 审签单 from the toolbar, naming the signers and the fingerprint', async () => {
    const { page } = app;
    const { summary } = await app.services.call('reports.open', { reportId });
    await page.getByRole('button', { name: '更多导出方式' }).click();
    await page.getByRole('menuitem', { name: '导出 PDF（附审签单）' }).click();
    await page.locator('.ant-message').getByText(`已导出 PDF：${pdfPath}`).waitFor({ timeout: 20_000 });
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    const joined = printed.replace(/\s+/g, '');
    expect(joined).toContain('审签单');
    for (const name of [PEOPLE.drafter, PEOPLE.reviewer, PEOPLE.approver]) expect(joined).toContain(name);
    // The fingerprint wraps onto two lines beside its label 内容指纹 / （SHA-256）, which text extraction interleaves.
    expect(joined.replace('（SHA-256）', '')).toContain(summary.fingerprint!);
    expect(joined).toContain(W2_REASON.replace(/\s+/g, ''));
  });

  it('unlocks with a written reason into a draft of revision 2 that can be edited again, and logs both steps', async () => {
    const { page } = app;
    const fingerprint = (await app.services.call('reports.open', { reportId })).summary.fingerprint;
    await page.getByRole('button', { name: '解锁修改…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '解锁已签发的报告' });
    await dialog.getByLabel('解锁理由').fill(UNLOCK_REASON);
    await dialog.getByRole('button', { name: '解锁' }).click();
    await dialog.waitFor({ state: 'detached' });
    const tag = page.locator('.editor-toolbar .ant-tag').first();
    await expect.poll(() => tag.textContent()).toContain('第 2 版');
    expect(await tag.textContent()).toContain('草稿');
    await page.locator('.signed-banner').waitFor({ state: 'detached' });
    expect(await page.getByLabel('一、总体情况').isEditable()).toBe(true);

    await typeIntoCell(page, 'active.normativeDocuments.inForce', '12');
    await expect.poll(() => cellText(page, 'active.normativeDocuments.inForce')).toBe('12');
    await expect.poll(async () => (await app.services.call('reports.open', { reportId })).report.cells['active.normativeDocuments.inForce']).toBe(12);
    const stored = await app.services.call('reports.open', { reportId });
    expect(stored.summary).toMatchObject({ status: 'draft', revision: 2, fingerprint: null });

    const history = await app.services.call('audit.history', { reportId });
    const actions = history.map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['cell.edit', 'report.unlock', 'report.sign']);
    const sign = history.find((e) => e.action === 'report.sign')!;
    expect(sign.newValue).toBe(fingerprint);
    expect(sign.detail).toContain(`拟稿 ${PEOPLE.drafter}，审核 ${PEOPLE.reviewer}，签发 ${PEOPLE.approver}`);
    const unlock = history.find((e) => e.action === 'report.unlock')!;
    expect(unlock).toMatchObject({ actor: '李文', detail: UNLOCK_REASON, oldValue: '第1版（已签发）', newValue: '第2版（草稿）' });
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
