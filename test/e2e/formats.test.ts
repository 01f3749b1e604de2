/**
 * The report in the office's formats, in real Chromium against the real services (through the loopback bridge):
 * 导出 Word, 导出网页 and 复制为网页 read back cell by cell; 打印 / Ctrl+P prints the preview — the pages printed
 * carry 草稿（未签发） while the report is a draft; the draft's PDF is named and marked as a draft, the signed
 * one not; signing a new revision offers the last names; an earlier revision opens read-only and prints again
 * byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { changedCells, printedWords, readBack } from '../export/roundTrip.js';
import { makeReport } from '../support/reports.js';
import { scratchDir } from '../support/services.js';
import { screenshot, startApp, type RunningApp } from './support/app.js';

const DRAFT = '草稿（未签发）';
const TITLE = '巴楚县人民政府2023年政府信息公开工作年度报告';
const NAMES = { drafter: '王小红', reviewer: '李明', approver: '张建国' };

/** Text of each page of a PDF (pdftotext, one page at a time). */
function pagesOf(path: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }));
}

describe('Word, web page, print and drafts in Chromium', () => {
  let app: RunningApp;
  let reportId = 0;
  const dir = scratchDir();
  const offered: string[] = [];
  const dialogs: FileDialogs = {
    chooseOpenPath: async () => null,
    chooseSavePath: async ({ defaultName }) => {
      offered.push(defaultName);
      return join(dir, defaultName);
    },
  };
  const report = makeReport();

  const fontDirsBefore = process.env.NIANBAO_FONT_DIRS;
  beforeAll(async () => {
    // No office typefaces, whatever this machine has installed: the sign-off dialog's font line is then known.
    process.env.NIANBAO_FONT_DIRS = '';
    app = await startApp({ dialogs });
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.bridge.url });
    reportId = (await app.services.call('exchange.importText', { fileName: '巴楚县2023.nianbao.json', text: writeExchangeText(report) })).detail.summary.id;
    await app.page.reload();
    await app.page.locator(`tr[data-row-key="${reportId}"]`).getByRole('button', { name: '打开' }).click();
    await app.page.locator('td[data-cell="active.regulations.issued"]').waitFor();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
    if (fontDirsBefore === undefined) delete process.env.NIANBAO_FONT_DIRS;
    else process.env.NIANBAO_FONT_DIRS = fontDirsBefore;
  });

  const exported = async (text: string): Promise<string> => {
    await app.page.locator('.ant-message').getByText(text).first().waitFor({ timeout: 20_000 });
    return join(dir, offered.at(-1)!);
  };
  const moreExports = async (item: string): Promise<void> => {
    await app.page.getByRole('button', { name: '更多导出方式' }).click();
    await app.page.getByRole('menuitem', { name: item }).click();
  };

  it('导出 Word writes …（草稿）.docx, and our importer reads back every cell and paragraph', async () => {
    await app.page.getByRole('button', { name: '导出 Word' }).click();
    const path = await exported('已导出 Word 文档');
    expect(offered.at(-1)).toBe(`${TITLE}（草稿）.docx`);
    const back = readBack(readFileSync(path), 'docx');
    expect(changedCells(report, back.report)).toEqual([]);
    expect(printedWords(back.report)).toEqual(printedWords(report));
  });

  it('导出网页 writes one self-contained page; 复制为网页 puts the same tables and prose on the clipboard', async () => {
    await moreExports('导出网页（.html，供公开专栏发布）');
    const path = await exported('已导出网页');
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(changedCells(report, readBack(html, 'html').report)).toEqual([]);

    await moreExports('复制为网页');
    await app.page.locator('.ant-message').getByText('已复制为网页').waitFor();
    const copied = await app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    const back = readBack(copied.html, 'html');
    expect(changedCells(report, back.report)).toEqual([]);
    expect(printedWords(back.report)).toEqual(printedWords(report));
    expect(copied.text).toContain('五、存在的主要问题及改进情况');
  });

  it('Ctrl+P prints the preview: the print call is made on the report alone, every printed page marked 草稿', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const calls: { preview: boolean; draft: boolean }[] = [];
      (window as unknown as { printCalls: typeof calls }).printCalls = calls;
      window.print = () => {
        calls.push({ preview: document.querySelector('.preview-paper') !== null, draft: document.querySelector('.preview-paper-draft') !== null });
      };
    });
    await page.locator('.editor-toolbar').click({ position: { x: 400, y: 10 } });
    await page.keyboard.press('Control+P');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls.length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls[0])).toEqual({ preview: true, draft: true });
    await screenshot(page, '30-print-preview-draft');

    // What the printer gets: Chromium's own print of the page with the print style sheet.
    const pdfPath = join(dir, 'printed.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));
    const pages = pagesOf(pdfPath);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, text] of pages.entries()) {
      expect(text, `printed page ${i + 1}`).toContain(DRAFT);
      expect(text, `printed page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`));
      expect(text).not.toContain('全部报告');
    }
    expect(pages[0]!.replace(/\s+/g, '')).toContain(TITLE);

    // 打印 from the editing view opens the preview and prints it.
    await page.getByRole('button', { name: '返回编辑' }).click();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    await page.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls.length)).toBe(2);
    await page.keyboard.press('Control+Shift+P');
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
  });

  it('the draft’s PDF is …（草稿）.pdf with 草稿（未签发） on every page; signed, …（第1版签发）.pdf with none', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const draftPdf = await exported('已导出 PDF');
    expect(offered.at(-1)).toBe(`${TITLE}（草稿）.pdf`);
    for (const text of pagesOf(draftPdf)) expect(text).toContain(DRAFT);

    await app.services.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-18' });
    await page.reload();
    await page.locator('.signed-banner').waitFor();
    offered.length = 0;
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const signedPdf = await exported('已导出 PDF');
    expect(offered.at(-1)).toBe(`${TITLE}（第1版签发）.pdf`);
    for (const text of pagesOf(signedPdf)) expect(text).not.toContain('草稿');
  });

  it('signing revision 2 offers the last names; revision 1 opens read-only from 历次签发 and prints again identical', async () => {
    const { page } = app;
    const signedThen = readFileSync(join(dir, `${TITLE}（第1版签发）.pdf`));
    await app.services.call('signoff.unlock', { reportId, reason: '领导修改了第五部分的文字' });
    await app.services.call('reports.editField', { reportId, field: 'sections.problems', value: '一是栏目更新不够及时。下一步将加强培训。' });
    await page.reload();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();

    await page.getByRole('button', { name: '签发…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '签发报告' });
    await dialog.getByText('已填入第1版签发时的人员').waitFor();
    expect(await dialog.getByLabel('拟稿人').inputValue()).toBe(NAMES.drafter);
    expect(await dialog.getByLabel('审核人').inputValue()).toBe(NAMES.reviewer);
    expect(await dialog.getByLabel('签发人').inputValue()).toBe(NAMES.approver);
    // Which fonts the signed PDF will be set in (this machine has none of the office typefaces).
    await expect.poll(() => dialog.getByLabel('打印字体').textContent()).toContain('全部为 Noto Serif SC（本机没有找到公文字体）');
    await screenshot(page, '32-signoff-last-names-and-fonts');
    await dialog.getByRole('button', { name: '签发并锁定' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.signed-banner').waitFor();

    await page.getByRole('button', { name: '历次签发' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('第1版', { exact: true }).waitFor();
    await drawer.locator('.ant-list-item').first().getByRole('button', { name: '查看' }).click();
    const preview = drawer.getByLabel('第1版签发时的报告');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('一是部分栏目更新还不够及时');
    expect(await preview.textContent()).not.toContain('一是栏目更新不够及时。下一步将加强培训。');
    await screenshot(page, '31-earlier-revision');
    offered.length = 0;
    await drawer.getByRole('button', { name: '导出这一版的 PDF', exact: true }).click();
    const again = await exported('已导出第1版签发的 PDF');
    expect(existsSync(again)).toBe(true);
    expect(readFileSync(again).equals(signedThen)).toBe(true);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });

  it('a leader’s Word edit comes back: the import review lists the paragraph changed against the records', async () => {
    const { page } = app;
    // The Word file exported earlier, edited as WPS would save a changed sentence of 五.
    const parts = unzipSync(readFileSync(join(dir, `${TITLE}（草稿）.docx`)));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('一是部分栏目更新还不够及时');
    parts['word/document.xml'] = strToU8(xml.replace('一是部分栏目更新还不够及时', '一是部分栏目信息更新还不够及时'));
    const edited = Buffer.from(zipSync(parts));

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '← 全部报告' }).click();
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '领导修改稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: edited });
    const changes = page.getByLabel('与记录中的报告相比');
    await changes.waitFor();
    const text = (await changes.textContent())!;
    expect(text).toContain('五、存在的主要问题及改进情况（1 处）');
    expect(text).toContain('记录中：一是栏目更新不够及时。下一步将加强培训。');
    expect(text).toContain('文件中：一是部分栏目信息更新还不够及时');
    expect(text).not.toContain('一、总体情况（');
    await screenshot(page, '33-import-prose-changes');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
