/**
 * The tally: ledger records → every applications.* cell of table 三, with the findings of
 * ../shared/spec/cli.md ("The ledger"). A record with an `unmapped` or `invalid` problem is not counted at all, so
 * the table still balances (R3-1…R3-3) until the ledger is corrected.
 *
 * For the tallied year Y: received in Y → 一、本年新收; received before Y and not answered before 1 January →
 * 二、上年结转; answered in Y → its result row; no reply by 31 December → 四、结转下年度继续办理. Received before Y
 * and answered before Y → last year's business, not in this table. Received after Y → `outOfYear`.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationCellId } from '../catalogue/cells.js';
import { assessRecord } from './assess.js';
import type { AssessedRecord } from './assess.js';
import { chineseLedgerDate } from './dates.js';
import type { LedgerFinding, LedgerRecord } from './types.js';
import { workingDaysLeft } from './workingDays.js';
import type { WorkingDayCalendar } from './workingDays.js';

export interface LedgerTally {
  readonly year: number;
  /** Records read from the ledger. */
  readonly rows: number;
  /** Records that went into the table. */
  readonly counted: number;
  /** Every applications.* cell (175). */
  readonly cells: Record<string, number>;
  /** Sorted by row, then kind. */
  readonly findings: LedgerFinding[];
  /** Plain-Chinese notes that are not findings (a year counted without its holiday schedule). */
  readonly notes: string[];
}

export interface TallyOptions {
  readonly year: number;
  readonly calendar: WorkingDayCalendar;
}

/** All 175 cells of table 三 at zero. */
export function emptyApplicationCells(): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const row of APPLICATION_ROWS) for (const col of APPLICANT_COLUMNS) cells[applicationCellId(row.key, col.key)] = 0;
  return cells;
}

/** Where a sound record goes in year Y's table. */
export type Placement =
  | { readonly kind: 'notInYear'; readonly why: 'before' | 'after' }
  | { readonly kind: 'counted'; readonly carriedOver: boolean; readonly outcome: string | 'carriedForward' };

export function placeRecord(record: AssessedRecord, year: number): Placement {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const received = record.received!;
  if (received > end) return { kind: 'notInYear', why: 'after' };
  const answered = record.result !== null && record.replied !== null;
  if (received < start && answered && record.replied! < start) return { kind: 'notInYear', why: 'before' };
  const concludedInYear = answered && record.replied! <= end;
  return {
    kind: 'counted',
    carriedOver: received < start,
    outcome: concludedInYear ? record.result! : 'carriedForward',
  };
}

/** The overdue finding of a counted record, judged by its reply or, without one in the year, as of 31 December. */
export function overdueMessage(
  record: AssessedRecord,
  year: number,
  calendar: WorkingDayCalendar,
): string | null {
  const deadline = record.deadline;
  if (!deadline || !record.received) return null;
  const end = `${year}-12-31`;
  const limit = record.extended ? '40个工作日，已延期' : '20个工作日';
  const head = `${chineseLedgerDate(record.received)}收到，答复期限${chineseLedgerDate(deadline.date)}（${limit}）`;
  if (record.replied && record.replied <= end) {
    if (record.replied <= deadline.date) return null;
    const late = -workingDaysLeft(calendar, record.replied, deadline.date);
    return `${head}，${chineseLedgerDate(record.replied)}才答复，${late > 0 ? `逾期${late}个工作日` : '已过期限'}`;
  }
  if (deadline.date >= end) return null;
  const late = -workingDaysLeft(calendar, end, deadline.date);
  return `${head}，至${chineseLedgerDate(end)}仍未答复，已逾期${late}个工作日`;
}

export function tallyLedger(records: readonly LedgerRecord[], options: TallyOptions): LedgerTally {
  const { year, calendar } = options;
  const cells = emptyApplicationCells();
  const findings: LedgerFinding[] = [];
  const unscheduled = new Set<number>();
  let counted = 0;
  const add = (row: string, column: string): void => {
    cells[`applications.${row}.${column}`]! += 1;
    cells[`applications.${row}.total`]! += 1;
  };
  for (const record of records) {
    const assessed = assessRecord(record, calendar);
    if (assessed.problems.length > 0) {
      for (const p of assessed.problems) findings.push({ kind: p.kind, row: record.row, message: `第${record.row}行：${p.message}` });
      continue;
    }
    const place = placeRecord(assessed, year);
    if (place.kind === 'notInYear') {
      if (place.why === 'after') {
        findings.push({
          kind: 'outOfYear',
          row: record.row,
          message: `第${record.row}行：${chineseLedgerDate(assessed.received!)}收到，在${year}年之后，不计入${year}年`,
        });
      }
      continue;
    }
    counted++;
    const column = assessed.applicant!;
    add(place.carriedOver ? 'carriedOver' : 'received', column);
    add(place.outcome, column);
    if (place.outcome !== 'carriedForward') add('resultsTotal', column);
    for (const y of assessed.deadline!.unscheduledYears) unscheduled.add(y);
    const overdue = overdueMessage(assessed, year, calendar);
    if (overdue) findings.push({ kind: 'overdue', row: record.row, message: `第${record.row}行：${overdue}` });
  }
  findings.sort((a, b) => a.row - b.row);
  const notes = [...unscheduled].sort().map(
    (y) => `${y}年的节假日安排尚未录入：该年的答复期限按周一至周五计算，未考虑法定节假日和调休，请在“节假日安排”中补录后再核对`,
  );
  return { year, rows: records.length, counted, cells, findings, notes };
}

/** The year most records were received in (the default year to tally); null when no record has a date. */
export function mostCommonYear(records: readonly LedgerRecord[], read: (text: string) => string | null): number | null {
  const counts = new Map<number, number>();
  for (const r of records) {
    const iso = read(r.receivedDate);
    if (iso) counts.set(Number(iso.slice(0, 4)), (counts.get(Number(iso.slice(0, 4))) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

