/** Every rule of the catalogue can fire, and every finding carries the catalogue's severity. */
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../shared/rules/catalogue.js';
import { checkReport } from '../../shared/rules/engine.js';
import { carryForward } from '../../shared/report/carryForward.js';
import { makeReport, seedReport, withCells } from '../support/reports.js';

describe('rule catalogue', () => {
  it('lists the 22 rule ids of rules.md, in order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULE_IDS).toEqual(['R3-1', 'R3-2', 'R3-3', 'R4-1', 'R4-2', 'R4-3', 'V-1', 'S-1', 'C-1', 'C-2', 'C-3', 'W-1', 'W-2', 'X-1', 'X-2', 'X-3', 'X-4', 'X-5', 'I-1', 'S-2', 'L-1', 'I-2']);
  });

  it('every rule fires on some broken report, with its catalogue severity, and errors come first', () => {
    const last = seedReport();
    const broken = withCells(
      makeReport({
        year: 2024,
        date: '2025-05-01',
        issuer: '',
        sections: {
          overview: last.sections.overview,
          problems: last.sections.problems,
          other: '本机关未发出收费通知，全年没有产生信息处理费。',
        },
      }),
      {
        'applications.received.natural': 3, // R3-1, R3-3
        'applications.granted.commercial': 1, // R3-2, R3-3
        'applications.carriedOver.otherOrg': 1, // C-1, R3-1, R3-3
        'appeals.review.total': 1, // R4-1, X-2 (prose says none arose)
        'appeals.litigationDirect.total': 1, // R4-2
        'appeals.litigationAfterReview.total': 1, // R4-3
        'active.licensing.decisions': 2.5, // V-1
        'active.regulations.issued': 1, // W-1
        'active.normativeDocuments.repealed': 20, // C-2, C-3
        'applications.otherHandling.feeUnpaid.natural': 1,
        'applications.otherHandling.feeUnpaid.total': 1,
        'active.fees.amount': '14825623', // I-1
        'active.enforcement.decisions': 83760, // I-2 (ten times last year's 8376)
      },
    );
    broken.signoff = { drafter: '甲', reviewer: '乙', approver: '丙', signedAt: '2025-05-01', fingerprint: '0'.repeat(64) }; // S-2
    broken.sections.overview = broken.sections.overview.replace('2023年受理政府信息公开申请2件', '2024年受理政府信息公开申请5件');
    const findings = checkReport(broken, { last, ledger: { 'applications.received.natural': 2 } }); // L-1
    const withoutFeeStatement = checkReport({ ...broken, sections: { ...broken.sections, other: '本机关无其他需要报告的事项。' } });
    const fired = new Set([...findings, ...withoutFeeStatement].map((f) => f.rule));
    expect([...RULE_IDS].filter((id) => !fired.has(id))).toEqual([]);
    for (const f of findings) expect(f.severity).toBe(RULES.find((r) => r.id === f.rule)!.severity);
    const order = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort());
  });

  it('a fresh carried-forward draft raises only S-1 (nothing typed yet)', () => {
    const last = seedReport();
    expect(new Set(checkReport(carryForward(last), { last }).map((f) => f.rule))).toEqual(new Set(['S-1']));
  });
});
