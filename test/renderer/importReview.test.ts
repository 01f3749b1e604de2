/**
 * The import review screen's pure parts: the file as base64, the draft the person corrects (its findings, its
 * corrections, the save input), whether an existing report may be replaced, the note outlines, and which source
 * lines a note is about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportReview, ReportSummary } from '../../shared/api.js';
import { APPLICANT_COLUMNS, CELL_IDS } from '../../shared/catalogue/cells.js';
import { bytesToBase64, readFileAsBase64 } from '../../renderer/src/import/fileBase64.js';
import { existingMessage, existingReportFor } from '../../renderer/src/import/existingReport.js';
import { correctCells, correctedCells, draftFindings, draftProblems, initialDraft, lastYearFor, lastYearReportId, saveInput } from '../../renderer/src/import/reviewDraft.js';
import { matchAgency } from '../../shared/import/agencyMatch.js';
import { reviewMarks } from '../../renderer/src/import/reviewMarks.js';
import { compactLines, labelCore, linesForNote, noteNeedles } from '../../renderer/src/import/sourceLines.js';
import { seedReport } from '../support/reports.js';

const PARTLY = APPLICANT_COLUMNS.map((c) => `applications.partlyGranted.${c.key}`);
const UNPARSED = { kind: 'unparsed' as const, cells: PARTLY, message: '三、（二）部分公开在原文中有6个数字（3 1 0 0 0 4），应为7个，无法确定各数字所属的列，未读取，请核对原文后填写' };

function review(overrides: Partial<ImportReview> = {}): ImportReview {
  const report = seedReport();
  const cells = { ...report.cells };
  for (const id of PARTLY) cells[id] = null;
  return {
    fileName: '上年年报.txt',
    sha256: 'a'.repeat(64),
    bytes: 100,
    source: { type: 'text', template: 'gov-2021' },
    report: { ...report, cells, signoff: null },
    yearFound: true,
    notes: [UNPARSED],
    findings: [],
    lastYear: null,
    sourceText: { lines: ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）    3    1    0    0    0    4', '（三）不予公开'], truncated: false },
    match: { agencyId: null, existing: null },
    ...overrides,
  };
}

describe('a picked file as base64', () => {
  it('matches Node for every byte value and for a file larger than one chunk', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
    const big = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7919) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
    const docx = readFileSync(new URL('../fixtures/import/template-like.docx', import.meta.url));
    expect(await readFileAsBase64(new Blob([docx]))).toBe(docx.toString('base64'));
  });
});

describe('the review draft', () => {
  it('starts as read: a new agency when the records have none, the year only when the file names it', () => {
    const r = review();
    const draft = initialDraft(r);
    expect(draft.agency).toEqual({ kind: 'new', name: r.report.agency, level: r.report.level });
    expect(draft.year).toBe(r.report.year);
    expect(draft.cells).toEqual(r.report.cells);
    expect(correctedCells(r, draft)).toEqual([]);
    expect(initialDraft(review({ yearFound: false })).year).toBeNull();
    expect(draftProblems(initialDraft(review({ yearFound: false })))).toEqual(['请填写报告年度']);
    expect(initialDraft(review({ match: { agencyId: 7, existing: null } })).agency).toEqual({ kind: 'existing', agencyId: 7 });
  });

  it('re-runs the rules on a correction and names the corrected cells; nothing else changes', () => {
    const r = review();
    const draft = initialDraft(r);
    const before = draftFindings(r, draft);
    expect(before.some((f) => f.rule === 'V-1' && f.cells.includes(PARTLY[0]!))).toBe(true);
    const corrected = { ...draft, cells: { ...draft.cells, [PARTLY[0]!]: 3 } };
    const after = draftFindings(r, corrected);
    expect(after.some((f) => f.rule === 'V-1' && f.cells.includes(PARTLY[0]!))).toBe(false);
    expect(after.every((f) => f.dismissalId === null)).toBe(true);
    expect(correctedCells(r, corrected)).toEqual([PARTLY[0]]);
    const input = saveInput(r, corrected, false);
    expect(input.cells[PARTLY[0]!]).toBe(3);
    expect(input.cells[PARTLY[1]!]).toBeNull();
    expect(Object.keys(input.cells).sort()).toEqual([...CELL_IDS].sort());
    expect(input).toMatchObject({ newAgency: { name: r.report.agency, level: r.report.level }, year: r.report.year, source: { fileName: '上年年报.txt', sha256: r.sha256, type: 'text' } });
    expect(input).not.toHaveProperty('agencyId');
    expect(input).not.toHaveProperty('replaceDraft');
    expect(saveInput(r, { ...corrected, agency: { kind: 'existing', agencyId: 3 } }, true)).toMatchObject({ agencyId: 3, replaceDraft: true });
  });

  it('uses last year\'s report only for the agency and year it was found for', () => {
    const last = { reportId: 1, report: { ...seedReport(), year: seedReport().year - 1 } };
    const r = review({ lastYear: last, match: { agencyId: 4, existing: null } });
    const draft = initialDraft(r);
    expect(lastYearFor(r, draft)).toBe(last.report);
    expect(lastYearFor(r, { ...draft, year: draft.year! + 1 })).toBeNull();
    expect(lastYearFor(r, { ...draft, agency: { kind: 'existing', agencyId: 5 } })).toBeNull();
  });

  it('reads last year for a likely agency the person chose, and its C-rules then run (issue 15 left this out)', () => {
    // The file named no agency of the records; the person files it under agency 7, which has last year's report.
    const r = review({ match: { agencyId: null, existing: null } });
    const chosen = { ...initialDraft(r), agency: { kind: 'existing' as const, agencyId: 7 } };
    const year = chosen.year!;
    const summaries = [
      { id: 30, agencyId: 7, year: year - 1 },
      { id: 31, agencyId: 8, year: year - 1 },
      { id: 32, agencyId: 7, year: year - 2 },
    ] as ReportSummary[];
    expect(lastYearReportId(r, chosen, summaries)).toBe(30);
    expect(lastYearReportId(r, chosen, null)).toBeNull();
    expect(lastYearReportId(r, { ...chosen, agency: { kind: 'existing', agencyId: 9 } }, summaries)).toBeNull();
    expect(lastYearReportId(r, { ...chosen, agency: { kind: 'new', name: '新机关', level: 'county' } }, summaries)).toBeNull();

    // Last year carried 5 more applications forward than this year's file says were carried over: C-1 is found.
    const carriedOver = Number(r.report.cells['applications.carriedOver.total'] ?? 0);
    const last = { ...seedReport(), year: year - 1, cells: { ...seedReport().cells, 'applications.carriedForward.total': carriedOver + 5 } };
    const found = { agencyId: 7, year: year - 1, report: last };
    expect(lastYearFor(r, chosen, found)).toBe(last);
    expect(lastYearFor(r, { ...chosen, year: year + 1 }, found)).toBeNull();
    expect(lastYearFor(r, { ...chosen, agency: { kind: 'existing', agencyId: 8 } }, found)).toBeNull();
    const without = draftFindings(r, chosen).map((f) => f.rule);
    const withLast = draftFindings(r, chosen, found).map((f) => f.rule);
    expect(without).not.toContain('C-1');
    expect(withLast).toContain('C-1');
  });

  it('says what stops the save', () => {
    const draft = initialDraft(review());
    expect(draftProblems(draft)).toEqual([]);
    expect(draftProblems({ ...draft, agency: { kind: 'new', name: ' ', level: 'county' }, title: '', date: '2024-02-30' })).toEqual([
      '请填写机关名称',
      '请填写标题',
      '成文日期应写作 YYYY-MM-DD',
    ]);
  });
});

describe('an existing report for the chosen agency and year', () => {
  const summary = (over: Partial<ReportSummary>): ReportSummary =>
    ({ id: 9, agencyId: 4, year: 2023, status: 'draft', revision: 1, ...over }) as ReportSummary;

  it('comes from the review while agency and year are unchanged, else from the records', () => {
    const r = review({ match: { agencyId: 4, existing: { reportId: 8, status: 'signed', origin: 'published-import', replaceable: false } } });
    const draft = initialDraft(r);
    expect(existingReportFor(r, draft, [])).toEqual({ reportId: 8, status: 'signed', replaceable: false });
    const other = { ...draft, year: 2030 };
    expect(existingReportFor(r, other, [summary({ year: 2030 })])).toEqual({ reportId: 9, status: 'draft', replaceable: true });
    expect(existingReportFor(r, other, [summary({ year: 2030, revision: 2 })])?.replaceable).toBe(false);
    expect(existingReportFor(r, other, [summary({ year: 2030, status: 'signed' })])?.replaceable).toBe(false);
    expect(existingReportFor(r, other, [])).toBeNull();
    expect(existingReportFor(r, { ...draft, agency: { kind: 'new', name: '新机关', level: 'county' } }, [summary({})])).toBeNull();
  });

  it('is described in Chinese', () => {
    expect(existingMessage({ reportId: 1, status: 'draft', replaceable: true }, '某局', 2023)).toContain('询问是否用导入的报告替换');
    expect(existingMessage({ reportId: 1, status: 'signed', replaceable: false }, '某局', 2023)).toContain('已签发的报告，不能替换');
    expect(existingMessage({ reportId: 1, status: 'draft', replaceable: false }, '某局', 2023)).toContain('签发过（现已解除签发）');
  });
});

describe('note outlines and source lines', () => {
  it('marks a note\'s cells info, and a finding on the same cell wins with both messages', () => {
    const marks = reviewMarks([UNPARSED], [{ rule: 'V-1', severity: 'error', cells: [PARTLY[0]!], fields: [], message: '缺少数据', dismissalId: null }]);
    expect(marks.get(PARTLY[1]!)).toEqual({ severity: 'info', messages: [`【未读取】${UNPARSED.message}`] });
    expect(marks.get(PARTLY[0]!)).toEqual({ severity: 'error', messages: [`【未读取】${UNPARSED.message}`, '缺少数据'] });
  });

  it('finds the lines of a note by its row label and quoted text, never by a lone placeholder', () => {
    expect(labelCore('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开');
    expect(labelCore('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息');
    expect(labelCore('1.属于国家秘密')).toBe('属于国家秘密');
    const lines = compactLines(review().sourceText.lines);
    expect(linesForNote(UNPARSED, lines)).toEqual([1]);
    expect(noteNeedles({ kind: 'placeholder', cells: [], message: '在原文中填写“/”，按0计' })).toEqual([]);
    expect(linesForNote({ kind: 'variant', cells: [], message: '在原文中写作“不予 公开”' }, lines)).toEqual([2]);
  });
});

describe('corrections in the review follow the totals as in the editor (issue 15)', () => {
  it('filling the two empty rows a collapsed （六） left makes their Σ totals and the （七）总计 column agree, so no V-1 stays', () => {
    const r = review();
    const rows = ['otherHandling.noCorrection', 'otherHandling.feeUnpaid'];
    const emptied = { ...r.report.cells, ...Object.fromEntries(rows.flatMap((row) => APPLICANT_COLUMNS.map((c) => [`applications.${row}.${c.key}`, null]))) };
    const edits = rows.flatMap((row) => APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) => ({ cellId: `applications.${row}.${c.key}`, value: 0 })));
    const cells = correctCells(emptied, edits);
    for (const row of rows) expect(cells[`applications.${row}.total`]).toBe(0);
    // A printed total that disagrees with its row is kept, so the published error still shows.
    const printed = correctCells({ ...r.report.cells, 'applications.granted.total': 5 }, [{ cellId: 'applications.granted.natural', value: 2 }]);
    expect(printed['applications.granted.total']).toBe(5);
  });
});

describe('the agency of an import among the records', () => {
  const agencies = [
    { id: 1, name: '某区人民政府' },
    { id: 2, name: '某县教育局' },
    { id: 3, name: '巴楚县人民政府' },
  ];
  it('the same name written differently is the same agency; a name that ends the same or differs by one character is asked; others are new', () => {
    expect(matchAgency(' 某县 教育局', agencies)).toEqual({ kind: 'same', id: 2 });
    expect(matchAgency('某市某区人民政府', agencies)).toEqual({ kind: 'likely', ids: [1] });
    expect(matchAgency('巴楚县人民政', agencies)).toEqual({ kind: 'likely', ids: [3] });
    expect(matchAgency('伽师县人民政府', agencies)).toEqual({ kind: 'none' });
    expect(matchAgency('人民政府', agencies)).toEqual({ kind: 'none' });
  });
});
