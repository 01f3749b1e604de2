/**
 * The 汇总 screen in real Chromium against the real services and SQLite (loopback bridge, no mocks): a county
 * office imports its roster, receives a folder of its units' files (one PDF, a draft superseded by the signed
 * report, a report changed after signing, a damaged file, a file over the cap), sees the missing and faulty
 * units, drills from a summed cell to its units, opens a unit, exports the .xlsx (read back here), receives a
 * corrected file, and keeps a unit's signing key with the roster: trusted from the unit's row after comparing
 * its fingerprint, then a file signed with another key stands out (密钥与上次不同).
 */
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { keyFingerprint, newKeyPair, signSignoff, type KeyPair } from '../../shared/report/signature.js';
import { cleanReport, makeCounty, sign } from '../support/county.js';
import { seededRandom } from '../support/random.js';
import { writeCountyFolder, type CountyFolder } from '../support/countyFolder.js';
import { runningApp, screenshot } from './support/app.js';

let root: string;
let folder: CountyFolder;
let saveAs = '';
const county = makeCounty();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'nianbao-e2e-rollup-'));
  const dir = join(root, 'U盘');
  await mkdir(dir);
  folder = await writeCountyFolder(dir, { extras: false });
  await writeFile(join(dir, '部门', '县水利局.nianbao.json'), '{"format":"nianbao-report","agency":"县水利局"');
  await writeFile(join(dir, '部门', '扫描件.pdf'), '');
  await truncate(join(dir, '部门', '扫描件.pdf'), 9 * 1024 * 1024);
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the 汇总 screen in Chromium', () => {
  const app = runningApp({ dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => saveAs } });

  it('receives a folder: missing and faulty units shown, the rest counted', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '汇总各单位报告…' }).click();
    await page.getByRole('button', { name: '接收文件夹…' }).waitFor();
    await page.getByLabel('选择名单').setInputFiles(folder.rosterFile);
    await page.locator('tr[data-unit="县统计局"]').waitFor();
    await page.getByLabel('选择文件夹').setInputFiles(folder.dir);
    const outcomes = page.locator('.rollup-outcomes');
    await expect.poll(() => outcomes.textContent(), { timeout: 60_000 }).toContain('接收结果');
    const text = (await outcomes.textContent())!;
    expect(text).toContain('“U盘/部门/县水利局.nianbao.json”'); // the path inside the picked folder, with its name
    expect(text).toContain('过大（9.0 MB）');
    expect(text).toContain('仍以那份为准'); // the old draft of 县教育局 after its signed report
    const row = (name: string) => page.locator(`tr[data-unit="${name}"]`);
    for (const missing of county.missing) expect(await row(missing).textContent()).toContain('未报送');
    expect(await row(county.tampered).textContent()).toContain('不符');
    expect(await row(county.tampered).textContent()).toContain('未计入');
    expect(await row('示例县人民政府').textContent()).toContain('已签发');
    expect(await page.locator('.rollup-summary').textContent()).toContain(`计入 ${county.counted.length} 个单位`);
    await screenshot(page, '20-rollup-units', { fullPage: true });
  });

  it('drills from a summed cell to the units that make it up, and opens one read-only', async () => {
    const { page } = app;
    const view = await app.services.call('rollup.view', { year: 2024 });
    await page.getByRole('tab', { name: '汇总表' }).click();
    const cell = page.locator('.rollup-tables td[data-cell="active.licensing.decisions"]');
    expect((await cell.textContent())!.replace(/,/g, '')).toBe(String(view.rollup.cells['active.licensing.decisions']));
    await cell.click();
    const parts = page.locator('.rollup-contributions tbody tr');
    await expect.poll(() => parts.count()).toBeGreaterThan(5);
    const values = (await page.locator('.rollup-contributions tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(values.reduce((a, b) => a + b, 0)).toBe(view.rollup.cells['active.licensing.decisions']);
    await screenshot(page, '21-rollup-drilldown');
    await page.locator('.rollup-contributions tbody tr').first().getByRole('button').click();
    const drawer = page.locator('.rollup-unit');
    await expect.poll(() => drawer.textContent()).toContain('只读查看');
    expect(await drawer.locator('td[data-cell="active.licensing.decisions"]').count()).toBe(1);
    expect(await drawer.locator('.rollup-history tbody tr').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '22-rollup-unit');
    // The whole report as printed, prose included.
    await drawer.getByRole('tab', { name: '全文（如打印）' }).click();
    await expect.poll(() => drawer.locator('.preview-paper').textContent()).toContain('一、总体情况');
    await page.keyboard.press('Escape');
    await page.locator('.rollup-unit').waitFor({ state: 'hidden' });
  });

  it('exports the .xlsx for the leaders (read back here)', async () => {
    const { page } = app;
    saveAs = join(root, '汇总.xlsx');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('已导出');
    const sheets = await readXlsxFile(await readFile(saveAs));
    expect(sheets.map((s) => s.sheet)).toEqual(['二、主动公开', '三、依申请公开', '四、复议诉讼', '单位']);
    const view = await app.services.call('rollup.view', { year: 2024 });
    expect(sheets[0]!.data.flat()).toContain(view.rollup.cells['active.penalties.decisions']);
    expect(sheets[3]!.data.map((r) => r[0])).toEqual(expect.arrayContaining(['县统计局', county.tampered]));
  });

  it('receives a corrected file: it replaces the older one, and the history shows both', async () => {
    const { page } = app;
    const unit = county.units.find((u) => u.report.agency === '县公安局')!;
    const corrected = sign({ ...unit.report, cells: { ...unit.report.cells, 'active.licensing.decisions': 4321 } }, '2025-01-28T09:00:00+08:00');
    const file = join(root, '县公安局-更正.nianbao.json');
    await writeFile(file, writeExchangeText(corrected));
    await page.getByRole('tab', { name: /单位/ }).click();
    await page.getByLabel('选择文件', { exact: true }).setInputFiles(file);
    await expect.poll(() => page.locator('.rollup-outcomes').textContent()).toContain('更正文件');
    const row = page.locator('tr[data-unit="县公安局"]');
    await expect.poll(() => row.textContent()).toContain('第2份');
    await row.getByRole('button', { name: '县公安局', exact: true }).click();
    const history = page.locator('.rollup-unit .rollup-history tbody tr');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.nth(0).textContent()).toContain('已被替换');
    expect(await history.nth(1).textContent()).toContain('现用');
    await screenshot(page, '23-rollup-corrected', { withoutMessages: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('security: shows each unit’s signature; a unit’s key is trusted from its row; a later file with another key stands out', async () => {
    const { page } = app;
    await page.keyboard.press('Escape'); // the unit opened by the test before
    await page.locator('.rollup-unit').waitFor({ state: 'hidden' });
    const signedBy = (keys: KeyPair, signedAt: string): Report => {
      const report = cleanReport('县民政局', 'department', 2024, seededRandom(5));
      return { ...report, signoff: signSignoff({ drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt, fingerprint: reportFingerprint(report) }, keys) };
    };
    const sendFile = async (name: string, report: Report) => {
      const file = join(root, name);
      await writeFile(file, writeExchangeText(report));
      await page.getByLabel('选择文件', { exact: true }).setInputFiles(file);
    };
    const unitKeys = newKeyPair();
    const row = page.locator('tr[data-unit="县民政局"]');
    expect(await page.locator('.rollup-units th').allTextContents()).toContain('签名');
    expect(await page.locator('tr[data-unit="县公安局"] .signature-tag').textContent()).toBe('无数字签名'); // the county's files carry fingerprints only

    await sendFile('县民政局-签名.nianbao.json', signedBy(unitKeys, '2025-01-26T09:00:00+08:00'));
    await expect.poll(() => row.locator('.signature-tag').textContent()).toBe('密钥未确认');
    await row.getByRole('button', { name: '县民政局的操作' }).click();
    await page.getByRole('menuitem', { name: '信任此单位的密钥…' }).click();
    const dialog = page.locator('.rollup-trust-key');
    await expect.poll(() => dialog.textContent()).toContain(keyFingerprint(unitKeys.publicKey));
    await screenshot(page, '65-rollup-trust-key', { withoutMessages: true });
    await dialog.getByRole('button', { name: '已核对一致，信任此密钥' }).click();
    await expect.poll(() => row.locator('.signature-tag').textContent()).toBe('签名有效');
    expect((await app.services.call('keys.list', {})).trusted).toEqual([expect.objectContaining({ publicKey: unitKeys.publicKey, name: '县民政局', source: 'file' })]);

    // A correction signed with another key: it stands out in the row, the summary and the unit.
    await sendFile('县民政局-再次更正.nianbao.json', signedBy(newKeyPair(), '2025-02-02T09:00:00+08:00'));
    await expect.poll(() => row.locator('.rollup-key-warning').textContent()).toBe('密钥与上次不同');
    expect(await row.locator('.signature-tag').textContent()).toBe('密钥未确认');
    expect(await page.locator('.rollup-summary').textContent()).toContain('签名密钥与上次不同');
    await screenshot(page, '66-rollup-signatures', { fullPage: true, withoutMessages: true });
    await row.getByRole('button', { name: '县民政局', exact: true }).click();
    const drawer = page.locator('.rollup-unit');
    await expect.poll(() => drawer.locator('.rollup-unit-key-warning').textContent()).toContain(keyFingerprint(unitKeys.publicKey));
    expect(await drawer.locator('.signature-notice').textContent()).toContain('签名密钥尚未经本机确认');
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
});
