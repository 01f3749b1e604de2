import { describe, expect, it } from 'vitest';
import { ledgerCalendar, tallyLedger } from '../../shared/ledger/index.js';
import { blankReport } from '../../shared/report/blank.js';
import { checkReport } from '../../shared/rules/engine.js';
import { generateLedger } from '../support/ledgers.js';

const year = 2024;
const tally = tallyLedger(generateLedger(21, year, 200).map((r) => r.record), { year, calendar: ledgerCalendar() });
const filled = (() => {
  const report = blankReport({ agency: '测试县人民政府', level: 'county', year });
  return { ...report, cells: { ...report.cells, ...tally.cells } };
})();
const l1 = (report: typeof filled, ledger: Record<string, number> | null | undefined) => checkReport(report, { ledger }).filter((f) => f.rule === 'L-1');

describe('L-1: table 三 equals the ledger’s tally', () => {
  it('is silent without a ledger, and when the table was filled from it', () => {
    expect(l1(filled, undefined)).toEqual([]);
    expect(l1(filled, null)).toEqual([]);
    expect(l1(filled, tally.cells)).toEqual([]);
  });

  it('flags the cells of a row that differ, with both numbers, as a warning', () => {
    const granted = tally.cells['applications.granted.natural']!;
    const changed = { ...filled, cells: { ...filled.cells, 'applications.granted.natural': granted + 1, 'applications.granted.total': tally.cells['applications.granted.total']! + 1 } };
    const findings = l1(changed, tally.cells);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      cells: ['applications.granted.natural', 'applications.granted.total'],
    });
    expect(findings[0]!.message).toBe(
      `三、「（一）予以公开」行与依申请公开台账的统计不一致：「自然人」表中为${granted + 1}、台账为${granted}；` +
        `「总计」表中为${tally.cells['applications.granted.total']! + 1}、台账为${tally.cells['applications.granted.total']}`,
    );
  });

  it('leaves a cell that is not a count to V-1', () => {
    const typo = { ...filled, cells: { ...filled.cells, 'applications.received.natural': '12件' } };
    expect(l1(typo, tally.cells)).toEqual([]);
  });
});
