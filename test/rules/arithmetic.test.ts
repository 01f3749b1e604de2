import { describe, expect, it } from 'vitest';
import { RESULT_ROW_KEYS } from '../../shared/catalogue/cells.js';
import { findingsOf } from '../support/findings.js';
import { seedReport, withCells } from '../support/reports.js';

const column = (row: string, col: string) => `applications.${row}.${col}`;
const resultCells = (col: string) => RESULT_ROW_KEYS.map((r) => column(r, col));
const rowCells = (row: string) =>
  ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'].map((c) => column(row, c));

describe('table 三 勾稽 (R3-1, R3-2, R3-3)', () => {
  it('passes the real 2023 figures', () => {
    expect(findingsOf(seedReport(), 'R3')).toEqual([]);
  });

  it('R3-1: a column whose 一＋二 differs from （七）＋四 is flagged once with its four cells and both sums', () => {
    // natural: 2 + 1 = 3, results 2 + carried forward 0 = 2; row totals kept consistent so only R3-1 breaks
    const report = withCells(seedReport(), { 'applications.carriedOver.natural': 1, 'applications.carriedOver.total': 1 });
    const findings = findingsOf(report, 'R3');
    expect(findings).toEqual([
      {
        rule: 'R3-1',
        severity: 'error',
        cells: [column('received', 'natural'), column('carriedOver', 'natural'), column('resultsTotal', 'natural'), column('carriedForward', 'natural')],
        message: '三、「自然人」列：一、本年新收（2）＋二、上年结转（1）＝3，但（七）总计（2）＋四、结转下年度继续办理（0）＝2，相差1',
      },
      {
        rule: 'R3-1',
        severity: 'error',
        cells: [column('received', 'total'), column('carriedOver', 'total'), column('resultsTotal', 'total'), column('carriedForward', 'total')],
        message: '三、「总计」列：一、本年新收（2）＋二、上年结转（1）＝3，但（七）总计（2）＋四、结转下年度继续办理（0）＝2，相差1',
      },
    ]);
  });

  it('R3-2: a （七）总计 that is not the sum of the 21 result rows names the total and every result cell', () => {
    const report = withCells(seedReport(), { 'applications.granted.commercial': 1, 'applications.granted.total': 2 });
    const findings = findingsOf(report, 'R3-2');
    expect(findings.map((f) => f.cells[0])).toEqual([column('resultsTotal', 'commercial'), column('resultsTotal', 'total')]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cells: [column('resultsTotal', 'commercial'), ...resultCells('commercial')],
      message: '三、「商业企业」列：（七）总计为0，但（一）至（六）各项办理结果之和为1，相差1',
    });
  });

  it('R3-3: a row whose 总计 is not the sum of its six applicant columns names the row and its seven cells', () => {
    const report = withCells(seedReport(), { 'applications.withheld.stateSecret.total': 1 });
    const findings = findingsOf(report, 'R3-3');
    expect(findings).toEqual([
      {
        rule: 'R3-3',
        severity: 'error',
        cells: [column('withheld.stateSecret', 'total'), ...rowCells('withheld.stateSecret')],
        message: '三、「（三）不予公开1.属于国家秘密」行：总计为1，但自然人至其他六列之和为0，相差1',
      },
    ]);
  });

  it('one wrong cell trips each equation it takes part in, each reported once with its own cells', () => {
    // a typo in 一、本年新收 · 自然人 (3 instead of 2): its column balance (R3-1) and its row total (R3-3) break
    const report = withCells(seedReport(), { 'applications.received.natural': 3 });
    const findings = findingsOf(report, 'R3');
    expect(findings.map((f) => [f.rule, f.cells[0]])).toEqual([
      ['R3-1', column('received', 'natural')],
      ['R3-3', column('received', 'total')],
    ]);
    expect(findings[0]!.message).toContain('相差1');
    expect(findings[1]!.message).toBe('三、「一、本年新收申请」行：总计为2，但自然人至其他六列之和为3，相差1');
  });

  it('one wrong result cell trips R3-1, R3-2 and R3-3 together', () => {
    // 予以公开 · 自然人 typed as 2: （七）总计 no longer equals the results (R3-2), the row total breaks (R3-3);
    // the column balance still holds with the printed （七）总计, so R3-1 stays quiet for that column
    const report = withCells(seedReport(), { 'applications.granted.natural': 2 });
    expect(findingsOf(report, 'R3').map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([
      `R3-2 ${column('resultsTotal', 'natural')}`,
      `R3-3 ${column('granted', 'total')}`,
    ]);
    // and when （七）总计 is then corrected to the results, the balance breaks instead
    const corrected = withCells(report, { 'applications.resultsTotal.natural': 3 });
    expect(findingsOf(corrected, 'R3').map((f) => `${f.rule} ${f.cells[0]}`)).toEqual([
      `R3-1 ${column('received', 'natural')}`,
      `R3-3 ${column('granted', 'total')}`,
      `R3-3 ${column('resultsTotal', 'total')}`,
    ]);
  });

  it('leaves an equation with an invalid cell to V-1 instead of computing with it', () => {
    const report = withCells(seedReport(), { 'applications.received.natural': 2.5 });
    expect(findingsOf(report, 'R3')).toEqual([]);
    expect(findingsOf(report, 'V-1').map((f) => f.cells)).toEqual([[column('received', 'natural')]]);
  });
});

describe('table 四 totals (R4-1, R4-2, R4-3)', () => {
  it.each([
    ['R4-1', 'review', '四、行政复议：总计为2，但结果维持（1）＋结果纠正（0）＋其他结果（0）＋尚未审结（0）＝1，相差1'],
    ['R4-2', 'litigationDirect', '四、行政诉讼（未经复议直接起诉）：总计为2，但结果维持（1）＋结果纠正（0）＋其他结果（0）＋尚未审结（0）＝1，相差1'],
    ['R4-3', 'litigationAfterReview', '四、行政诉讼（复议后起诉）：总计为2，但结果维持（1）＋结果纠正（0）＋其他结果（0）＋尚未审结（0）＝1，相差1'],
  ])('%s flags a %s total that is not the sum of its four results', (rule, group, message) => {
    const broken = withCells(seedReport(), { [`appeals.${group}.upheld`]: 1, [`appeals.${group}.total`]: 2 });
    const cells = ['total', 'upheld', 'corrected', 'other', 'pending'].map((c) => `appeals.${group}.${c}`);
    expect(findingsOf(broken, 'R4')).toEqual([{ rule, severity: 'error', cells, message }]);
    const fixed = withCells(broken, { [`appeals.${group}.total`]: 1 });
    expect(findingsOf(fixed, 'R4')).toEqual([]);
  });
});
