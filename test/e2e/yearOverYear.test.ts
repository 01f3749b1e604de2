/**
 * Last year's report in, and beside this year's (issue 15), in real Chromium against the real services: a clerk
 * imports last year's published PDF (printed WPS-style, the agency on its own line above the title, the 前言
 * spaced out by justification), reviews and saves it, carries it forward, and sees last year beside this year —
 * 一 and 六 beside this year's text, the 前言 kept, last year's figure in every cell, the chart over the years —
 * and a figure typed five-fold flagged by I-2. At 1366×768 (office monitors) and 1920×1080.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../fixtures/import/generator/pdf.js';
import { seedPrinted } from '../fixtures/import/generator/model.js';
import { runningApp, screenshot } from './support/app.js';
import { cell, cellText } from './support/grid.js';

const AGENCY = '某某县交通运输局';
const PREAMBLE = '本报告由某某县交通运输局编制。地 址 ：某某县人民路1号 ， 电 话 ：0998-1234567 ， 电子邮箱：jtj@example.gov.cn。统计期限为2023年1月1日至2023年12月31日。';

describe('last year\'s published PDF in, and beside this year\'s', () => {
  const app = runningApp({ viewport: { width: 1366, height: 768 } });

  it('reads the two-line title\'s agency and a clean 前言, and the review fits 1366 px', async () => {
    const { page } = app;
    const pdf = await renderPdf({ ...seedPrinted(), agency: AGENCY, issuer: AGENCY, preamble: PREAMBLE }, { twoLineTitle: true });
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '2023年政府信息公开工作年度报告.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    expect(await page.getByLabel('机关名称').inputValue()).toBe(AGENCY);
    expect(await page.getByText('原文中没有找到机关名称').count()).toBe(0);
    expect(await page.getByLabel('前言').inputValue()).toContain('地址：某某县人民路1号，电话：');
    // Table 四's last column is inside the window at 1366 px.
    const last = await cell(page, 'appeals.litigationAfterReview.total').boundingBox();
    expect(last).not.toBeNull();
    expect(last!.x + last!.width).toBeLessThanOrEqual(1366 - 250);
    expect(await page.evaluate(() => document.querySelector('.import-main')!.scrollWidth <= document.querySelector('.import-main')!.clientWidth)).toBe(true);
    await page.mouse.move(5, 5);
    await screenshot(page, '50-import-two-line-title-1366');
    await page.locator('#import-appeals').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, '50-import-review-table4-1366');
  });

  it('saves it, carries it forward, and shows last year beside this year with the chart', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '保存为已发布的报告' }).click();
    const next = page.getByRole('button', { name: '创建 2024 年度草稿（结转上年数字）' });
    await next.waitFor();
    await next.click();
    await page.locator('td[data-cell="applications.carriedOver.natural"]').waitFor();

    // The 前言 stays (address, telephone, e-mail), its statistical period moved to 2024.
    const preamble = await page.getByLabel('前言', { exact: true }).inputValue({ timeout: 5000 });
    expect(preamble).toContain('电话：0998-1234567');
    expect(preamble).toContain('2024年1月1日至2024年12月31日');
    expect(await page.getByLabel('落款单位', { exact: true }).inputValue({ timeout: 5000 })).toBe(AGENCY);
    // 一、五、六 of last year beside this year's.
    expect(await page.getByText('2023 年度报告的这一部分（只读，供对照）').count()).toBe(3);
    // The chart of the key figures over the two years.
    await page.locator('.year-chart svg').waitFor({ timeout: 10_000 });
    expect(await page.locator('.year-chart').getAttribute('aria-label', { timeout: 5000 })).toContain('2023年度新收申请2件');

    // Last year's figure of a cell on hover, and in every cell with the overlay on.
    // Hovered again until the page has settled (the chart takes its height when its series arrive).
    await expect
      .poll(
        async () => {
          // Away first: hover() scrolls the cell into view, and a scroll closes the hint (as it should).
          await page.mouse.move(5, 5);
          await cell(page, 'active.licensing.decisions').hover({ timeout: 2000 });
          return page.locator('.cell-hint').textContent({ timeout: 1000 }).catch(() => '');
        },
        { timeout: 15_000 },
      )
      .toContain('2023年度：33959');
    await page.getByRole('switch', { name: '在表格中显示上年数' }).click({ timeout: 5000 });
    await expect.poll(() => cell(page, 'active.penalties.decisions').textContent({ timeout: 1000 }), { timeout: 10_000 }).toContain('上年 229909');
    expect(await cellText(page, 'active.penalties.decisions')).toBe('0');
  });

  it('flags a figure typed five-fold against last year (I-2), and shows it at 1366×768 and 1920×1080', async () => {
    const { page } = app;
    await cell(page, 'active.licensing.decisions').dblclick();
    await page.getByLabel('编辑单元格').fill('339590');
    await page.keyboard.press('Enter');
    const finding = page.locator('.finding').filter({ hasText: 'I-2' });
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toContain('本年339590，2023年度为33959');
    await finding.getByRole('button').first().click();
    await expect.poll(() => cell(page, 'active.licensing.decisions').getAttribute('class')).toContain('grid-selected');

    await page.locator('.year-over-year').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.mouse.move(5, 5);
    await screenshot(page, '50-year-over-year-1366', { withoutMessages: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.year-over-year').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, '50-year-over-year-1920');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });

  it('a signed report that refuses typing says so in one toast, not one per key', async () => {
    const { page } = app;
    const [, published] = (await app.services.call('reports.list', {})).sort((a, b) => b.year - a.year);
    await page.goto(`${app.address}&report=${published!.id}`);
    await cell(page, 'active.licensing.decisions').click();
    await page.keyboard.type('12345');
    await expect.poll(() => page.locator('.ant-message-notice').count()).toBeGreaterThan(0);
    expect(await page.locator('.ant-message-notice').count()).toBe(1);
    expect(await page.locator('.ant-message-notice').textContent()).toContain('报告已签发，只能查看');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
  it('a likely agency chosen in the review brings its last year, so C-1 is checked there too', async () => {
    const { page } = app;
    await page.goto(app.address);
    // Next year's file of the same office, printed with one character of its name different.
    const printed = seedPrinted();
    const likely = '某某县交通运输所';
    const cells = { ...printed.cells, 'applications.carriedOver.natural': 3, 'applications.carriedOver.total': 3 };
    const pdf = await renderPdf({ ...printed, year: 2024, date: '2025-01-20', printedDate: '2025年1月20日', agency: likely, issuer: likely, cells });
    await page.getByRole('button', { name: '导入已发布的报告…' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '2024年报.pdf', mimeType: 'application/pdf', buffer: pdf });
    const choose = page.getByRole('button', { name: `是，归入“${AGENCY}”` });
    await choose.waitFor();
    const carryOver = page.locator('.finding').filter({ hasText: 'C-1' });
    expect(await carryOver.count()).toBe(0);
    await choose.click();
    // 2023 carried 0 applications forward; this file says 3 were carried over.
    await expect.poll(() => carryOver.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await carryOver.first().textContent()).toContain('上年');
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
