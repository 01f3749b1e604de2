import { describe, expect, it } from 'vitest';
import { CELL_IDS } from '../../shared/catalogue/cells.js';
import {
  READING_ORDER,
  TABLE_GRIDS,
  cellAt,
  gridCellOf,
  moveForKey,
  moveFrom,
  nextInReadingOrder,
} from '../../renderer/src/editor/grid/gridMap.js';

const app = (row: string, column: string): string => `applications.${row}.${column}`;

describe('where each number sits in the drawn tables', () => {
  it('places all 200 cells once, table by table in printed order (10 in 二, 175 in 三, 15 in 四)', () => {
    expect(TABLE_GRIDS.map((g) => [g.table, g.cells.length])).toEqual([
      ['active', 10],
      ['applications', 175],
      ['appeals', 15],
    ]);
    expect(READING_ORDER.map((c) => c.cellId)).toEqual(CELL_IDS);
    READING_ORDER.forEach((cell, i) => expect(cell.index).toBe(i));
  });

  it('puts table 三 numbers right of the three label columns, one grid row per application row after the 3 header rows', () => {
    expect(gridCellOf(app('received', 'natural'))).toMatchObject({ table: 'applications', row: 3, column: 3, rowSpan: 1, colSpan: 1 });
    expect(gridCellOf(app('received', 'total'))).toMatchObject({ row: 3, column: 9 });
    // the vertical 三、本年度办理结果 and the （三） group labels span rows; the numbers stay in columns 3…9
    expect(gridCellOf(app('withheld.enforcementFiles', 'research'))).toMatchObject({ row: 3 + 10, column: 5 });
    expect(gridCellOf(app('carriedForward', 'otherOrg'))).toMatchObject({ row: 27, column: 8 });
    expect(cellAt('applications', 27, 9)?.cellId).toBe(app('carriedForward', 'total'));
    expect(cellAt('applications', 10, 0)).toBeUndefined(); // a label
  });

  it('draws table 二 decision counts and the fee as one cell across the three columns', () => {
    const fee = gridCellOf('active.fees.amount')!;
    expect(fee).toMatchObject({ table: 'active', column: 1, colSpan: 3 });
    for (const column of [1, 2, 3]) expect(cellAt('active', fee.row, column)).toBe(fee);
    expect(gridCellOf('active.regulations.inForce')).toMatchObject({ row: 2, column: 3 });
  });

  it('puts the 15 numbers of table 四 in one row, 行政复议 then both kinds of 行政诉讼', () => {
    expect(gridCellOf('appeals.review.upheld')).toMatchObject({ table: 'appeals', row: 3, column: 0 });
    expect(gridCellOf('appeals.litigationAfterReview.total')).toMatchObject({ row: 3, column: 14 });
  });

  it('knows no position for an id that is not a number of the tables', () => {
    expect(gridCellOf('active.nothing')).toBeUndefined();
    expect(moveFrom('active.nothing', 'down')).toBe('active.nothing');
    expect(nextInReadingOrder('active.nothing', 1)).toBe('active.nothing');
  });
});

describe('arrow keys', () => {
  it('move to the neighbouring number in table 三, skipping the label columns and header rows', () => {
    expect(moveFrom(app('granted', 'commercial'), 'down')).toBe(app('partlyGranted', 'commercial'));
    expect(moveFrom(app('granted', 'commercial'), 'up')).toBe(app('carriedOver', 'commercial'));
    expect(moveFrom(app('granted', 'commercial'), 'left')).toBe(app('granted', 'natural'));
    expect(moveFrom(app('granted', 'commercial'), 'right')).toBe(app('granted', 'research'));
    // from the last （三） row into （四）, and from （六）3 into （七）总计
    expect(moveFrom(app('withheld.administrativeQuery', 'natural'), 'down')).toBe(app('unavailable.notHeld', 'natural'));
    expect(moveFrom(app('otherHandling.other', 'total'), 'down')).toBe(app('resultsTotal', 'total'));
  });

  it('stay put at the edges of a table instead of leaving it', () => {
    expect(moveFrom(app('received', 'natural'), 'up')).toBe(app('received', 'natural'));
    expect(moveFrom(app('received', 'natural'), 'left')).toBe(app('received', 'natural'));
    expect(moveFrom(app('received', 'total'), 'right')).toBe(app('received', 'total'));
    expect(moveFrom(app('carriedForward', 'natural'), 'down')).toBe(app('carriedForward', 'natural'));
    expect(moveFrom('active.regulations.issued', 'up')).toBe('active.regulations.issued');
    expect(moveFrom('active.fees.amount', 'down')).toBe('active.fees.amount');
    expect(moveFrom('appeals.review.pending', 'down')).toBe('appeals.review.pending');
    expect(moveFrom('appeals.review.upheld', 'left')).toBe('appeals.review.upheld');
    expect(moveFrom('appeals.litigationAfterReview.total', 'right')).toBe('appeals.litigationAfterReview.total');
  });

  it('treat a merged number of table 二 as one stop, across caption and header rows', () => {
    expect(moveFrom('active.normativeDocuments.repealed', 'down')).toBe('active.licensing.decisions');
    expect(moveFrom('active.normativeDocuments.inForce', 'down')).toBe('active.licensing.decisions');
    expect(moveFrom('active.licensing.decisions', 'down')).toBe('active.penalties.decisions');
    expect(moveFrom('active.penalties.decisions', 'down')).toBe('active.enforcement.decisions');
    expect(moveFrom('active.enforcement.decisions', 'down')).toBe('active.fees.amount');
    expect(moveFrom('active.licensing.decisions', 'up')).toBe('active.normativeDocuments.issued');
    expect(moveFrom('active.licensing.decisions', 'right')).toBe('active.licensing.decisions');
    expect(moveFrom('active.licensing.decisions', 'left')).toBe('active.licensing.decisions');
  });

  it('walk table 四 left to right across the 行政复议 / 行政诉讼 boundary', () => {
    expect(moveFrom('appeals.review.total', 'right')).toBe('appeals.litigationDirect.upheld');
    expect(moveFrom('appeals.litigationAfterReview.upheld', 'left')).toBe('appeals.litigationDirect.total');
  });
});

describe('Enter and Tab', () => {
  it('Enter moves down a column as in Excel, Shift+Enter up', () => {
    expect(moveForKey(app('received', 'natural'), 'Enter')).toBe(app('carriedOver', 'natural'));
    expect(moveForKey(app('carriedOver', 'natural'), 'Enter', true)).toBe(app('received', 'natural'));
    expect(moveForKey('active.regulations.repealed', 'ArrowDown')).toBe('active.normativeDocuments.repealed');
    expect(moveForKey('active.regulations.repealed', 'ArrowRight')).toBe('active.regulations.inForce');
  });

  it('Tab goes through every number in reading order and crosses from table 二 to 三 to 四; Shift+Tab goes back', () => {
    expect(moveForKey('active.regulations.issued', 'Tab')).toBe('active.regulations.repealed');
    expect(moveForKey(app('received', 'total'), 'Tab')).toBe(app('carriedOver', 'natural'));
    expect(nextInReadingOrder('active.fees.amount', 1)).toBe(app('received', 'natural'));
    expect(nextInReadingOrder(app('received', 'natural'), -1)).toBe('active.fees.amount');
    expect(nextInReadingOrder(app('carriedForward', 'total'), 1)).toBe('appeals.review.upheld');
    expect(moveForKey('appeals.review.upheld', 'Tab', true)).toBe(app('carriedForward', 'total'));
    let id = CELL_IDS[0]!;
    const visited = [id];
    for (let i = 0; i < 250; i++) {
      const next = moveForKey(id, 'Tab');
      if (next === id) break;
      visited.push((id = next));
    }
    expect(visited).toEqual(CELL_IDS);
  });

  it('Tab stays on the last number and Shift+Tab on the first', () => {
    expect(nextInReadingOrder('appeals.litigationAfterReview.total', 1)).toBe('appeals.litigationAfterReview.total');
    expect(nextInReadingOrder('active.regulations.issued', -1)).toBe('active.regulations.issued');
  });
});
