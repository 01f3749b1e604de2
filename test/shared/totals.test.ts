import { describe, expect, it } from 'vitest';
import { APPLICANT_PART_COLUMNS, CELL_IDS, RESULT_ROW_KEYS } from '../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS } from '../../shared/catalogue/layout.js';
import { zeroCells } from '../../shared/report/blank.js';
import type { CellValue, Report } from '../../shared/report/schema.js';
import {
  COMPUTED_TOTAL_IDS,
  followTotals,
  isComputedTotal,
  partsOf,
  sumOfParts,
  totalFollows,
  type CellEdit,
} from '../../shared/report/totals.js';
import { findingsOf } from '../support/findings.js';
import { seededRandom } from '../support/random.js';
import { makeReport, seedReport } from '../support/reports.js';

const app = (row: string, column: string): string => `applications.${row}.${column}`;
const apply = (cells: Record<string, CellValue>, edits: readonly CellEdit[]): Record<string, CellValue> => {
  const next = { ...cells };
  for (const { cellId, value } of edits) next[cellId] = value;
  return next;
};
const asMap = (edits: readonly CellEdit[]): Record<string, CellValue> => Object.fromEntries(edits.map((e) => [e.cellId, e.value]));
const reportWith = (cells: Record<string, CellValue>): Report => ({ ...makeReport(), cells });
const totalFindings = (report: Report) =>
  [...findingsOf(report, 'R3-2'), ...findingsOf(report, 'R3-3'), ...findingsOf(report, 'R4')].map((f) => f.message);

describe('which cells the editor computes', () => {
  it('computes exactly the cells the table layout marks as computed (every 总计 of 三 and 四), none hand-listed', () => {
    const marked = TABLE_LAYOUTS.flatMap((t) => t.rows.flat()).flatMap((c) => (c.kind === 'value' && c.computed ? [c.cellId] : []));
    expect(new Set(COMPUTED_TOTAL_IDS)).toEqual(new Set(marked));
    expect(COMPUTED_TOTAL_IDS).toHaveLength(25 + 6 + 3);
    expect(new Set(COMPUTED_TOTAL_IDS).size).toBe(COMPUTED_TOTAL_IDS.length);
    for (const id of CELL_IDS) expect(isComputedTotal(id)).toBe(marked.includes(id));
  });

  it('a row 总计 sums the six applicant columns, a （七）总计 the 21 result rows, a table 四 总计 its four results', () => {
    expect(partsOf(app('received', 'total'))).toEqual(APPLICANT_PART_COLUMNS.map((c) => app('received', c)));
    expect(partsOf(app('resultsTotal', 'natural'))).toEqual(RESULT_ROW_KEYS.map((r) => app(r, 'natural')));
    expect(partsOf(app('resultsTotal', 'natural'))).toHaveLength(21);
    expect(partsOf(app('resultsTotal', 'total'))).toEqual(APPLICANT_PART_COLUMNS.map((c) => app('resultsTotal', c)));
    expect(partsOf('appeals.litigationDirect.total')).toEqual([
      'appeals.litigationDirect.upheld',
      'appeals.litigationDirect.corrected',
      'appeals.litigationDirect.other',
      'appeals.litigationDirect.pending',
    ]);
    expect(partsOf(app('granted', 'natural'))).toEqual([]);
    expect(partsOf('active.fees.amount')).toEqual([]);
  });

  it('computes a total only after the totals it sums (the （七）总计 row 总计 comes after the column totals)', () => {
    for (const [i, total] of COMPUTED_TOTAL_IDS.entries()) {
      for (const part of partsOf(total)) if (isComputedTotal(part)) expect(COMPUTED_TOTAL_IDS.indexOf(part)).toBeLessThan(i);
    }
  });
});

describe('sum of parts', () => {
  it('adds the real 2023 figures: （七）总计 自然人 is 2, the 行政复议 总计 0', () => {
    const cells = seedReport().cells;
    expect(sumOfParts(cells, app('resultsTotal', 'natural'))).toBe(2);
    expect(sumOfParts(cells, app('resultsTotal', 'total'))).toBe(2);
    expect(sumOfParts(cells, 'appeals.review.total')).toBe(0);
  });

  it('cannot add a part that is blank, text, negative or fractional (the total would hide the mistake)', () => {
    const cells = seedReport().cells;
    for (const bad of [null, '', '12件', '3', -1, 2.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(sumOfParts({ ...cells, [app('granted', 'research')]: bad }, app('granted', 'total'))).toBeNull();
    }
    expect(sumOfParts(cells, app('granted', 'natural'))).toBeNull();
  });
});

describe('which totals are shown as computed', () => {
  it('every total of a blank report and of the real 2023 figures is computed', () => {
    for (const cells of [zeroCells(), seedReport().cells]) {
      for (const total of COMPUTED_TOTAL_IDS) expect(totalFollows(cells, total)).toBe(true);
    }
  });

  it('a total typed differently from its parts is shown as typed; a blank total is computed', () => {
    const cells = seedReport().cells;
    expect(totalFollows({ ...cells, [app('granted', 'total')]: 5 }, app('granted', 'total'))).toBe(false);
    expect(totalFollows({ ...cells, [app('granted', 'total')]: '1' }, app('granted', 'total'))).toBe(false);
    expect(totalFollows({ ...cells, [app('granted', 'total')]: null }, app('granted', 'total'))).toBe(true);
    expect(totalFollows({ ...cells, [app('granted', 'total')]: '' }, app('granted', 'total'))).toBe(true);
    expect(totalFollows(cells, app('granted', 'natural'))).toBe(false);
  });
});

describe('totals follow what the clerk types', () => {
  it('a result typed into a blank report updates its row 总计, its column （七）总计 and the （七）总计 row 总计', () => {
    const edits = followTotals(zeroCells(), [{ cellId: app('granted', 'natural'), value: 3 }]);
    expect(edits).toEqual([
      { cellId: app('granted', 'natural'), value: 3 },
      { cellId: app('granted', 'total'), value: 3 },
      { cellId: app('resultsTotal', 'natural'), value: 3 },
      { cellId: app('resultsTotal', 'total'), value: 3 },
    ]);
    // both equations through （七）总计·总计 hold, so no total rule has anything to say
    expect(totalFindings(reportWith(apply(zeroCells(), edits)))).toEqual([]);
  });

  it('a new application on the real figures updates only its row 总计', () => {
    const cells = seedReport().cells;
    expect(followTotals(cells, [{ cellId: app('received', 'commercial'), value: 1 }])).toEqual([
      { cellId: app('received', 'commercial'), value: 1 },
      { cellId: app('received', 'total'), value: 3 },
    ]);
  });

  it('a table 四 result updates its group 总计 only', () => {
    expect(followTotals(zeroCells(), [{ cellId: 'appeals.litigationAfterReview.pending', value: 2 }])).toEqual([
      { cellId: 'appeals.litigationAfterReview.pending', value: 2 },
      { cellId: 'appeals.litigationAfterReview.total', value: 2 },
    ]);
  });

  it('a total the clerk typed differently is left alone while the others keep following', () => {
    const cells = { ...seedReport().cells, [app('granted', 'total')]: 5 };
    const edits = asMap(followTotals(cells, [{ cellId: app('granted', 'natural'), value: 2 }]));
    expect(edits).toEqual({
      [app('granted', 'natural')]: 2,
      [app('resultsTotal', 'natural')]: 3,
      [app('resultsTotal', 'total')]: 3,
    });
  });

  it('a total typed directly is kept as typed, and the totals it feeds follow it', () => {
    const cells = seedReport().cells;
    expect(followTotals(cells, [{ cellId: app('granted', 'total'), value: 7 }])).toEqual([{ cellId: app('granted', 'total'), value: 7 }]);
    expect(followTotals(cells, [{ cellId: app('resultsTotal', 'natural'), value: 9 }])).toEqual([
      { cellId: app('resultsTotal', 'natural'), value: 9 },
      { cellId: app('resultsTotal', 'total'), value: 9 },
    ]);
    // a part and its total typed together: the typed total wins
    expect(
      asMap(followTotals(cells, [
        { cellId: app('granted', 'natural'), value: 4 },
        { cellId: app('granted', 'total'), value: 6 },
      ]))[app('granted', 'total')],
    ).toBe(6);
  });

  it('text typed into a part blanks the totals it feeds, and correcting it brings them back', () => {
    const blank = zeroCells();
    const withText = apply(blank, followTotals(blank, [{ cellId: app('granted', 'natural'), value: '12件' }]));
    expect(withText[app('granted', 'total')]).toBeNull();
    expect(withText[app('resultsTotal', 'natural')]).toBeNull();
    expect(withText[app('resultsTotal', 'total')]).toBeNull();
    const corrected = apply(withText, followTotals(withText, [{ cellId: app('granted', 'natural'), value: 12 }]));
    expect(corrected[app('granted', 'total')]).toBe(12);
    expect(corrected[app('resultsTotal', 'natural')]).toBe(12);
    expect(corrected[app('resultsTotal', 'total')]).toBe(12);
  });

  it('an imported 总计 beside an unreadable part is never overwritten when the part is filled in', () => {
    const cells = { ...zeroCells(), [app('received', 'natural')]: null, [app('received', 'commercial')]: 1, [app('received', 'total')]: 5 };
    expect(followTotals(cells, [{ cellId: app('received', 'natural'), value: 3 }])).toEqual([{ cellId: app('received', 'natural'), value: 3 }]);
  });

  it('a paste of several cells lists each cell once, edits first, then totals in a stable order', () => {
    const edits: CellEdit[] = [
      { cellId: app('granted', 'natural'), value: 1 },
      { cellId: app('granted', 'commercial'), value: 2 },
      { cellId: app('granted', 'natural'), value: 4 },
      { cellId: app('unavailable.notHeld', 'natural'), value: 1 },
    ];
    const result = followTotals(zeroCells(), edits);
    expect(result).toEqual(followTotals(zeroCells(), edits));
    expect(new Set(result.map((e) => e.cellId)).size).toBe(result.length);
    expect(result).toEqual([
      { cellId: app('granted', 'natural'), value: 4 },
      { cellId: app('granted', 'commercial'), value: 2 },
      { cellId: app('unavailable.notHeld', 'natural'), value: 1 },
      { cellId: app('granted', 'total'), value: 6 },
      { cellId: app('unavailable.notHeld', 'total'), value: 1 },
      { cellId: app('resultsTotal', 'natural'), value: 5 },
      { cellId: app('resultsTotal', 'commercial'), value: 2 },
      { cellId: app('resultsTotal', 'total'), value: 7 },
    ]);
  });

  it('after 2,000 random entries into a blank report no total rule ever fires (every total kept computed)', () => {
    const random = seededRandom(20231);
    const parts = CELL_IDS.filter((id) => (id.startsWith('applications.') || id.startsWith('appeals.')) && !isComputedTotal(id));
    let cells: Record<string, CellValue> = zeroCells();
    for (let i = 0; i < 2000; i++) {
      const batch: CellEdit[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        cellId: parts[Math.floor(random() * parts.length)]!,
        value: Math.floor(random() * 50),
      }));
      cells = apply(cells, followTotals(cells, batch));
    }
    expect(totalFindings(reportWith(cells))).toEqual([]);
    for (const total of COMPUTED_TOTAL_IDS) expect(cells[total]).toBe(sumOfParts(cells, total));
  });
});
