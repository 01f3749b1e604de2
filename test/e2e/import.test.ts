/**
 * The import review screen in real Chromium against the real services and SQLite (through the loopback bridge,
 * no mocks): a clerk picks last year's published report, sees the notes and the parsed cells beside the source,
 * corrects a row the importer would not guess, saves it as published (read-only) and carries its balances into
 * this year's draft. A file that is not a report is refused in Chinese and nothing is saved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, CELL_IDS } from '../../shared/catalogue/cells.js';
import { checkReport } from '../../shared/rules/engine.js';
import type { Report } from '../../shared/report/schema.js';
import { FIXTURE_DIR, fixtureCases } from '../import/fixtureCases.js';
import { runningApp, screenshot } from './support/app.js';
import { cell, cellText, shownCells } from './support/grid.js';

const FIXTURE = 'vanished-blank-spaces.txt';
const expected = fixtureCases().find((c) => c.name === FIXTURE)!.expected;
const CORRECTED = 'applications.partlyGranted.natural';

/** What the status line says for a report: notes, then errors and warnings of the ordinary rules. */
function counts(report: Report, notes: number): string {
  const findings = checkReport(report);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return `${notes} 条说明，${errors} 个错误，${warnings} 个警告`;
}

describe('the import review screen in Chromium', () => {
  const app = runningApp();

  it('refuses a file that is not a report with the Chinese reason, and saves nothing', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await page.getByLabel('选择文件').setInputFiles({ name: '上年年报.pdf', mimeType: 'application/pdf', buffer: garbage });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“上年年报.pdf”');
    expect(await alert.textContent()).toContain('这个文件不能导入');
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await app.services.call('reports.list', {})).toEqual([]);
    expect(await app.services.call('agencies.list', {})).toEqual([]);
    // A file over the 8 MB cap is refused before it is read.
    await page.getByLabel('选择文件').setInputFiles({ name: '很大.html', mimeType: 'text/html', buffer: Buffer.alloc(9 * 1024 * 1024, 0x20) });
    await expect.poll(() => alert.textContent()).toContain('“很大.html”有 9.0 MB，超过了 8 MB 的上限');
    expect(await app.services.call('reports.list', {})).toEqual([]);
    // Nothing lost: the picker is still there for another file.
    expect(await page.getByRole('button', { name: '选择文件…' }).isEnabled()).toBe(true);
  });

  it('shows the source, the notes and the parsed cells; a correction re-runs the checks at once', async () => {
    const { page } = app;
    await page.getByLabel('选择文件').setInputFiles(`${FIXTURE_DIR}${FIXTURE}`);
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();

    // Every cell as read, the unplaceable row left empty.
    const shown = await shownCells(page);
    for (const id of CELL_IDS) {
      const want = expected.cells[id];
      expect(shown[id], id).toBe(want === null || want === undefined ? '' : String(want));
    }
    // The source text beside it, and the importer's notes with their cells outlined.
    const source = page.getByRole('region', { name: '原文' });
    expect(await source.textContent()).toContain('部分公开');
    const notes = page.getByRole('list', { name: '读取说明' });
    const unparsed = notes.getByRole('button').filter({ hasText: '未读取' });
    expect(await unparsed.textContent()).toContain('无法确定各数字所属的列');
    for (const id of expected.notes[0]!.cells) expect(await cell(page, id).getAttribute('class'), id).toMatch(/grid-(info|warning|error)/);

    const report = (await app.services.call('imports.readFile', { fileName: FIXTURE, base64: readFileSync(`${FIXTURE_DIR}${FIXTURE}`).toString('base64') })).report;
    const noteCount = await notes.getByRole('listitem').count();
    const status = page.getByRole('status', { name: '核对情况' });
    expect(await status.textContent()).toBe(counts(report, noteCount));

    // Choosing the note selects its lines in the source.
    await unparsed.click();
    expect(await unparsed.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => source.locator('.import-line-focused').count()).toBeGreaterThan(0);
    expect(await source.locator('.import-line-focused').first().textContent()).toContain('部分公开');

    // Correct one cell by double-click and typing; Enter commits.
    await cell(page, CORRECTED).dblclick();
    await page.getByLabel('编辑单元格').fill('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, CORRECTED)).toBe('3');
    const corrected: Report = { ...report, cells: { ...report.cells, [CORRECTED]: 3 } };
    await expect.poll(() => status.textContent()).toBe(`${counts(corrected, noteCount)}，已更正 1 格`);

    // Escape cancels an edit without changing anything.
    await cell(page, 'applications.partlyGranted.commercial').dblclick();
    await page.getByLabel('编辑单元格').fill('9');
    await page.keyboard.press('Escape');
    expect(await cellText(page, 'applications.partlyGranted.commercial')).toBe('');

    await page.mouse.move(5, 5);
    await screenshot(page, '07-import-review');
    expect(await app.services.call('reports.list', {})).toEqual([]); // still nothing saved
  });

  it('saves it as the published report, read-only with the correction, then carries its balances into next year', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '保存为已发布的报告' }).click();
    const next = page.getByRole('button', { name: `创建 ${expected.year + 1} 年度草稿（结转上年数字）` });
    await next.waitFor();
    expect(await page.getByText(`已保存：${expected.agency} ${expected.year} 年度报告`).count()).toBe(1);
    await screenshot(page, '08-import-saved');

    const [summary] = await app.services.call('reports.list', {});
    expect(summary).toMatchObject({ agency: expected.agency, year: expected.year, status: 'signed', origin: 'published-import', importedFrom: { fileName: FIXTURE } });
    const stored = await app.services.call('reports.open', { reportId: summary!.id });
    expect(stored.report.cells[CORRECTED]).toBe(3);
    expect(stored.report.cells['applications.partlyGranted.commercial']).toBeNull();
    for (const id of CELL_IDS) if (id !== CORRECTED) expect(stored.report.cells[id], id).toBe(expected.cells[id]);
    expect(stored.report).toMatchObject({ issuer: expected.issuer, date: expected.date, signoff: null });
    // Read-only: the records refuse a change.
    expect(await app.services.raw('reports.editCells', { reportId: summary!.id, edits: [{ cellId: CORRECTED, value: 4 }] })).toMatchObject({ ok: false, error: { code: 'SIGNED' } });

    await next.click();
    await page.locator('td[data-cell="applications.carriedOver.natural"]').waitFor();
    const draftId = Number(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('report'));
    expect(draftId).not.toBe(summary!.id);
    const draft = await app.services.call('reports.open', { reportId: draftId });
    expect(draft.summary).toMatchObject({ agency: expected.agency, year: expected.year + 1, status: 'draft' });
    for (const column of APPLICANT_COLUMNS) {
      const carried = stored.report.cells[`applications.carriedForward.${column.key}`];
      expect(draft.report.cells[`applications.carriedOver.${column.key}`], column.key).toBe(carried);
      expect(await cellText(page, `applications.carriedOver.${column.key}`), column.key).toBe(String(carried));
    }
    expect(draft.lastYear?.reportId).toBe(summary!.id);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});

describe('replacing a draft, and never a signed report, from the review screen', () => {
  const app = runningApp();

  it('reads a published PDF, asks before replacing the agency\'s draft for that year, and then replaces it', async () => {
    const pdf = fixtureCases().find((c) => c.name === 'word-printed.pdf')!.expected;
    const agency = await app.services.call('agencies.create', { name: pdf.agency, level: 'department' });
    const draft = await app.services.call('reports.create', { agencyId: agency.id, year: pdf.year, start: 'blank' });
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles(`${FIXTURE_DIR}word-printed.pdf`);
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    const shown = await shownCells(page);
    for (const id of CELL_IDS) expect(shown[id], id).toBe(pdf.cells[id] === null ? '' : String(pdf.cells[id]));
    // Matched to the agency of the records, and told about the draft before saving.
    expect(await page.getByLabel('机关', { exact: true }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').textContent()).toContain(pdf.agency);
    expect(await page.getByText(`${pdf.agency} ${pdf.year} 年度已有一份草稿`).count()).toBe(1);

    await page.getByRole('button', { name: '保存为已发布的报告' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('替换已有的草稿？');
    await dialog.getByRole('button', { name: '替换草稿' }).click();
    await page.getByRole('button', { name: `创建 ${pdf.year + 1} 年度草稿（结转上年数字）` }).waitFor();
    const reports = await app.services.call('reports.list', {});
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ agencyId: agency.id, year: pdf.year, status: 'signed', origin: 'published-import' });
    const [imported, deleted] = await app.services.call('audit.history', { limit: 2 });
    expect(imported).toMatchObject({ action: 'report.import', reportId: reports[0]!.id });
    expect(deleted).toMatchObject({ action: 'report.delete', reportId: draft.summary.id, detail: '被《word-printed.pdf》替换' });

    // Opened, it says it is the published report from that file, read-only — not that someone signed it here.
    await page.getByRole('button', { name: '打开已保存的报告' }).click();
    const banner = page.locator('.signed-banner');
    await expect.poll(() => banner.textContent()).toContain('已公开的报告（导入），只能查看');
    expect(await banner.textContent()).toContain('来源文件：word-printed.pdf');
  });

  it('says a signed report cannot be replaced, and changes nothing', async () => {
    const { page } = app;
    const before = await app.services.call('reports.list', {});
    await page.getByRole('button', { name: '← 全部报告' }).click();
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles(`${FIXTURE_DIR}template-like.docx`);
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    expect(await page.getByText('年度已有已签发的报告，不能替换').count()).toBe(1);
    await page.getByRole('button', { name: '保存为已发布的报告' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('不能保存');
    await dialog.getByRole('button', { name: '知道了' }).click();
    expect(await app.services.call('reports.list', {})).toEqual(before);
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
