/**
 * The start screen, the new-report dialog's carry-forward, the prose helpers and the print preview in real
 * Chromium against the real services and SQLite (through the loopback bridge, no mocks). Reports are put into the
 * records through the services; what is tested is what the clerk sees and does on screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_DOCUMENT_ROWS, APPLICANT_COLUMNS } from '../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS } from '../../shared/catalogue/layout.js';
import { suggestSentences } from '../../shared/prose/sentences.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import type { Report } from '../../shared/report/schema.js';
import { makeReport, PENDING_APPLICATIONS, SEED_PROSE } from '../support/reports.js';
import { screenshot, startApp, type RunningApp } from './support/app.js';
import { cellText } from './support/grid.js';

const COUNTY = '巴楚县人民政府';
const BUREAU = '巴楚县教育局';
const TOWNSHIP = '巴楚县阿纳库勒乡人民政府';

/**
 * Last year's report of the county government: the seed figures with two applications carried forward to the
 * next year (and the seed's 11 normative documents in force), so that carrying forward moves numbers that are not 0.
 * A county government makes no 规章 (W-1), so that row stays 0.
 */
const COUNTY_2023: Report = makeReport(
  {
    sections: { ...SEED_PROSE, overview: SEED_PROSE.overview.replace('受理政府信息公开申请2件', '新收政府信息公开申请4件，结转下年度继续办理2件') },
  },
  PENDING_APPLICATIONS,
);

const PROBLEMS_2024 =
  '上年度指出的栏目更新不及时问题，已通过建立栏目责任清单和每周巡查机制得到改进。' +
  '本年度存在的主要问题是政策解读的针对性还不够强。下一步将结合群众关切开展图解和视频解读。';

/** The day on the clerk's calendar (the browser's, Asia/Shanghai), as the start screen counts it. */
async function browserToday(page: Page): Promise<{ year: number; month: number; day: number }> {
  return page.evaluate(() => {
    const d = new Date();
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  });
}
const daysBetween = (from: { year: number; month: number; day: number }, to: { year: number; month: number; day: number }): number =>
  (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;

const row = (page: Page, reportId: number) => page.locator(`tr[data-row-key="${reportId}"]`);
const reportIdInAddress = async (page: Page): Promise<number> =>
  Number(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('report'));

describe('the start screen, carry-forward, prose and preview in Chromium', () => {
  let app: RunningApp;
  const ids = { county2023: 0, bureau2020: 0, bureauThisYear: 0, township: 0, county2024: 0 };
  let thisYear = 0;

  beforeAll(async () => {
    app = await startApp();
    const s = app.services;
    thisYear = (await browserToday(app.page)).year;
    // Last year's county report, signed (已签发).
    const county = await s.call('exchange.importText', { fileName: '巴楚县2023.nianbao.json', text: writeExchangeText(COUNTY_2023) });
    expect(county.detail.findings).toEqual([]);
    ids.county2023 = county.detail.summary.id;
    await s.call('signoff.sign', { reportId: ids.county2023, drafter: '王小红', reviewer: '李明', approver: '张建国', signedAt: '2024-01-18' });
    // A bureau's 2020 draft with a typo (errors) long past its deadline of 31 January 2021.
    const late = makeReport({ agency: BUREAU, level: 'department', year: 2020, issuer: BUREAU, date: '2021-01-20' }, { 'applications.received.natural': 3 });
    const bureau = await s.call('exchange.importText', { fileName: '教育局2020.nianbao.json', text: writeExchangeText(late) });
    ids.bureau2020 = bureau.detail.summary.id;
    // The same bureau's report for this year, started blank: its deadline (31 January next year) is ahead.
    ids.bureauThisYear = (await s.call('reports.create', { agencyId: bureau.detail.summary.agencyId, year: thisYear, start: 'blank' })).summary.id;
    // A township's draft, to be deleted.
    const township = await s.call('agencies.create', { name: TOWNSHIP, level: 'township' });
    ids.township = (await s.call('reports.create', { agencyId: township.id, year: 2022, start: 'blank' })).summary.id;
    // The start screen was drawn before these reports existed.
    await app.page.reload();
    await row(app.page, ids.township).waitFor();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('lists every report with its status, its error and warning counts and the days to its deadline', async () => {
    const { page } = app;
    const listed = await app.services.call('reports.list', {});
    expect(listed.map((r) => r.id).sort()).toEqual(Object.values(ids).filter((id) => id > 0).sort());
    for (const summary of listed) {
      const text = (await row(page, summary.id).textContent()) ?? '';
      expect(text, summary.agency).toContain(summary.agency);
      expect(text, summary.agency).toContain(`${summary.year} 年度`);
      expect(text, summary.agency).toContain(summary.status === 'signed' ? '已签发' : '草稿');
      expect(text, summary.agency).toContain(`错误 ${summary.counts.errors}`);
      expect(text, summary.agency).toContain(`警告 ${summary.counts.warnings}`);
    }
    expect(listed.find((r) => r.id === ids.bureau2020)!.counts.errors).toBeGreaterThan(0);
    expect(listed.find((r) => r.id === ids.county2023)!.status).toBe('signed');

    const today = await browserToday(page);
    const overdue = daysBetween({ year: 2021, month: 1, day: 31 }, today);
    expect(await row(page, ids.bureau2020).textContent()).toContain(`已逾期 ${overdue} 天（2021年1月31日截止）`);
    const left = daysBetween(today, { year: thisYear + 1, month: 1, day: 31 });
    expect(await row(page, ids.bureauThisYear).textContent()).toContain(`还剩 ${left} 天（${thisYear + 1}年1月31日截止）`);
    // A signed report has met its deadline: no days are counted, and it cannot be deleted.
    const signed = row(page, ids.county2023);
    expect(await signed.textContent()).not.toMatch(/已逾期|还剩/);
    expect(await signed.getByRole('button', { name: '删除' }).count()).toBe(0);
    await screenshot(page, '01-start');
  });

  it('deletes a draft after 删除 and its confirmation, and the records no longer hold it', async () => {
    const { page } = app;
    await row(page, ids.township).getByRole('button', { name: '删除' }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ hasText: '删除这份草稿？' });
    await confirm.getByRole('button', { name: '删除' }).click();
    await row(page, ids.township).waitFor({ state: 'detached' });
    expect(await row(page, ids.bureau2020).isVisible()).toBe(true);
    const listed = await app.services.call('reports.list', {});
    expect(listed.map((r) => r.id)).not.toContain(ids.township);
    expect(listed).toHaveLength(3);
    expect((await app.services.raw('reports.open', { reportId: ids.township })).ok).toBe(false);
    ids.township = 0;
  });

  it("creates the 2024 report carried forward from the 2023 report in the records, with last year's balances in its cells", async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建报告' });
    await dialog.getByLabel('机关', { exact: true }).click();
    await page.locator(`.ant-select-item-option[title="${COUNTY}"]`).click();
    await dialog.getByLabel('报告年度').fill('2024');
    const carry = dialog.getByRole('radio', { name: '从记录中的 2023 年度报告结转' });
    await expect.poll(() => carry.isDisabled()).toBe(false);
    await carry.check();
    await dialog.getByText('上年的「结转下年度继续办理」成为今年的「上年结转」').waitFor();
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    ids.county2024 = await reportIdInAddress(page);
    expect(ids.county2024).toBeGreaterThan(0);

    const stored = await app.services.call('reports.open', { reportId: ids.county2024 });
    expect(stored.report).toMatchObject({ agency: COUNTY, year: 2024 });
    expect(stored.lastYear?.reportId).toBe(ids.county2023);
    // 上年结转 = last year's 结转下年度继续办理, column by column; 现行有效件数 starts at last year's.
    for (const { key } of APPLICANT_COLUMNS) {
      const expected = COUNTY_2023.cells[`applications.carriedForward.${key}`] ?? 0;
      expect(await cellText(page, `applications.carriedOver.${key}`), key).toBe(String(expected));
      expect(stored.report.cells[`applications.carriedOver.${key}`], key).toBe(expected);
    }
    for (const { key } of ACTIVE_DOCUMENT_ROWS) {
      const expected = COUNTY_2023.cells[`active.${key}.inForce`] ?? 0;
      expect(await cellText(page, `active.${key}.inForce`), key).toBe(String(expected));
      expect(stored.report.cells[`active.${key}.inForce`], key).toBe(expected);
    }
    expect(await cellText(page, 'applications.carriedOver.total')).toBe('2');
    expect(await cellText(page, 'active.normativeDocuments.inForce')).toBe('11');
    // Nothing else is carried: this year's 新收 starts at 0.
    expect(await cellText(page, 'applications.received.natural')).toBe('0');
  });

  it("shows last year's 五 beside this year's 五, read-only, for comparison", async () => {
    const { page } = app;
    const section = page.locator('#section-problems');
    const lastYear = section.locator('.prose-last-year');
    await lastYear.waitFor();
    expect(await lastYear.textContent()).toContain('2023 年度报告的这一部分');
    expect(await lastYear.textContent()).toContain(SEED_PROSE.problems);
    const problems = section.getByLabel('五、存在的主要问题及改进情况');
    expect(await problems.inputValue()).toBe('');
    // This year's 五 is written beside last year's, answering it.
    await problems.fill(PROBLEMS_2024);
    await expect.poll(async () => (await app.services.call('reports.open', { reportId: ids.county2024 })).report.sections.problems).toBe(PROBLEMS_2024);
    expect(await lastYear.textContent()).toContain(SEED_PROSE.problems);
    await section.scrollIntoViewIfNeeded();
    await page.locator('.editor-scroll').evaluate((el) => {
      const target = document.getElementById('section-problems')!;
      el.scrollTop += target.getBoundingClientRect().top - el.getBoundingClientRect().top - 16;
    });
    await screenshot(page, '06-prose-last-year');
  });

  it('inserts the sentence built from table 三 into 一 from the menu, and the sentence is saved', async () => {
    const { page } = app;
    const before = await app.services.call('reports.open', { reportId: ids.county2024 });
    const expected = suggestSentences(before.report).find((s) => s.key === 'applications')!.text;
    // The sentence reads the carried-over applications.
    expect(expected).toContain('上年结转2件');
    const section = page.locator('#section-overview');
    await section.getByRole('button', { name: '插入根据表格生成的句子' }).click();
    await page.getByRole('menuitem', { name: '依申请公开：收到和办理情况' }).click();
    const overview = section.getByLabel('一、总体情况');
    await expect.poll(() => overview.inputValue()).toBe(expected);
    await expect.poll(async () => (await app.services.call('reports.open', { reportId: ids.county2024 })).report.sections.overview).toBe(expected);
  });

  it('previews the report as printed: the title, the table headings and labels, and the figures', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '预览' }).click();
    const paper = page.locator('.preview-paper');
    await paper.waitFor();
    expect(await reportIdInAddress(page)).toBe(ids.county2024);
    expect(await page.evaluate(() => location.hash)).toContain('view=preview');
    expect((await paper.locator('h1').textContent())?.replace(/\s+/g, '')).toBe(`${COUNTY}2024年政府信息公开工作年度报告`);
    const text = (await paper.textContent()) ?? '';
    for (const layout of TABLE_LAYOUTS) expect(text).toContain(layout.heading);
    for (const label of ['第二十条第（一）项', '行政规范性文件', '现行有效件数', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（七）总计', '未经复议直接起诉']) {
      expect(text, label).toContain(label);
    }
    expect(text).toContain(expectedOverview(await app.services.call('reports.open', { reportId: ids.county2024 })));
    expect((await paper.locator('td[data-cell="active.normativeDocuments.inForce"]').textContent())?.trim()).toBe('11');
    expect((await paper.locator('td[data-cell="applications.carriedOver.total"]').textContent())?.trim()).toBe('2');
    // 三、本年度办理结果 stands one character under another, legible: a column as tall as its nine characters.
    const vertical = paper.locator('.preview-vertical').first();
    expect(await vertical.textContent()).toBe('三、本年度办理结果');
    const box = (await vertical.boundingBox())!;
    const fontSize = await vertical.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(box.height).toBeGreaterThanOrEqual(9 * fontSize);
    expect(box.width).toBeLessThan(2 * fontSize);
    await screenshot(page, '09-preview');
    await page.getByRole('button', { name: '返回编辑' }).click();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});

/** The saved text of 一 (the inserted sentence), as the preview prints it. */
const expectedOverview = (detail: { report: Report }): string => detail.report.sections.overview.trim();
