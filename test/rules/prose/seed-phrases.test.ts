/**
 * The facts of a real published report (巴楚县 2023, ../shared/fixtures/seed-bachu-2023.txt) drive the prose
 * rules: its 一 says 2023年受理政府信息公开申请2件 and 未引起行政诉讼或复议, its 六 that no 信息处理费 arose.
 * Only those short fact phrases are quoted; the surrounding sentences are ours.
 */
import { describe, expect, it } from 'vitest';
import { appealsStatementAgrees, feeStatementPresent, proseNumbersAgree } from '../../../shared/rules/prose/index.js';
import { appealGroup, applicationRow, buildReport, run } from './report-builder.js';

const OVERVIEW_WITH_SEED_FACTS =
  '（二）依申请公开。本机关优化登记、审核和答复流程，2023年受理政府信息公开申请2件，均按期答复，未引起行政诉讼或复议。';

describe('facts of the 巴楚县 2023 report', () => {
  it('accepts “2023年受理政府信息公开申请2件” when 表三 received total is 2', () => {
    const report = buildReport({ overview: OVERVIEW_WITH_SEED_FACTS, cells: applicationRow('received', 2) });
    expect(run(proseNumbersAgree, report)).toEqual([]);
  });

  it('flags “2023年受理政府信息公开申请2件” when 表三 received total is 3, naming the cell and both numbers', () => {
    const report = buildReport({ overview: OVERVIEW_WITH_SEED_FACTS, cells: applicationRow('received', 3) });
    expect(run(proseNumbersAgree, report)).toEqual([
      {
        rule: 'X-1',
        severity: 'warning',
        cells: ['applications.received.total'],
        message: '一、总体情况写明“受理政府信息公开申请2件”，但表三“一、本年新收政府信息公开申请数量”的总计为3',
        fields: ['sections.overview'],
      },
    ]);
  });

  it('accepts “未引起行政诉讼或复议” when every 表四 total is 0', () => {
    const report = buildReport({ overview: OVERVIEW_WITH_SEED_FACTS, cells: applicationRow('received', 2) });
    expect(run(appealsStatementAgrees, report)).toEqual([]);
  });

  it('flags “未引起行政诉讼或复议” when 表四 has one 行政复议', () => {
    const report = buildReport({
      overview: OVERVIEW_WITH_SEED_FACTS,
      cells: { ...applicationRow('received', 2), ...appealGroup('review', 1) },
    });
    expect(run(appealsStatementAgrees, report)).toEqual([
      {
        rule: 'X-2',
        severity: 'warning',
        cells: ['appeals.review.total'],
        message: '一、总体情况写明“未引起行政诉讼或复议”，但表四“行政复议”的总计为1',
        fields: ['sections.overview'],
      },
    ]);
  });

  it('accepts a 六 saying that no 信息处理费 arose this year', () => {
    const report = buildReport({
      other: '本机关执行国家规定的信息处理费收费标准，本年度未产生政府信息公开信息处理费。',
    });
    expect(run(feeStatementPresent, report)).toEqual([]);
  });

  it('asks for the 信息处理费 position when 六 reports something else', () => {
    const report = buildReport({ other: '本年度本机关按要求完成了政务公开第三方评估反馈问题的整改。' });
    expect(run(feeStatementPresent, report)).toEqual([
      {
        rule: 'X-3',
        severity: 'warning',
        cells: [],
        message:
          '六、其他需要报告的事项未写明信息处理费的收取情况（模板要求“收取信息处理费情况在此处报告”），请写明收取金额，或写明本年度未收取信息处理费',
        fields: ['sections.other'],
      },
    ]);
  });
});
