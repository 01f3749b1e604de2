/** The prose rules as a set: order, and a plain report that none of them complains about. */
import { describe, expect, it } from 'vitest';
import {
  PROSE_RULES,
  appealsStatementAgrees,
  feeNoticeConsistent,
  feeStatementPresent,
  notCopiedFromLastYear,
  proseNumbersAgree,
} from '../../../shared/rules/prose/index.js';
import type { Finding } from '../../../shared/rules/types.js';
import { applicationRow, buildReport, contextOf } from './report-builder.js';

describe('PROSE_RULES', () => {
  it('lists X-1 … X-5 in order', () => {
    expect(PROSE_RULES).toEqual([
      proseNumbersAgree,
      appealsStatementAgrees,
      feeStatementPresent,
      feeNoticeConsistent,
      notCopiedFromLastYear,
    ]);
  });

  it('finds nothing in a consistent report, with or without last year', () => {
    const report = buildReport({
      overview:
        '（二）依申请公开。本年度受理政府信息公开申请2件，上年结转0件，已全部办结，未引起行政诉讼或复议。',
      cells: { ...applicationRow('received', 2), ...applicationRow('granted', 2), ...applicationRow('resultsTotal', 2) },
    });
    const last = buildReport({ year: 2022, overview: '全年主动公开各类信息。', problems: '栏目更新不及时。' });
    for (const previous of [null, last]) {
      const findings: Finding[] = [];
      for (const rule of PROSE_RULES) rule(contextOf(report, previous), findings);
      expect(findings).toEqual([]);
    }
  });

  it('reports each rule under its own id, in catalogue order', () => {
    const report = buildReport({
      overview: '本年度受理政府信息公开申请3件，未引起行政诉讼或复议。',
      other: '本年度没有产生信息处理费。',
      cells: { ...applicationRow('received', 2), ...applicationRow('otherHandling.feeUnpaid', 1), 'appeals.review.total': 1, 'appeals.review.pending': 1 },
    });
    const findings: Finding[] = [];
    for (const rule of PROSE_RULES) rule(contextOf(report), findings);
    expect(findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([
      ['X-1', 'warning', ['applications.received.total']],
      ['X-2', 'warning', ['appeals.review.total']],
      ['X-4', 'warning', ['applications.otherHandling.feeUnpaid.total']],
    ]);
  });
});
