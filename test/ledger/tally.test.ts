import { describe, expect, it } from 'vitest';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PART_COLUMNS,
  APPLICATION_ROWS,
  RESULT_ROW_KEYS,
  applicationCellId,
} from '../../shared/catalogue/cells.js';
import { emptyLedgerRecord, ledgerCalendar, tallyLedger, type LedgerRecord } from '../../shared/ledger/index.js';
import { blankReport } from '../../shared/report/blank.js';
import { checkReport } from '../../shared/rules/engine.js';
import { generateLedger, type GeneratedRow } from '../support/ledgers.js';

const calendar = ledgerCalendar();
const YEAR = 2024;

/** Table 三 counted from the generator's truth, cell by cell, without the tally's code. */
function independentCount(rows: readonly GeneratedRow[], year: number): Record<string, number> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const truths = rows.map((r) => r.truth);
  const inScope = truths.filter((t) => t.received <= end && !(t.replied !== null && t.replied < start));
  const expected: Record<string, number> = {};
  for (const column of APPLICANT_PART_COLUMNS) {
    const mine = inScope.filter((t) => t.applicant === column);
    const cell = (row: string, n: number): void => {
      expected[applicationCellId(row, column)] = n;
    };
    cell('received', mine.filter((t) => t.received >= start).length);
    cell('carriedOver', mine.filter((t) => t.received < start).length);
    let concluded = 0;
    for (const row of RESULT_ROW_KEYS) {
      const n = mine.filter((t) => t.result === row && t.replied! <= end).length;
      cell(row, n);
      concluded += n;
    }
    cell('resultsTotal', concluded);
    cell('carriedForward', mine.filter((t) => t.replied === null || t.replied > end).length);
  }
  for (const row of APPLICATION_ROWS) {
    expected[applicationCellId(row.key, 'total')] = APPLICANT_PART_COLUMNS.reduce(
      (s, c) => s + expected[applicationCellId(row.key, c)]!,
      0,
    );
  }
  return expected;
}

/** Overdue by counting working days up to the day before the reply (or before 31 December). */
function independentOverdueRows(rows: readonly GeneratedRow[], year: number): number[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const out: number[] = [];
  for (const { record, truth } of rows) {
    if (truth.received > end || (truth.replied !== null && truth.replied < start)) continue;
    const cutoff = truth.replied !== null && truth.replied <= end ? truth.replied : end;
    let working = 0;
    for (let t = Date.parse(truth.received) + 86_400_000; t < Date.parse(cutoff); t += 86_400_000) {
      if (calendar.isWorkingDay(t / 86_400_000)) working++;
    }
    if (working >= (truth.extended ? 40 : 20)) out.push(record.row);
  }
  return out;
}

describe('the tally of table 三 from a ledger', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`equals an independent count, cell by cell (generated ledger ${seed}, across the year end)`, () => {
      const rows = generateLedger(seed, YEAR, 400);
      const tally = tallyLedger(rows.map((r) => r.record), { year: YEAR, calendar });
      expect(tally.findings.filter((f) => f.kind === 'unmapped' || f.kind === 'invalid')).toEqual([]);
      expect(tally.cells).toEqual(independentCount(rows, YEAR));
      const overdue = tally.findings.filter((f) => f.kind === 'overdue').map((f) => f.row);
      expect(overdue).toEqual(independentOverdueRows(rows, YEAR));
      const outOfYear = rows.filter((r) => r.truth.received > `${YEAR}-12-31`).map((r) => r.record.row);
      expect(tally.findings.filter((f) => f.kind === 'outOfYear').map((f) => f.row)).toEqual(outOfYear);
      expect(tally.counted).toBe(tally.cells['applications.received.total']! + tally.cells['applications.carriedOver.total']!);
    });
  }

  it('uses every result row, every applicant type, carry-over and carry-forward in the generated ledgers', () => {
    const tally = tallyLedger(generateLedger(1, YEAR, 400).map((r) => r.record), { year: YEAR, calendar });
    for (const row of [...RESULT_ROW_KEYS, 'carriedOver', 'carriedForward', 'received']) {
      expect(tally.cells[applicationCellId(row, 'total')], row).toBeGreaterThan(0);
    }
    for (const c of APPLICANT_PART_COLUMNS) expect(tally.cells[applicationCellId('received', c)], c).toBeGreaterThan(0);
  });

  it('makes a table 三 that passes R3-1, R3-2 and R3-3', () => {
    for (const seed of [7, 8, 9]) {
      const tally = tallyLedger(generateLedger(seed, YEAR, 300).map((r) => r.record), { year: YEAR, calendar });
      const report = blankReport({ agency: '测试县人民政府', level: 'county', year: YEAR });
      const findings = checkReport({ ...report, cells: { ...report.cells, ...tally.cells } });
      expect(findings.filter((f) => f.rule.startsWith('R3'))).toEqual([]);
    }
  });

  it('gives every applications.* cell and nothing else', () => {
    const tally = tallyLedger([], { year: YEAR, calendar });
    expect(Object.keys(tally.cells)).toHaveLength(APPLICATION_ROWS.length * APPLICANT_COLUMNS.length);
    expect(Object.values(tally.cells).every((v) => v === 0)).toBe(true);
  });
});

const record = (row: number, cells: Partial<LedgerRecord>): LedgerRecord => ({ ...emptyLedgerRecord(row), ...cells });

describe('ledger findings', () => {
  it('leaves out a row with an unmapped applicant type or result and names its row number', () => {
    const tally = tallyLedger(
      [
        record(3, { receivedDate: '2024-03-05', applicantType: '外星人', result: '予以公开', replyDate: '2024-03-10' }),
        record(4, { receivedDate: '2024-03-05', applicantType: '个人', result: '不予公开', replyDate: '2024-03-10' }),
        record(5, { receivedDate: '2024-03-05', applicantType: '个人', result: '予以公开', replyDate: '2024-03-10' }),
      ],
      { year: YEAR, calendar },
    );
    expect(tally.counted).toBe(1);
    expect(tally.findings.map((f) => [f.kind, f.row])).toEqual([
      ['unmapped', 3],
      ['unmapped', 4],
    ]);
    expect(tally.findings[1]!.message).toContain('须写明理由');
    expect(tally.cells['applications.received.total']).toBe(1);
  });

  it('calls a date that is not a date, and a reply before receipt, invalid', () => {
    const tally = tallyLedger(
      [
        record(2, { receivedDate: '2024-02-30', applicantType: '个人', result: '予以公开', replyDate: '2024-03-10' }),
        record(3, { receivedDate: '2024-03-12', applicantType: '个人', result: '予以公开', replyDate: '2024-03-10' }),
        record(4, { receivedDate: '三月五日', applicantType: '个人', result: '', replyDate: '' }),
      ],
      { year: YEAR, calendar },
    );
    expect(tally.counted).toBe(0);
    expect(tally.findings.map((f) => f.kind)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(tally.findings[1]!.message).toBe('第3行：答复日期2024年3月10日早于收到日期2024年3月12日');
  });

  it('flags a late reply and a pending application past its deadline on 31 December', () => {
    const tally = tallyLedger(
      [
        // received Fri 2 Feb 2024: deadline Wed 6 Mar (the Spring Festival and two 调休 Sundays)
        record(2, { receivedDate: '2024年2月2日', applicantType: '个人', result: '予以公开', replyDate: '2024年3月6日' }),
        record(3, { receivedDate: '2024年2月2日', applicantType: '个人', result: '予以公开', replyDate: '2024年3月7日' }),
        record(4, { receivedDate: '2024/11/1', applicantType: '企业', result: '', replyDate: '' }),
        record(5, { receivedDate: '2024/12/20', applicantType: '企业', result: '办理中', replyDate: '' }),
      ],
      { year: YEAR, calendar },
    );
    expect(tally.findings.map((f) => f.message)).toEqual([
      '第3行：2024年2月2日收到，答复期限2024年3月6日（20个工作日），2024年3月7日才答复，逾期1个工作日',
      '第4行：2024年11月1日收到，答复期限2024年11月29日（20个工作日），至2024年12月31日仍未答复，已逾期22个工作日',
    ]);
    expect(tally.cells['applications.carriedForward.commercial']).toBe(2);
  });

  it('counts a year without a holiday schedule Monday–Friday and says so', () => {
    const tally = tallyLedger([record(2, { receivedDate: '2027-03-01', applicantType: '个人', result: '予以公开', replyDate: '2027-03-05' })], {
      year: 2027,
      calendar,
    });
    expect(tally.counted).toBe(1);
    expect(tally.notes).toHaveLength(1);
    expect(tally.notes[0]).toContain('2027年的节假日安排尚未录入');
  });

  it('leaves last year’s concluded business out and flags applications received after the year', () => {
    const tally = tallyLedger(
      [
        record(2, { receivedDate: '2023-05-01', applicantType: '个人', result: '予以公开', replyDate: '2023-05-20' }),
        record(3, { receivedDate: '2023-12-20', applicantType: '个人', result: '予以公开', replyDate: '2024-01-05' }),
        record(4, { receivedDate: '2025-01-03', applicantType: '个人', result: '', replyDate: '' }),
      ],
      { year: YEAR, calendar },
    );
    expect(tally.rows).toBe(3);
    expect(tally.counted).toBe(1);
    expect(tally.cells['applications.carriedOver.natural']).toBe(1);
    expect(tally.cells['applications.granted.natural']).toBe(1);
    expect(tally.findings.map((f) => [f.kind, f.row])).toEqual([['outOfYear', 4]]);
  });
});
