import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../support/services.js';

const GBK_CSV = readFileSync(fileURLToPath(new URL('../fixtures/ledger/title-row-gbk.csv', import.meta.url))).toString('base64');
const PERSONAL = ['张某', '李某', '王某', '赵某', '某某律师事务所'];

describe('the ledger in the records', () => {
  let s: TestServices;
  let agencyId: number;
  let reportId: number;

  beforeAll(async () => {
    s = openTestServices();
    agencyId = (await s.call('agencies.create', { name: '某县自然资源局', level: 'department' })).id;
    reportId = (await s.call('reports.create', { agencyId, year: 2024, start: 'blank' })).summary.id;
  });
  afterAll(() => s.remove());

  it('reads a file for the mapping step: header row and columns as people count them, problems by row', async () => {
    const preview = await s.call('ledger.readFile', { fileName: 'C:\\台账\\title-row-gbk.csv', base64: GBK_CSV });
    expect(preview).toMatchObject({ fileName: 'title-row-gbk.csv', headerRow: 2, recordCount: 6, missingColumns: null });
    expect(preview.mapping).toMatchObject({ receivedDate: 2, applicantName: 3, applicantType: 4, result: 6, replyDate: 7 });
    expect(preview.problems.map((p) => [p.kind, p.row])).toEqual([['unmapped', 8]]);
    expect(preview.rows[0]![0]).toContain('台账');
  });

  it('imports the rows, tallies them for the report and makes L-1 speak when table 三 differs', async () => {
    const { imported, view } = await s.call('ledger.importFile', { agencyId, mode: 'replace', fileName: '台账.csv', base64: GBK_CSV });
    expect(imported).toBe(6);
    expect(view.entries.map((e) => e.row)).toEqual([1, 2, 3, 4, 5, 6]);
    const { tally } = await s.call('ledger.tallyForReport', { reportId });
    expect(tally).toMatchObject({ year: 2024, rows: 6, counted: 5 });
    expect(tally!.cells['applications.received.total']).toBe(4);
    const check = await s.call('reports.check', { reportId });
    expect(check.findings.filter((f) => f.rule === 'L-1').length).toBeGreaterThan(0);
    const edits = Object.entries(tally!.cells).map(([cellId, value]) => ({ cellId, value }));
    const after = await s.call('reports.editCells', { reportId, edits });
    expect(after.findings.filter((f) => f.rule === 'L-1')).toEqual([]);
    // A ledger row changes: the table no longer matches.
    const first = view.entries[0]!;
    await s.call('ledger.editCells', { agencyId, edits: [{ entryId: first.id, field: 'result', value: '部分公开' }] });
    const changed = await s.call('reports.check', { reportId });
    expect(changed.findings.filter((f) => f.rule === 'L-1').map((f) => f.cells)).toEqual([
      ['applications.granted.natural', 'applications.granted.total'],
      ['applications.partlyGranted.natural', 'applications.partlyGranted.total'],
    ]);
  });

  it('takes the clerk’s column mapping and refuses a file without the needed columns in Chinese', async () => {
    const csv = Buffer.from('日期,类型,结论,回函\n2024-03-01,个人,予以公开,2024-03-05\n').toString('base64');
    const refused = await s.raw('ledger.importFile', { agencyId, mode: 'append', fileName: '自制.csv', base64: csv });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    const mapped = await s.call('ledger.importFile', {
      agencyId,
      mode: 'append',
      fileName: '自制.csv',
      base64: csv,
      headerRow: 1,
      mapping: { receivedDate: 1, applicantType: 2, result: 3, replyDate: 4 },
    });
    expect(mapped.imported).toBe(1);
    expect(mapped.view.entries.at(-1)!.cells).toMatchObject({ receivedDate: '2024-03-01', result: '予以公开' });
  });

  it('adds, edits and deletes rows, keeping row numbers 1…n', async () => {
    const { entries } = await s.call('ledger.addRows', { agencyId, rows: [{ receivedDate: '2024-05-06', applicantType: '个人' }, {}] });
    expect(entries.map((e) => e.row)).toEqual([8, 9]);
    const view = await s.call('ledger.deleteRows', { agencyId, entryIds: [entries[0]!.id] });
    expect(view.entries.map((e) => e.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps holiday schedules the office adds, and refuses a day both off and on', async () => {
    const schedules = await s.call('ledger.addSchedule', { year: 2027, source: '本单位录入', holidays: ['2027-01-01'], workdays: [] });
    expect(schedules.added.map((a) => a.year)).toEqual([2027]);
    expect(schedules.shippedYears).toContain(2026);
    const refused = await s.raw('ledger.addSchedule', { year: 2027, source: 'x', holidays: ['2027-02-06'], workdays: ['2027-02-06'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
  });

  it('never writes an applicant’s name or contact into the audit log', async () => {
    const log = JSON.stringify(await s.call('audit.history', { limit: 5000 }));
    expect(log).toContain('导入台账');
    for (const name of PERSONAL) expect(log).not.toContain(name);
  });

  it('without last year’s ledger, offers last year’s report’s 四 as 二、上年结转', async () => {
    const agency = (await s.call('agencies.create', { name: '某县教育局', level: 'department' })).id;
    const last = (await s.call('reports.create', { agencyId: agency, year: 2023, start: 'blank' })).summary.id;
    await s.call('reports.editCells', { reportId: last, edits: [{ cellId: 'applications.carriedForward.natural', value: 2 }, { cellId: 'applications.carriedForward.total', value: 2 }] });
    const next = (await s.call('reports.create', { agencyId: agency, year: 2024, start: 'blank' })).summary.id;
    await s.call('ledger.addRows', { agencyId: agency, rows: [{ receivedDate: '2024-03-01', applicantType: '个人', result: '予以公开', replyDate: '2024-03-05' }] });
    const { carriedOverFromLastReport } = await s.call('ledger.tallyForReport', { reportId: next });
    expect(carriedOverFromLastReport).toMatchObject({ 'applications.carriedOver.natural': 2, 'applications.carriedOver.total': 2 });
  });
});
