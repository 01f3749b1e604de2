/**
 * The editor in real Chromium against the real services and SQLite (through the loopback bridge, no mocks): a
 * clerk creates a report, types the seed report's figures with the keyboard only, pastes a block copied from
 * Excel, breaks a 勾稽 on purpose and sees the right cells and message, fixes it, dismisses a warning with a
 * reason, reloads and finds everything as it was.
 */
import { describe, expect, it } from 'vitest';
import { APPLICANT_PART_COLUMNS, CELL_IDS } from '../../shared/catalogue/cells.js';
import { isComputedTotal } from '../../shared/report/totals.js';
import { SEED_FIGURES } from '../support/reports.js';
import { runningApp, screenshot } from './support/app.js';
import { cell, cellText, focusedCell, shownCells, typeFiguresByKeyboard } from './support/grid.js';

const AGENCY = '巴楚县人民政府';
/** Our own prose (the rules read the 受理…2件 and 未引起行政诉讼或复议 statements). */
const OVERVIEW = '2023年，本机关共受理政府信息公开申请2件，均按期答复，未引起行政诉讼或复议。';
const PROBLEMS = '主要问题是栏目更新不够及时。下一步将完善审核机制，加强业务培训。';
const OTHER_WITHOUT_FEE = '本年度无其他需要报告的事项。';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
};

describe('the editor in Chromium', () => {
  const app = runningApp();
  let reportId = 0;

  it('creates a report from the start screen for a new agency', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建报告' }).click();
    await page.getByLabel('机关名称').fill(AGENCY);
    await page.getByLabel('机关类别').click();
    await page.getByTitle('县级人民政府（县、县级市、市辖区）').click();
    const year = page.getByLabel('报告年度');
    await year.fill('2023');
    await screenshot(page, '02-new-report');
    await page.getByRole('button', { name: '创建' }).click();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    reportId = Number(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('report'));
    expect(reportId).toBeGreaterThan(0);
    const stored = await app.services.call('reports.open', { reportId });
    expect(stored.report.agency).toBe(AGENCY);
    expect(stored.report.year).toBe(2023);
    expect(stored.summary.status).toBe('draft');
  });

  it("takes the whole seed report's figures from the keyboard alone, with totals filled by themselves", async () => {
    const { page } = app;
    // From the text of 一 the Tab key reaches the tables: no mouse.
    await page.getByLabel('一、总体情况').focus();
    await page.keyboard.type(OVERVIEW);
    await page.keyboard.press('Tab');
    expect(await focusedCell(page)).toBe('active.regulations.issued');
    const typed = await typeFiguresByKeyboard(page, SEED_FIGURES);
    expect(typed).toBe(CELL_IDS.filter((id) => !isComputedTotal(id)).length);
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    const shown = await shownCells(page);
    for (const id of CELL_IDS) expect(shown[id], id).toBe(String(SEED_FIGURES[id] ?? 0));
    // Saved, not just shown: the records hold every figure, totals included.
    const stored = await app.services.call('reports.open', { reportId });
    for (const id of CELL_IDS) expect(stored.report.cells[id], id).toBe(SEED_FIGURES[id] ?? 0);
    expect(stored.findings.filter((f) => f.rule.startsWith('R'))).toEqual([]);
    await expect.poll(() => cell(page, 'applications.resultsTotal.total').getAttribute('class')).toContain('grid-computed');
  }, 120_000);

  it('pastes a 7-column block copied from Excel at the selected cell, and undoes it as one step', async () => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await cell(page, 'applications.carriedOver.natural').click();
    // Excel copies rows as tab-separated values with CRLF line ends and a trailing line end.
    await page.evaluate(() => navigator.clipboard.writeText('3\t1\t0\t0\t0\t0\t4\r\n'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => cellText(page, 'applications.carriedOver.commercial')).toBe('1');
    expect(await cellText(page, 'applications.carriedOver.natural')).toBe('3');
    expect(await cellText(page, 'applications.carriedOver.total')).toBe('4');
    // 一＋二 no longer equals 三＋四: R3-1 flags the 自然人 column.
    await expect.poll(() => cell(page, 'applications.carriedForward.natural').getAttribute('class')).toContain('grid-error');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cellText(page, 'applications.carriedOver.natural')).toBe('0');
    expect(await cellText(page, 'applications.carriedOver.total')).toBe('0');
    await expect.poll(() => cell(page, 'applications.carriedForward.natural').getAttribute('class')).not.toContain('grid-error');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => cellText(page, 'applications.carriedOver.natural')).toBe('3');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cellText(page, 'applications.carriedOver.natural')).toBe('0');
  });

  it('flags the right cells with the right message when a total is typed wrong, and clears them when fixed', async () => {
    const { page } = app;
    await cell(page, 'applications.received.total').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    const total = cell(page, 'applications.received.total');
    await expect.poll(() => total.getAttribute('class')).toContain('grid-error');
    expect(await total.getAttribute('class')).toContain('grid-typed-total');
    for (const part of APPLICANT_PART_COLUMNS) {
      expect(await cell(page, `applications.received.${part}`).getAttribute('class'), part).toContain('grid-error');
    }
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await expect.poll(() => panel.textContent()).toContain('总计为5，但自然人至其他六列之和为2，相差3');
    await page.mouse.move(5, 5);
    await total.hover();
    await expect.poll(() => page.locator('.ant-tooltip').last().textContent()).toContain('总计为5');
    await screenshot(page, '04-error-flagged');

    // The finding jumps to its cells.
    await panel.getByText('总计为5，但自然人至其他六列之和为2').first().click();
    expect(await focusedCell(page)).toMatch(/^applications\.received\./);

    await total.click();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => total.getAttribute('class')).not.toContain('grid-error');
    expect(await total.getAttribute('class')).toContain('grid-computed');
    expect(await panel.textContent()).not.toContain('总计为5');
  });

  it('shows who changed the selected cell, when, and from what to what', async () => {
    const { page } = app;
    await cell(page, 'applications.received.total').click();
    await page.getByRole('button', { name: '修改记录' }).click();
    const drawer = page.getByRole('dialog', { name: '修改记录' });
    await expect.poll(() => drawer.textContent()).toContain('5 → 2');
    const text = (await drawer.textContent()) ?? '';
    expect(text).toContain('李文');
    expect(text).toContain('2 → 5');
    expect(text).toContain('选中的单元格');
    await drawer.getByText('整份报告').click();
    await expect.poll(() => drawer.textContent()).toContain('一、总体情况');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
  });

  it('dismisses a warning with a written reason, and the reason is kept', async () => {
    const { page } = app;
    await page.getByLabel('五、存在的主要问题及改进情况').fill(PROBLEMS);
    await page.getByLabel('六、其他需要报告的事项').focus();
    await page.keyboard.type(OTHER_WITHOUT_FEE);
    await page.getByLabel('落款单位').fill(AGENCY);
    await page.getByLabel('成文日期').focus();
    await page.keyboard.type('2024-01-18');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await expect.poll(() => panel.textContent()).toContain('X-3');
    await panel.getByRole('button', { name: '说明理由…' }).first().click();
    await page.getByRole('dialog').getByLabel('理由').fill('本机关本年度未收到需要收费的申请，已在正文说明。');
    await screenshot(page, '05-dismiss-warning');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => panel.textContent()).toContain('已说明理由的警告');
    await expect.poll(() => panel.textContent()).toContain('本机关本年度未收到需要收费的申请');
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    // Ctrl+S, from habit: nothing is lost and the clerk is told saving is automatic.
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('每次修改都会自动保存');
    const stored = await app.services.call('reports.check', { reportId });
    expect(stored.summary.counts).toMatchObject({ errors: 0, warnings: 0, dismissed: 1 });
  });

  it('after a reload shows everything as it was, and measures its own speed', async () => {
    const { page } = app;
    // Sixty more edits that each change a figure (and the findings) for the keystroke timing; the last puts the
    // cell back to 0, so the report is as before.
    await cell(page, 'appeals.review.corrected').click();
    for (let i = 1; i <= 60; i++) {
      await page.keyboard.type(String(i % 60));
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
    }
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(await cellText(page, 'appeals.review.corrected')).toBe('0');
    const before = await shownCells(page);
    const timings = await page.evaluate(() => window.__nianbaoTimings);
    await page.reload();
    await page.locator('td[data-cell="active.regulations.issued"]').waitFor();
    expect(await shownCells(page)).toEqual(before);
    expect(await page.getByLabel('一、总体情况').inputValue()).toBe(OVERVIEW);
    expect(await page.getByLabel('五、存在的主要问题及改进情况').inputValue()).toBe(PROBLEMS);
    expect(await page.getByLabel('六、其他需要报告的事项').inputValue()).toBe(OTHER_WITHOUT_FEE);
    expect(await page.getByLabel('落款单位').inputValue()).toBe(AGENCY);
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await expect.poll(() => panel.textContent()).toContain('本机关本年度未收到需要收费的申请');
    expect(await panel.textContent()).not.toContain('错误');
    await screenshot(page, '03-editor');
    await page.locator('#section-applications').scrollIntoViewIfNeeded();
    await screenshot(page, '03-editor-table-3');

    const ready = await page.evaluate(() => window.__nianbaoTimings?.editorReadyAt ?? null);
    const edits = timings?.edits ?? [];
    expect(edits.length).toBeGreaterThan(60);
    expect(ready).not.toBeNull();
    // Reported in the README, not asserted: one frame is 16 ms; an editor within 1 s.
    console.log(
      `[measured] keystroke → findings on screen: median ${median(edits).toFixed(1)} ms, p95 ${percentile(edits, 0.95).toFixed(1)} ms over ${edits.length} edits; ` +
        `editor interactive ${ready!.toFixed(0)} ms after the page started loading (reload)`,
    );
    expect([...new Set(app.pageErrors)].slice(0, 5)).toEqual([]);
  });
});
