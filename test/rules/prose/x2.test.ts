/** what the prose says about 行政复议/行政诉讼 agrees with 表四, in both directions. */
import { describe, expect, it } from 'vitest';
import { appealsStatementAgrees } from '../../../shared/rules/prose/index.js';
import { appealGroup, buildReport, run } from './report-builder.js';

const REVIEW = 'appeals.review.total';
const DIRECT = 'appeals.litigationDirect.total';
const AFTER_REVIEW = 'appeals.litigationAfterReview.total';
const ALL = [REVIEW, DIRECT, AFTER_REVIEW];

const check = (overview: string, cells: Record<string, number> = {}) =>
  run(appealsStatementAgrees, buildReport({ overview, cells })).map((f) => [f.rule, f.severity, f.cells]);

describe('X-2: prose says no case arose, 表四 has one', () => {
  // [what the user wrote, cells the statement covers]
  const DENIALS: readonly [string, string[]][] = [
    ['本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。', ALL],
    ['行政复议和行政诉讼均为0。', ALL],
    ['本机关政府信息公开行政复议、行政诉讼情况均为零。', ALL],
    ['全年无政府信息公开行政复议案件。', [REVIEW]],
    ['本年度没有被提起政府信息公开行政诉讼。', [DIRECT, AFTER_REVIEW]],
    ['依申请公开工作未因答复被申请行政复议。', [REVIEW]],
    ['政府信息公开行政复议、行政诉讼均无。', ALL],
    ['未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。', ALL],
    ['因政府信息公开申请引发行政复议的案件为零。', [REVIEW]],
    ['本年度本机关未发生因政府信息依申请公开答复引起的行政诉讼和行政复议。', ALL],
    ['本机关全年未产生因依申请公开事项提请的行政诉讼。', [DIRECT, AFTER_REVIEW]],
    ['全年没有出现因答复不当而引发的行政复议或行政诉讼。', ALL],
  ];

  it.each(DENIALS)('flags “%s” against a non-zero total it covers', (sentence, covered) => {
    const cells = { ...appealGroup('review', 1), ...appealGroup('litigationDirect', 2), ...appealGroup('litigationAfterReview', 3) };
    expect(check(sentence, cells)).toEqual([['X-2', 'warning', covered]]);
  });

  it.each(DENIALS)('accepts “%s” when 表四 is all 0', (sentence) => {
    expect(check(sentence)).toEqual([]);
  });

  it('names only the non-zero totals, with their printed labels', () => {
    const findings = run(
      appealsStatementAgrees,
      buildReport({ overview: '行政复议和行政诉讼均为0。', cells: appealGroup('litigationAfterReview', 2) }),
    );
    expect(findings).toEqual([
      {
        rule: 'X-2',
        severity: 'warning',
        cells: [AFTER_REVIEW],
        message: '一、总体情况写明“行政复议和行政诉讼均为0”，但表四“行政诉讼（复议后起诉）”的总计为2',
        fields: ['sections.overview'],
      },
    ]);
  });

  it('checks only what the negation covers: 未发生行政复议 says nothing about lawsuits', () => {
    expect(check('全年未发生政府信息公开行政复议。', appealGroup('litigationDirect', 1))).toEqual([]);
    expect(check('全年未发生政府信息公开行政复议。', appealGroup('review', 1))).toEqual([['X-2', 'warning', [REVIEW]]]);
    expect(check('全年未发生行政复议，发生行政诉讼1件。', appealGroup('litigationDirect', 1))).toEqual([]);
  });

  it('reads 六 and the preamble as well, and reports one statement once', () => {
    const report = buildReport({
      overview: '本年度未发生政府信息公开行政复议。',
      other: '本年度未发生政府信息公开行政复议，未收取信息处理费。',
      cells: appealGroup('review', 1),
    });
    expect(run(appealsStatementAgrees, report).map((f) => [f.rule, f.severity, f.cells, f.fields])).toEqual([
      ['X-2', 'warning', [REVIEW], ['sections.overview']],
    ]);
  });

  it('does not take the column name 未经复议直接起诉 for a denial', () => {
    expect(check('因政府信息公开答复，未经复议直接起诉1件。', appealGroup('review', 1))).toEqual([]);
  });

  it('does not take outcomes (未被纠正, 尚未审结) for denials', () => {
    expect(check('政府信息公开行政复议结果均未被纠正。', appealGroup('review', 1))).toEqual([]);
    expect(check('涉及政府信息公开的行政复议尚未审结。', appealGroup('review', 1))).toEqual([]);
  });

  it('leaves a denial about the whole county or another year alone', () => {
    expect(check('全县未发生政府信息公开行政复议。', appealGroup('review', 1))).toEqual([]);
    expect(check('2022年未发生政府信息公开行政复议。', appealGroup('review', 1))).toEqual([]);
  });
});

describe('X-2: prose says a case arose, 表四 is all 0', () => {
  const CLAIMS: readonly string[] = [
    '申请人对答复不服，被申请行政复议，目前尚在审理中。',
    '本机关因政府信息公开被提起行政诉讼。',
    '因不服政府信息公开答复，申请人提起行政复议。',
    '依申请公开工作中发生一起行政诉讼案件。',
    '申请人因不服答复提起行政复议，现已审结。',
    '依申请公开工作中发生被提起行政诉讼的情况。',
  ];

  it.each(CLAIMS)('flags “%s” when every 表四 total is 0', (sentence) => {
    expect(check(sentence)).toEqual([['X-2', 'warning', ALL]]);
  });

  it.each(CLAIMS)('accepts “%s” when 表四 has a case', (sentence) => {
    expect(check(sentence, appealGroup('review', 1))).toEqual([]);
  });

  it('says which statement and that the table is empty', () => {
    expect(run(appealsStatementAgrees, buildReport({ overview: CLAIMS[1]! }))).toEqual([
      {
        rule: 'X-2',
        severity: 'warning',
        cells: ALL,
        message: '一、总体情况写明“被提起行政诉讼”，但表四行政复议、行政诉讼的总计均为0',
        fields: ['sections.overview'],
      },
    ]);
  });

  it.each([
    '依法应对行政复议和行政诉讼，防范行政复议风险。',
    '申请人不服的，可依法申请行政复议或者提起行政诉讼。',
    '切实减少因政府信息公开引发的行政复议和行政诉讼。',
    '加强答复文书审核，避免发生行政复议。',
  ])('takes plans, risks and rights as no statement of fact: “%s”', (sentence) => {
    expect(check(sentence)).toEqual([]);
    expect(check(sentence, appealGroup('review', 1))).toEqual([]);
  });

  it.each([
    '（四）本机关因依申请公开答复被申请行政复议、被起诉情况',
    '3. 因依申请公开答复提起行政诉讼情况。本年度相关数据见表四。',
    '申请人提起行政复议情况',
  ])('takes a heading or a topic for no statement of fact: “%s”', (sentence) => {
    expect(check(sentence)).toEqual([]);
  });

  it('leaves a stated count (行政复议1件) to X-1', () => {
    expect(check('因政府信息公开答复被申请行政复议1件。')).toEqual([]);
  });

  it('leaves cases that need not concern 政府信息公开 alone', () => {
    expect(check('本机关全年被提起行政诉讼。')).toEqual([]);
  });
});
