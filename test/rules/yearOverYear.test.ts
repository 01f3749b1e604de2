// I-2: a figure of tables 二–四 more than five times, or less than a fifth of, last year's (both at least 10).
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/rules/engine.js';
import { seedReport, withCells } from '../support/reports.js';

const i2 = (report: ReturnType<typeof seedReport>, last: ReturnType<typeof seedReport> | null) => checkReport(report, { last }).filter((f) => f.rule === 'I-2');
const lastYear = () => ({ ...seedReport(), year: 2022 });

describe('I-2: a figure that jumped against last year', () => {
  it('flags 9487 typed for 948 (more than five-fold) and 94 for 948 (below a fifth), as info, naming the cell and both years', () => {
    const last = withCells(lastYear(), { 'active.licensing.decisions': 948 });
    const up = i2(withCells(seedReport(), { 'active.licensing.decisions': 9487 }), last);
    expect(up).toHaveLength(1);
    expect(up[0]).toMatchObject({ severity: 'info', cells: ['active.licensing.decisions'] });
    expect(up[0]!.message).toContain('本年9487，2022年度为948');
    expect(i2(withCells(seedReport(), { 'active.licensing.decisions': 94 }), last)).toHaveLength(1);
  });

  it('stays quiet at exactly five-fold, below 10 on either side, and without last year', () => {
    const last = withCells(lastYear(), { 'active.licensing.decisions': 100 });
    expect(i2(withCells(seedReport(), { 'active.licensing.decisions': 500 }), last)).toEqual([]);
    expect(i2(withCells(seedReport(), { 'active.licensing.decisions': 20 }), last)).toEqual([]);
    expect(i2(withCells(seedReport(), { 'active.licensing.decisions': 9 }), last)).toEqual([]);
    expect(i2(withCells(seedReport(), { 'active.licensing.decisions': 100000 }), null)).toEqual([]);
    // 2 applications last year, 40 this year: too small a base to call a slip.
    expect(i2(withCells(seedReport(), { 'applications.received.natural': 40, 'applications.received.total': 40 }), lastYear())).toEqual([]);
  });

  it('flags the slipped part of table 三 once, not again its row total that follows it', () => {
    const last = withCells(lastYear(), { 'applications.received.natural': 20, 'applications.received.total': 20 });
    const found = i2(withCells(seedReport(), { 'applications.received.natural': 200, 'applications.received.total': 200 }), last);
    expect(found.map((f) => f.cells[0])).toEqual(['applications.received.natural']);
  });

  it('reads the fee in 万元', () => {
    const found = i2(withCells(seedReport(), { 'active.fees.amount': '14825.623' }), lastYear());
    expect(found.map((f) => f.cells[0])).toEqual(['active.fees.amount']);
  });
});
