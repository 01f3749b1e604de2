import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../shared/catalogue/cells.js';
import { parseClipboard, pasteAt, placeBlock } from '../../renderer/src/editor/grid/paste.js';

const app = (row: string, column: string): string => `applications.${row}.${column}`;
const COLUMNS = APPLICANT_COLUMNS.map((c) => c.key);
const ROWS = APPLICATION_ROWS.map((r) => r.key);

/** A block as a spreadsheet copies it: tab-separated, each row ending in \r\n. */
const excel = (rows: readonly (readonly (string | number)[])[]): string => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

describe('reading what Excel, WPS and LibreOffice put on the clipboard', () => {
  it('splits tabs into columns and \\r\\n or \\n into rows, without an empty row for the final line break', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([['1', '2', '3'], ['4', '5', '6']]);
    expect(parseClipboard('1\t2\n3\t4\n')).toEqual([['1', '2'], ['3', '4']]);
    expect(parseClipboard('1\t2\n3\t4')).toEqual([['1', '2'], ['3', '4']]);
    expect(parseClipboard('7\r\n')).toEqual([['7']]);
    expect(parseClipboard('7')).toEqual([['7']]);
    expect(parseClipboard('')).toEqual([]);
  });

  it('keeps empty cells in their place (a copied blank cell is still a column)', () => {
    expect(parseClipboard('1\t\t3\r\n\t\t\r\n')).toEqual([['1', '', '3'], ['', '', '']]);
    expect(parseClipboard('\n')).toEqual([['']]);
    expect(parseClipboard('1\n\n2\n')).toEqual([['1'], [''], ['2']]);
  });

  it('reads quoted cells with a tab, a line break or doubled quotes inside as one cell', () => {
    expect(parseClipboard('"a\tb"\t2\r\n')).toEqual([['a\tb', '2']]);
    expect(parseClipboard('"第一行\n第二行"\t5\r\n6\t7\r\n')).toEqual([['第一行\n第二行', '5'], ['6', '7']]);
    expect(parseClipboard('"说""明"\t1')).toEqual([['说"明', '1']]);
    expect(parseClipboard('""\t1\n')).toEqual([['', '1']]);
  });

  it('reads a quote that does not close a cell as an ordinary character', () => {
    expect(parseClipboard('"12"件\t3\n')).toEqual([['"12"件', '3']]);
    expect(parseClipboard('"unclosed\t3\n')).toEqual([['"unclosed', '3']]);
    expect(parseClipboard('5"\t"6\n')).toEqual([['5"', '"6']]);
  });
});

describe('pasting a block into the tables', () => {
  it('fills all seven columns of table 三 row by row from 一、本年新收 · 自然人 down through every row', () => {
    const block = ROWS.map((_, r) => COLUMNS.map((_, c) => r * 10 + c));
    const { edits, notPasted } = pasteAt(app('received', 'natural'), excel(block));
    expect(notPasted).toEqual([]);
    expect(edits).toHaveLength(175);
    expect(edits.slice(0, 8)).toEqual([
      ...COLUMNS.map((c, i) => ({ cellId: app('received', c), value: i })),
      { cellId: app('carriedOver', 'natural'), value: 10 },
    ]);
    expect(edits).toContainEqual({ cellId: app('withheld.stateSecret', 'research'), value: 42 });
    expect(edits.at(-1)).toEqual({ cellId: app('carriedForward', 'total'), value: 246 });
  });

  it('starts where the paste starts: a 2×2 block at （三）8 · 科研机构 lands on 8 and （四）1 in 科研机构 and 社会公益组织', () => {
    const { edits } = pasteAt(app('withheld.administrativeQuery', 'research'), '1\t2\r\n3\t4\r\n');
    expect(edits).toEqual([
      { cellId: app('withheld.administrativeQuery', 'research'), value: 1 },
      { cellId: app('withheld.administrativeQuery', 'nonprofit'), value: 2 },
      { cellId: app('unavailable.notHeld', 'research'), value: 3 },
      { cellId: app('unavailable.notHeld', 'nonprofit'), value: 4 },
    ]);
  });

  it('reports the values beyond the right and bottom edges of table 三 instead of dropping them silently', () => {
    const { edits, notPasted } = pasteAt(app('resultsTotal', 'otherOrg'), '1\t2\t3\n4\t5\t6\n7\t8\t9\n');
    expect(edits.map((e) => e.cellId)).toEqual([
      app('resultsTotal', 'otherOrg'),
      app('resultsTotal', 'total'),
      app('carriedForward', 'otherOrg'),
      app('carriedForward', 'total'),
    ]);
    expect(notPasted).toEqual([
      { row: 0, column: 2, text: '3' },
      { row: 1, column: 2, text: '6' },
      { row: 2, column: 0, text: '7' },
      { row: 2, column: 1, text: '8' },
      { row: 2, column: 2, text: '9' },
    ]);
  });

  it('never spills from table 三 into table 四 (pasting down stops at the table)', () => {
    const { edits, notPasted } = pasteAt(app('carriedForward', 'total'), '1\n2\n');
    expect(edits).toEqual([{ cellId: app('carriedForward', 'total'), value: 1 }]);
    expect(notPasted).toEqual([{ row: 1, column: 0, text: '2' }]);
  });

  it('pastes one value per merged cell of table 二 and down across its caption rows', () => {
    const placed = placeBlock('active.regulations.issued', [
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['33959', '', ''],
      ['229909'],
      ['8376'],
      ['1482.5623'],
    ]);
    expect(placed.placed).toEqual([
      { cellId: 'active.regulations.issued', text: '1' },
      { cellId: 'active.regulations.repealed', text: '2' },
      { cellId: 'active.regulations.inForce', text: '3' },
      { cellId: 'active.normativeDocuments.issued', text: '4' },
      { cellId: 'active.normativeDocuments.repealed', text: '5' },
      { cellId: 'active.normativeDocuments.inForce', text: '6' },
      { cellId: 'active.licensing.decisions', text: '33959' },
      { cellId: 'active.penalties.decisions', text: '229909' },
      { cellId: 'active.enforcement.decisions', text: '8376' },
      { cellId: 'active.fees.amount', text: '1482.5623' },
    ]);
    expect(placed.notPlaced).toEqual([]); // the blank cells beside 33959 carry nothing
    expect(placeBlock('active.licensing.decisions', [['1', '2']]).notPlaced).toEqual([{ row: 0, column: 1, text: '2' }]);
  });

  it('pastes the 15 numbers of table 四 as one row', () => {
    const { edits, notPasted } = pasteAt('appeals.review.upheld', `${Array.from({ length: 16 }, (_, i) => i).join('\t')}\r\n`);
    expect(edits).toHaveLength(15);
    expect(edits[14]).toEqual({ cellId: 'appeals.litigationAfterReview.total', value: 14 });
    expect(notPasted).toEqual([{ row: 0, column: 15, text: '15' }]);
  });

  it('reads each pasted value as if typed: grouped and full-width numbers, the fee as text, a blank clears, text stays text', () => {
    const { edits } = pasteAt(app('received', 'natural'), '"1,234"\t１２\t\t12件\t-1\r\n');
    expect(edits).toEqual([
      { cellId: app('received', 'natural'), value: 1234 },
      { cellId: app('received', 'commercial'), value: 12 },
      { cellId: app('received', 'research'), value: null },
      { cellId: app('received', 'nonprofit'), value: '12件' },
      { cellId: app('received', 'legalService'), value: -1 },
    ]);
    expect(pasteAt('active.fees.amount', '1,482.5623\r\n').edits).toEqual([{ cellId: 'active.fees.amount', value: '1482.5623' }]);
  });

  it('pastes nothing for empty clipboard text, and everything is reported when the start is not a table cell', () => {
    expect(pasteAt(app('received', 'natural'), '')).toEqual({ edits: [], notPasted: [] });
    expect(pasteAt('no.such.cell', '1\t2\n').notPasted).toHaveLength(2);
  });
});
