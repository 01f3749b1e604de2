/** 六 states the 信息处理费 position. X-4: an unpaid fee notice in 表三 contradicts "no fee arose" in 六. */
import { describe, expect, it } from 'vitest';
import { feeNoticeConsistent, feeStatementPresent } from '../../../shared/rules/prose/index.js';
import { applicationRow, buildReport, run } from './report-builder.js';

const FEE_UNPAID = 'applications.otherHandling.feeUnpaid.total';

describe('X-3: 六 states the 信息处理费 position', () => {
  it.each([
    ['an amount', '本年度收取信息处理费120元。'],
    ['an amount in 万元', '本年度共收取信息处理费0.12万元，已全额上缴国库。'],
    ['an amount of zero', '2023年度收取信息处理费0元。'],
    ['none charged', '本年度本机关未收取信息处理费。'],
    ['none charged, in other words', '本机关办理政府信息公开申请未向申请人收取任何费用。'],
    ['none arose', '按照信息处理费管理办法的规定，本年度没有产生信息处理费。'],
    ['a heading and 无', '收取信息处理费情况：无。'],
    ['free of charge', '依申请提供政府信息一律免费。'],
    ['none charged, the payers named first', '本年度未因办理政府信息公开申请向公民、法人和其他组织收取任何费用。'],
    ['none, the payers named first', '本年度没有发生向公民、法人或者其他组织收取政府信息公开费用的情况。'],
  ])('accepts %s: “%s”', (_what, other) => {
    expect(run(feeStatementPresent, buildReport({ other }))).toEqual([]);
  });

  it.each([
    ['another matter', '本年度无其他需要报告的事项。'],
    ['the fee standard without the outcome', '本机关按照国办函〔2020〕109号规定的不同收费标准执行。'],
    ['a number that is not money', '本年度组织政务公开培训3次。'],
  ])('asks for the position when 六 reports %s: “%s”', (_what, other) => {
    expect(run(feeStatementPresent, buildReport({ other })).map((f) => [f.rule, f.severity, f.cells, f.fields])).toEqual([
      ['X-3', 'warning', [], ['sections.other']],
    ]);
  });

  it('stays silent on an empty 六 (S-1 reports that)', () => {
    expect(run(feeStatementPresent, buildReport({ other: '' }))).toEqual([]);
    expect(run(feeStatementPresent, buildReport({ other: ' \n ' }))).toEqual([]);
  });

  it('reads only 六: a fee sentence in 一 does not count', () => {
    const report = buildReport({
      overview: '本年度未收取信息处理费。',
      other: '本年度无其他需要报告的事项。',
    });
    expect(run(feeStatementPresent, report).map((f) => [f.rule, f.severity, f.cells])).toEqual([['X-3', 'warning', []]]);
  });
});

describe('X-4: an unpaid fee notice against "no fee arose"', () => {
  it('flags 未产生信息处理费 when 表三 counts an application dropped for an unpaid fee', () => {
    const report = buildReport({ other: '本年度未产生信息处理费。', cells: applicationRow('otherHandling.feeUnpaid', 1) });
    expect(run(feeNoticeConsistent, report)).toEqual([
      {
        rule: 'X-4',
        severity: 'warning',
        cells: [FEE_UNPAID],
        message:
          '六、其他需要报告的事项写明“未产生信息处理费”，但表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”的总计为1，说明本年度发出过收费通知',
        fields: ['sections.other'],
      },
    ]);
  });

  it.each(['本机关没有发出收费通知，未收取信息处理费。', '本年度没有产生信息公开处理费。', '全年未发生信息处理费。'])(
    'flags “%s” against an unpaid notice',
    (other) => {
      const report = buildReport({ other, cells: applicationRow('otherHandling.feeUnpaid', 2) });
      expect(run(feeNoticeConsistent, report).map((f) => [f.rule, f.severity, f.cells])).toEqual([['X-4', 'warning', [FEE_UNPAID]]]);
    },
  );

  it.each(['本年度未收取信息处理费。', '本年度未发生收取信息处理费的情况。'])(
    'accepts “%s”: the notice went unpaid, so nothing was collected',
    (other) => {
      const report = buildReport({ other, cells: applicationRow('otherHandling.feeUnpaid', 1) });
      expect(run(feeNoticeConsistent, report)).toEqual([]);
    },
  );

  it('stays silent without an unpaid notice, or when the statement is about another year', () => {
    expect(run(feeNoticeConsistent, buildReport({ other: '本年度未产生信息处理费。' }))).toEqual([]);
    const lastYear = buildReport({ other: '2022年未产生信息处理费。', cells: applicationRow('otherHandling.feeUnpaid', 1) });
    expect(run(feeNoticeConsistent, lastYear)).toEqual([]);
  });

  it('stays silent when the table cell is not a valid count (V-1 reports that)', () => {
    const report = buildReport({ other: '本年度未产生信息处理费。', cells: { [FEE_UNPAID]: 'x' } });
    expect(run(feeNoticeConsistent, report)).toEqual([]);
  });
});
