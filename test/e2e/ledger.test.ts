/**
 * The 依申请公开 ledger in real Chromium against the real services and SQLite: a clerk imports the office's
 * workbook (a title row, a result column the program does not recognise), fixes the mapping, sees the overdue
 * replies, fills table 三 of the draft from the ledger, changes a ledger row and sees rule L-1 on the cells.
 */
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { runningApp, screenshot } from './support/app.js';
import { cellText } from './support/grid.js';

type Cell = { value: string | Date; type: typeof String | typeof Date; format?: string } | null;
const t = (value: string): Cell => (value === '' ? null : { value, type: String });
const d = (iso: string): Cell => ({ value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' });

async function officeWorkbook(): Promise<Buffer> {
  const rows: Cell[][] = [
    [t('某县自然资源局2024年依申请公开登记表')],
    ['收到日期', '申请人类型', '结论', '答复日期', '姓名'].map(t),
    [d('2024-03-01'), t('个人'), t('予以公开'), d('2024-03-10'), t('张三')],
    [t('2024年4月1日'), t('企业'), t('部分公开'), t('2024/4/30'), t('某公司')], // deadline 29 April: one working day late
    [t('2024.11.01'), t('个人'), t(''), t(''), t('李四')], // no reply by 31 December: overdue
    [t('2024-05-06'), t('外星人'), t('予以公开'), t('2024-05-10'), t('王五')], // an applicant type that maps to nothing
    [t('2023-12-20'), t('个人'), t('无法提供-本机关不掌握相关政府信息'), t('2024-01-05'), t('赵六')], // carried over
  ];
  return (await writeExcelFile(rows as never).toBuffer()) as Buffer;
}

describe('the ledger in Chromium', () => {
  const app = runningApp();
  let reportId = 0;

  it('imports a workbook after the clerk fixes the mapping, lists the unmappable row by its row number', async () => {
    const { page, services } = app;
    const agency = await services.call('agencies.create', { name: '某县自然资源局', level: 'department' });
    reportId = (await services.call('reports.create', { agencyId: agency.id, year: 2024, start: 'blank' })).summary.id;
    await page.reload();
    await page.getByRole('button', { name: '依申请公开台账' }).click();
    await page.getByText('申请人姓名和联系方式属于个人信息').waitFor();
    await page.getByRole('button', { name: '导入台账…' }).click();
    await page.getByLabel('选择台账文件').setInputFiles({ name: '登记表.xlsx', mimeType: 'application/octet-stream', buffer: await officeWorkbook() });
    // The title row is skipped, the header found on row 2; 结论 is not a word the program knows for the result.
    await page.getByText('还缺少必需的列').waitFor();
    expect(await page.getByLabel('表头行号').inputValue()).toBe('2');
    await page.getByLabel('办理结果取自').click();
    await page.locator('.ant-select-item-option[title="C列 · 结论"]').click();
    await expect.poll(() => page.getByText('还缺少必需的列').count()).toBe(0);
    await page.getByText('第6行：申请人类型“外星人”对应不到表三的列').waitFor();
    await screenshot(page, '40-ledger-import-mapping');
    await page.getByRole('button', { name: /追加到台账（5行）/ }).click();
    await page.locator('.ledger-grid tr[data-row="5"]').waitFor();
    const view = await services.call('ledger.open', { agencyId: agency.id });
    expect(view.entries.map((e) => e.cells.result)).toEqual(['予以公开', '部分公开', '', '予以公开', '无法提供-本机关不掌握相关政府信息']);
    expect(await page.locator('.ledger-summary').textContent()).toContain('计入表三4行');
  });

  it('shows the overdue replies under the 逾期 filter, with their deadlines', async () => {
    const { page } = app;
    await page.locator('.ant-segmented').getByText('逾期', { exact: true }).click();
    await expect.poll(() => page.locator('.ledger-grid tbody tr').count()).toBe(2);
    const text = await page.locator('.ledger-grid tbody').textContent();
    expect(text).toContain('2024年4月29日'); // 20 working days after 1 April 2024 (Qingming off, Sunday 7 April worked)
    expect(text).toContain('已逾期');
    expect(await page.locator('.ledger-summary').textContent()).toContain('逾期答复2件');
    await screenshot(page, '41-ledger-overdue');
    await page.locator('.ant-segmented').getByText('全部', { exact: true }).click();
    await screenshot(page, '42-ledger-grid');
  });

  it('fills table 三 of the draft from the ledger, then flags with L-1 a ledger row changed afterwards', async () => {
    const { page, address } = app;
    await page.goto(`${address}&report=${reportId}`);
    await page.getByRole('button', { name: '台账操作' }).click();
    await page.getByRole('menuitem', { name: '由台账生成表三…' }).click();
    await page.getByText('表三的全部175格将被替换').waitFor();
    await screenshot(page, '43-ledger-fill-confirm');
    await page.getByRole('button', { name: '填写表三' }).click();
    await expect.poll(() => cellText(page, 'applications.received.total')).toBe('3');
    expect(await cellText(page, 'applications.carriedOver.natural')).toBe('1');
    expect(await cellText(page, 'applications.partlyGranted.commercial')).toBe('1');
    expect(await cellText(page, 'applications.carriedForward.natural')).toBe('1');
    expect(await page.locator('body').textContent()).not.toContain('与依申请公开台账的统计不一致');
    // Undo puts the table back in one step.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => cellText(page, 'applications.received.total')).toBe('0');
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => cellText(page, 'applications.received.total')).toBe('3');

    // The clerk corrects a ledger row: the first reply was in fact a partial one.
    await page.getByRole('button', { name: '台账', exact: true }).click();
    const result = page.locator('.ledger-grid tr[data-row="1"] td[data-field="result"]');
    await result.dblclick();
    await page.getByLabel('第1行办理结果').fill('部分公开');
    await page.getByLabel('第1行办理结果').press('Enter');
    await expect.poll(async () => (await app.services.call('ledger.open', { agencyId: 1 })).entries[0]!.cells.result).toBe('部分公开');
    await page.getByRole('button', { name: '返回报告' }).click();
    await page.getByText('三、「（一）予以公开」行与依申请公开台账的统计不一致').first().waitFor();
    const check = await app.services.call('reports.check', { reportId });
    expect(check.findings.filter((f) => f.rule === 'L-1').map((f) => f.cells[0])).toEqual(['applications.granted.natural', 'applications.partlyGranted.natural']);
    await screenshot(page, '44-ledger-l1-warning');
  });

  it('pastes a block copied from Excel into the ledger: the rows past the end are added', async () => {
    const { page, services } = app;
    await page.getByRole('button', { name: '台账', exact: true }).click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('.ledger-grid tr[data-row="5"] td[data-field="receivedDate"]').click();
    await page.evaluate(() => navigator.clipboard.writeText('2023-12-20\t个人\r\n2024-06-03\t科研机构\t某研究报告\r\n'));
    await page.keyboard.press('Control+V');
    await page.locator('.ledger-grid tr[data-row="6"]').waitFor();
    const entries = (await services.call('ledger.open', { agencyId: 1 })).entries;
    expect(entries).toHaveLength(6);
    expect(entries[5]!.cells).toMatchObject({ receivedDate: '2024-06-03', applicantType: '科研机构', subject: '某研究报告' });
    expect(entries[4]!.cells.receivedDate).toBe('2023-12-20');
    // F2 edits a cell (Chinese goes through the input method); Ctrl+Z puts it back, Ctrl+Y again.
    const notes = page.locator('.ledger-grid tr[data-row="5"] td[data-field="notes"]');
    await notes.click();
    await page.keyboard.press('F2');
    await page.getByLabel('第5行备注').waitFor();
    await page.keyboard.insertText('补正');
    await page.keyboard.press('Enter');
    const notesOf5 = async () => (await services.call('ledger.open', { agencyId: 1 })).entries[4]!.cells.notes;
    await expect.poll(notesOf5).toBe('补正');
    await notes.click();
    await page.keyboard.press('Control+Z');
    await expect.poll(notesOf5).toBe('');
    await page.keyboard.press('Control+Y');
    await expect.poll(notesOf5).toBe('补正');
    expect(app.pageErrors).toEqual([]);
  });
});
