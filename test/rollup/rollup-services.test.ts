/**
 * The 汇总 services on real SQLite through the dispatcher: receiving a county's files (one PDF among them), the
 * roster (imported, added, renamed, not required this year), the view's states, drilling a sum to its units,
 * a corrected file replacing the older one with both kept, the collection surviving a restart, the exports.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import type { RollupView } from '../../shared/rollup/contract.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { makeCounty, sign } from '../support/county.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

const county = makeCounty();
const out = scratchDir();
let saveAs = '';
let services: TestServices;
const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64');

beforeAll(async () => {
  services = openTestServices({ dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => saveAs } });
  const files = [];
  for (const unit of county.units) {
    const pdf = unit.report.agency === '示例县人民政府';
    files.push({ fileName: pdf ? unit.path.replace('.nianbao.json', '.pdf') : unit.path, base64: b64(pdf ? await renderReportPdf(unit.report) : writeExchangeText(unit.report)) });
  }
  files.push({ fileName: '部门/坏文件.json', base64: b64('{"format":"nianbao-report",') });
  const outcomes = [];
  for (let i = 0; i < files.length; i += 10) outcomes.push(...(await services.call('rollup.receive', { files: files.slice(i, i + 10) })).outcomes);
  expect(outcomes.filter((o) => o.outcome === 'unusable')).toHaveLength(1);
  // The old draft of 县教育局 arrives after its signed report: kept in the history, the signed one still counts.
  expect(outcomes.find((o) => o.fileName.includes('旧稿'))).toMatchObject({ outcome: 'kept', agency: county.duplicated });
  await services.call('rollup.roster.import', { fileName: '名单.csv', base64: b64(`名称,类别\n${county.roster.map((e) => `${e.name},${e.level}`).join('\n')}\n`) });
}, 60_000);
afterAll(() => services.remove());

const rowOf = (view: RollupView, name: string) => view.rows.find((r) => r.name === name || r.name.startsWith(name));

describe('the 汇总 services', () => {
  it('shows one row per roster unit with its state, missing ones included', async () => {
    const view = await services.call('rollup.view', { year: 2024 });
    expect(rowOf(view, '县统计局')).toMatchObject({ state: 'missing', receipt: null });
    expect(rowOf(view, '县审计局')).toMatchObject({ state: 'signed', fingerprint: 'mismatch', counted: false });
    expect(rowOf(view, '示例县人民政府')).toMatchObject({ state: 'signed', fingerprint: 'ok', counted: true });
    expect(rowOf(view, '北关街道')).toMatchObject({ state: 'draft', counted: true });
    expect(rowOf(view, county.duplicated)).toMatchObject({ state: 'signed', counted: true, revisions: 2 });
    expect(view.rollup.missing).toEqual(county.missing);
    const receipt = rowOf(view, '县公安局')!.receipt!;
    expect(receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('a later file of the same unit replaces the older one; the history keeps both; the same file twice is noted once', async () => {
    const unit = county.units.find((u) => u.report.agency === '县公安局')!;
    const corrected = sign({ ...unit.report, cells: { ...unit.report.cells, 'active.licensing.decisions': 4321 } }, '2025-01-25T09:00:00+08:00');
    const [again] = (await services.call('rollup.receive', { files: [{ fileName: unit.path, base64: b64(writeExchangeText(unit.report)) }] })).outcomes;
    expect(again!.outcome).toBe('same');
    const [replaced] = (await services.call('rollup.receive', { files: [{ fileName: '县公安局-更正.nianbao.json', base64: b64(writeExchangeText(corrected)) }] })).outcomes;
    expect(replaced).toMatchObject({ outcome: 'replaced', agency: '县公安局' });
    const view = await services.call('rollup.view', { year: 2024 });
    const row = rowOf(view, '县公安局')!;
    expect(row.revisions).toBe(2);
    const unitView = await services.call('rollup.unit', { receiptId: row.receipt!.id });
    expect(unitView.history.map((h) => h.fileName)).toEqual([unit.path, '县公安局-更正.nianbao.json']);
    expect(unitView.history[0]!.replacedBy).toBe(row.receipt!.id);
    expect(unitView.report?.cells['active.licensing.decisions']).toBe(4321);
    const parts = await services.call('rollup.contributions', { year: 2024, cellId: 'active.licensing.decisions' });
    expect(parts.find((p) => p.agency === '县公安局')?.value).toBe(4321);
    expect(parts.reduce((n, p) => n + Number(p.value), 0)).toBe(view.rollup.cells['active.licensing.decisions']);
  });

  it('the roster: add, rename, not required this year; the collection survives a restart', async () => {
    await services.call('rollup.roster.add', { name: '县档案馆', level: 'department' });
    let view = await services.call('rollup.view', { year: 2024 });
    const archive = rowOf(view, '县档案馆')!;
    expect(archive.state).toBe('missing');
    await services.call('rollup.roster.update', { rosterId: archive.rosterId!, name: '县档案局', level: 'department' });
    await services.call('rollup.roster.setRequired', { rosterId: archive.rosterId!, year: 2024, exempt: true });
    const dup = await services.raw('rollup.roster.add', { name: '县档案局', level: null });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    services.reopen();
    view = await services.call('rollup.view', {});
    expect(view.year).toBe(2024);
    expect(rowOf(view, '县档案局')).toMatchObject({ state: 'notRequired' });
    expect(view.rollup.missing).not.toContain('县档案局');
    expect(rowOf(view, '县公安局')!.revisions).toBe(2);
  });

  it('marks a unit as published', async () => {
    const row = rowOf(await services.call('rollup.view', { year: 2024 }), '县财政局')!;
    await services.call('rollup.setPublished', { receiptId: row.receipt!.id, published: true });
    expect(rowOf(await services.call('rollup.view', { year: 2024 }), '县财政局')!.state).toBe('published');
  });

  it('exports the .xlsx (three tables and the units) and the roll-up file', async () => {
    saveAs = join(out, '汇总.xlsx');
    expect(await services.call('rollup.exportXlsx', { year: 2024 })).toEqual({ path: saveAs });
    const sheets = await readXlsxFile(await readFile(saveAs));
    expect(sheets.map((s) => s.sheet)).toEqual(['二、主动公开', '三、依申请公开', '四、复议诉讼', '单位']);
    const view = await services.call('rollup.view', { year: 2024 });
    const flat = sheets[0]!.data.flat();
    expect(flat).toContain(view.rollup.cells['active.licensing.decisions']);
    expect(flat).toContain(view.rollup.cells['active.fees.amount']);
    expect(sheets[3]!.data.length).toBe(view.rows.length + 1);
    saveAs = join(out, '汇总.nianbao-rollup.json');
    await services.call('rollup.exportFile', { year: 2024 });
    expect(JSON.parse(await readFile(saveAs, 'utf8')).cells).toEqual(view.rollup.cells);
  });
});

describe("Node's SHA-256 for the fingerprint", () => {
  it('gives the same answer as the pure check, for intact and changed signed reports and drafts', async () => {
    const { fingerprintMatchesNative } = await import('../../electron/services/rollup/fingerprint.js');
    const { fingerprintMatches } = await import('../../shared/report/fingerprint.js');
    for (const unit of county.units) expect(fingerprintMatchesNative(unit.report)).toBe(fingerprintMatches(unit.report));
    expect(county.units.some((u) => !fingerprintMatchesNative(u.report))).toBe(true);
  });
});
