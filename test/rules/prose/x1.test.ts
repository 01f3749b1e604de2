/**
 * every sentence shape the prose reader handles has a row here — the shapes it must read, and the
 * shapes it must leave alone because they are not this agency's count for this year. A missed statement
 * costs nothing; a false alarm costs the user's trust in every other warning.
 */
import { describe, expect, it } from 'vitest';
import { proseNumbersAgree } from '../../../shared/rules/prose/index.js';
import { QUANTITY_CELLS, type Quantity } from '../../../shared/rules/prose/quantities.js';
import { appealGroup, applicationRow, buildReport, run } from './report-builder.js';

/** Table cells that make the table's count of `quantity` equal `n` (a consistent row or group). */
function tableWith(quantity: Quantity, n: number): Record<string, number> {
  switch (quantity) {
    case 'received':
      return applicationRow('received', n);
    case 'carriedOver':
      return applicationRow('carriedOver', n);
    case 'concluded':
      return { ...applicationRow('granted', n), ...applicationRow('resultsTotal', n) };
    case 'carriedForward':
      return applicationRow('carriedForward', n);
    case 'review':
      return appealGroup('review', n);
    case 'litigation':
      return appealGroup('litigationDirect', n);
  }
}

// [what the user wrote, quantity, the number the sentence states]
const READ: readonly [string, Quantity, number][] = [
  ['全年共收到政府信息公开申请 5 件，均已按期答复。', 'received', 5],
  ['本年度新收政府信息公开申请数量为3件。', 'received', 3],
  ['本机关受理依申请公开事项两件。', 'received', 2],
  ['共受理政府信息公开申请十二件，全部在法定期限内办理完毕。', 'received', 12],
  ['全年受理政府信息公开申请二十三件。', 'received', 23],
  ['受理政府信息公开申请共计１０件。', 'received', 10],
  ['收到公民、法人或其他组织提出的政府信息公开申请4件。', 'received', 4],
  ['本年度政府信息公开申请受理量为6件。', 'received', 6],
  ['2023年度，本机关共受理政府信息公开申请8件。', 'received', 8],
  ['本年度未收到政府信息公开申请。', 'received', 0],
  ['本年度本办未收到和处理信息公开申请。', 'received', 0],
  ['本年内未收到及处理信息公开申请事项，特此说明。', 'received', 0],
  ['全年没有收到公民、法人及其他组织的政府信息公开申请，相关工作平稳。', 'received', 0],
  ['今年未收到依申请公开件，来电咨询均已解答。', 'received', 0],
  ['本单位全年未接到依申请公开事项.', 'received', 0],
  ['今年我办无政府信息公开申请。', 'received', 0],
  ['本单位全年共受理5件政府信息公开申请，已全部办结。', 'received', 5],
  ['年内共收到3份信息公开申请，答复均未超期。', 'received', 3],
  ['本年度共收到9件信息依申请公开，均已答复完毕。', 'received', 9],
  ['全年共收到依申请公开件7件，均按时办结。', 'received', 7],
  ['年内本机关收到政府信息公开申请件2件，已答复。', 'received', 2],
  ['全年共受理依申请公开11条，办理无超期。', 'received', 11],
  ['本年度新收到政府信息依申请公开4件，答复率100%。', 'received', 4],
  ['（一）主动公开。全县各部门发布信息120条。（二）依申请公开。本机关受理政府信息公开申请3件。', 'received', 3],
  ['全县各部门共发布信息120条。\n本机关受理政府信息公开申请3件。', 'received', 3],
  [`（一）全县各部门发布信息。（二）${'本机关规范受理流程，'.repeat(60)}本机关受理政府信息公开申请4件。`, 'received', 4],
  ['全年没有收到公民、法人或其他组织提出的政府信息公开申请。', 'received', 0],
  ['本年度无政府信息公开申请。', 'received', 0],
  ['政府信息公开申请方面，本年新收3件。', 'received', 3],
  ['上年结转政府信息公开申请1件。', 'carriedOver', 1],
  ['上年结转申请1件。', 'carriedOver', 1],
  ['政府信息公开申请方面，上年度结转2件。', 'carriedOver', 2],
  ['办结政府信息公开申请7件。', 'concluded', 7],
  ['对收到的政府信息公开申请逐件登记，共答复9件。', 'concluded', 9],
  ['政府信息公开申请办结量为4件。', 'concluded', 4],
  ['结转下年度继续办理的政府信息公开申请1件。', 'carriedForward', 1],
  ['政府信息公开申请中，结转至下一年度办理2件。', 'carriedForward', 2],
  ['结转下年度办理的申请2件。', 'carriedForward', 2],
  ['因政府信息公开被申请行政复议1件。', 'review', 1],
  ['涉及政府信息公开的行政复议案件 2 起。', 'review', 2],
  ['本机关因政府信息公开答复被提起行政诉讼1起。', 'litigation', 1],
];

// [what the user wrote, the quantity a careless reader would take it for, the number it contains]
const LEFT_ALONE: readonly [string, string, Quantity, number][] = [
  ['the whole county (全县)', '全县共受理政府信息公开申请20件。', 'received', 20],
  ['the townships (各乡镇)', '各乡镇共收到政府信息公开申请8件。', 'received', 8],
  ['the whole county as 我县', '2023年，我县共收到政府信息公开申请15件。', 'received', 15],
  ['a wider scope earlier in the paragraph (全区…。因…)', '全区共收到政府信息公开申请80件，均已答复。涉及政府信息公开的行政复议6件。', 'review', 6],
  ['the paragraph speaks of the county’s agencies', '要求全县各行政机关做好依申请公开答复工作。本年度共受理12件依申请公开。', 'received', 12],
  ['a wider scope far back in a long paragraph', `全县各部门${'认真落实公开要求，'.repeat(60)}。本机关受理政府信息公开申请4件。`, 'received', 4],
  ['the county departments (县直)', '县直各部门受理政府信息公开申请15件。', 'received', 15],
  ['subordinate units (所属单位)', '本机关所属单位受理政府信息公开申请3件。', 'received', 3],
  ['another year (2022年)', '2022年受理政府信息公开申请3件。', 'received', 3],
  ['last year as the subject (上年)', '上年受理政府信息公开申请4件。', 'received', 4],
  ['a comparison (同比增加)', '受理政府信息公开申请同比增加2件。', 'received', 2],
  ['a comparison before the count (与上年相比)', '与上年相比，受理政府信息公开申请5件。', 'received', 5],
  ['part of the year (上半年)', '上半年受理政府信息公开申请3件。', 'received', 3],
  ['a count since an earlier year', '自2008年以来累计受理政府信息公开申请120件。', 'received', 120],
  ['an approximate count (十余件)', '受理政府信息公开申请十余件。', 'received', 10],
  ['a rate (办结率100%)', '政府信息公开申请按时办结率100%。', 'concluded', 100],
  ['another kind of request (人大代表建议)', '收到人大代表建议2件，政协委员提案3件。', 'received', 2],
  ['a count including carry-overs (含上年结转)', '本年新收政府信息公开申请6件（含上年结转1件）。', 'received', 6],
  ['a count including carry-overs (其中上年结转)', '共受理政府信息公开申请6件，其中上年结转1件。', 'received', 6],
  ['a total before a later count of new ones (结转上年后新收)', '本年度共受理依申请公开申请20件，扣除结转上年的申请后新收16件。', 'received', 20],
  ['general work without numbers', '认真做好政府信息依申请公开工作，提高答复质量。', 'received', 0],
  ['applications still pending (尚未办结)', '尚未办结的政府信息公开申请2件。', 'concluded', 2],
  ['one number for two verbs (受理并办结)', '受理并办结政府信息公开申请5件。', 'concluded', 5],
  ['an ambiguous verb (办理)', '全年共办理政府信息公开申请5件。', 'received', 5],
  ['another object counted after the applications', '政府信息公开申请与人大代表建议一并登记，共办结14件。', 'concluded', 14],
  ['another object without any application (网民留言)', '办结网民留言275件。', 'concluded', 275],
  ['a part answered in time or late (在法定期限内答复, 延期答复)', '政府信息公开申请在法定期限内答复3件，延期答复1件。', 'concluded', 3],
  ['a part received by one channel (通过政府网站)', '通过政府网站收到政府信息公开申请2件。', 'received', 2],
  ['a part from one kind of applicant (自然人提出的)', '收到自然人提出的政府信息公开申请2件。', 'received', 2],
  ['no applications from one kind of applicant', '未收到法人或其他组织提出的政府信息公开申请。', 'received', 0],
  ['our reviews of others as 复议机关 (收到行政复议申请)', '本机关作为复议机关，收到涉及政府信息公开的行政复议申请1件。', 'review', 1],
  ['reviews not about 政府信息公开', '全年行政复议案件3件。', 'review', 3],
  ['one number for reviews and lawsuits together', '涉及政府信息公开的行政复议、行政诉讼共2件。', 'litigation', 2],
];

describe('X-1 reads the counts the prose states', () => {
  it.each(READ)('flags “%s” when the table says otherwise', (sentence, quantity, stated) => {
    const report = buildReport({ overview: sentence, cells: tableWith(quantity, stated + 1) });
    const findings = run(proseNumbersAgree, report);
    expect(findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([['X-1', 'warning', QUANTITY_CELLS[quantity]]]);
  });

  it.each(READ)('accepts “%s” when the table agrees', (sentence, quantity, stated) => {
    const report = buildReport({ overview: sentence, cells: tableWith(quantity, stated) });
    expect(run(proseNumbersAgree, report)).toEqual([]);
  });
});

describe('X-1 and carried-over applications counted inside another count', () => {
  it('does not read “含上年结转2件” inside a count of answers as every application carried over', () => {
    const report = buildReport({
      overview: '本年度答复政府信息公开申请30件（含上年结转申请2件）。',
      cells: { ...tableWith('concluded', 30), ...tableWith('carriedOver', 3) },
    });
    expect(run(proseNumbersAgree, report)).toEqual([]);
  });
});

describe('X-1 stays silent on sentences that are not this agency’s count for this year', () => {
  it.each(LEFT_ALONE)('leaves %s alone: “%s”', (_why, sentence, quantity, stated) => {
    const report = buildReport({
      overview: sentence,
      // every quantity disagrees with the number in the sentence, so any reading of it would be flagged
      cells: {
        ...tableWith('received', stated + 1),
        ...tableWith('concluded', stated + 1),
        ...tableWith('review', stated + 1),
        ...tableWith(quantity, stated + 1),
        ...(sentence.includes('上年结转1件') ? tableWith('carriedOver', 1) : {}),
      },
    });
    expect(run(proseNumbersAgree, report)).toEqual([]);
  });
});

describe('X-1 findings', () => {
  it('reads a breakdown: the total including carry-overs is skipped, its parts are checked', () => {
    const sentence = '共受理政府信息公开申请6件，其中上年结转1件，本年新收5件。';
    const agrees = buildReport({ overview: sentence, cells: { ...tableWith('received', 5), ...tableWith('carriedOver', 1) } });
    expect(run(proseNumbersAgree, agrees)).toEqual([]);
    const wrong = buildReport({ overview: sentence, cells: { ...tableWith('received', 4), ...tableWith('carriedOver', 2) } });
    expect(run(proseNumbersAgree, wrong).map((f) => [f.rule, f.severity, f.cells])).toEqual([
      ['X-1', 'warning', ['applications.carriedOver.total']],
      ['X-1', 'warning', ['applications.received.total']],
    ]);
  });

  it('reads a whole 依申请公开 paragraph: new, carried over, concluded and carried forward', () => {
    const sentence = '上年结转政府信息公开申请1件，本年新收3件，已办结3件，结转下年度继续办理1件。';
    const cells = {
      ...tableWith('carriedOver', 1),
      ...tableWith('received', 3),
      ...tableWith('concluded', 3),
      ...tableWith('carriedForward', 1),
    };
    expect(run(proseNumbersAgree, buildReport({ overview: sentence, cells }))).toEqual([]);
    const findings = run(proseNumbersAgree, buildReport({ overview: sentence, cells: { ...cells, ...tableWith('concluded', 2) } }));
    expect(findings.map((f) => [f.rule, f.severity, f.cells, f.message])).toEqual([
      [
        'X-1',
        'warning',
        ['applications.resultsTotal.total'],
        '一、总体情况写明“办结3件”，但表三“三、本年度办理结果（七）总计”的总计为2',
      ],
    ]);
  });

  it('reports a number repeated in 一 and 六 once, naming both sections', () => {
    const report = buildReport({
      overview: '本年度受理政府信息公开申请3件。',
      other: '本年度受理政府信息公开申请3件，未收取信息处理费。',
      cells: tableWith('received', 2),
    });
    expect(run(proseNumbersAgree, report)).toEqual([
      {
        rule: 'X-1',
        severity: 'warning',
        cells: ['applications.received.total'],
        message: '一、总体情况写明“受理政府信息公开申请3件”，但表三“一、本年新收政府信息公开申请数量”的总计为2',
        fields: ['sections.overview', 'sections.other'],
      },
    ]);
  });

  it('reports each distinct wrong number once', () => {
    const report = buildReport({
      overview: '本年度受理政府信息公开申请3件。全年共收到政府信息公开申请4件。',
      cells: tableWith('received', 2),
    });
    expect(run(proseNumbersAgree, report).map((f) => [f.rule, f.severity, f.cells, f.message])).toEqual([
      ['X-1', 'warning', ['applications.received.total'], '一、总体情况写明“受理政府信息公开申请3件”，但表三“一、本年新收政府信息公开申请数量”的总计为2'],
      ['X-1', 'warning', ['applications.received.total'], '一、总体情况写明“收到政府信息公开申请4件”，但表三“一、本年新收政府信息公开申请数量”的总计为2'],
    ]);
  });

  it('adds both kinds of lawsuit together and names the parts', () => {
    const sentence = '本机关因政府信息公开答复被提起行政诉讼2起。';
    const both = { ...appealGroup('litigationDirect', 1), ...appealGroup('litigationAfterReview', 1) };
    expect(run(proseNumbersAgree, buildReport({ overview: sentence, cells: both }))).toEqual([]);
    expect(run(proseNumbersAgree, buildReport({ overview: sentence, cells: appealGroup('litigationAfterReview', 1) }))).toEqual([
      {
        rule: 'X-1',
        severity: 'warning',
        cells: ['appeals.litigationDirect.total', 'appeals.litigationAfterReview.total'],
        message: '一、总体情况写明“行政诉讼2起”，但表四“行政诉讼”未经复议直接起诉与复议后起诉的总计之和为1（0＋1）',
        fields: ['sections.overview'],
      },
    ]);
  });

  it('reads the preamble too, and leaves 五 (problems and plans) alone', () => {
    const preamble = buildReport({ preamble: '本报告所列数据统计期限为2023年1月1日至12月31日，期间受理政府信息公开申请3件。', cells: tableWith('received', 2) });
    expect(run(proseNumbersAgree, preamble).map((f) => [f.rule, f.severity, f.cells, f.fields])).toEqual([
      ['X-1', 'warning', ['applications.received.total'], ['preamble']],
    ]);
    const problems = buildReport({ problems: '本年度受理政府信息公开申请3件，答复质量有待提高。', cells: tableWith('received', 2) });
    expect(run(proseNumbersAgree, problems)).toEqual([]);
  });

  it('stays silent when the table cell is not a valid count (V-1 reports that)', () => {
    for (const value of ['三', -1, 2.5, null]) {
      const report = buildReport({ overview: '本年度受理政府信息公开申请3件。', cells: { 'applications.received.total': value } });
      expect(run(proseNumbersAgree, report)).toEqual([]);
    }
  });
});
