/**
 * What the ledger screen shows for each row, computed from the row as typed (pure): its deadline, working days
 * left while pending, whether it is overdue, and what keeps it out of table 三.
 */
import type { LedgerEntry } from '../../../shared/api.js';
import { assessRecord, resultLabel, workingDaysLeft, type WorkingDayCalendar } from '../../../shared/ledger/index.js';
import type { LedgerRecord } from '../../../shared/ledger/types.js';

export interface LedgerRowView {
  readonly entry: LedgerEntry;
  /** `pending`: no reply yet; `done`: replied with a result; `problem`: cannot be counted until corrected. */
  readonly status: 'pending' | 'done' | 'problem';
  readonly problems: readonly string[];
  /** Result row key, for the result filter. */
  readonly result: string | null;
  readonly resultLabel: string | null;
  readonly deadline: string | null;
  /** Working days from today to the deadline while pending (negative: late). */
  readonly daysLeft: number | null;
  readonly overdue: boolean;
  /** The deadline was counted Monday–Friday: a year without a holiday schedule. */
  readonly unscheduled: boolean;
}

export const recordOf = (entry: LedgerEntry): LedgerRecord => ({ row: entry.row, ...entry.cells });

export function rowView(entry: LedgerEntry, calendar: WorkingDayCalendar, today: string): LedgerRowView {
  const a = assessRecord(recordOf(entry), calendar);
  const deadline = a.deadline?.date ?? null;
  const problems = a.problems.map((p) => p.message);
  const pending = a.result === null && a.replied === null;
  const overdue = deadline !== null && (a.replied !== null ? a.replied > deadline : pending && deadline < today);
  return {
    entry,
    status: problems.length > 0 ? 'problem' : pending ? 'pending' : 'done',
    problems,
    result: a.result,
    resultLabel: a.result ? resultLabel(a.result) : null,
    deadline,
    daysLeft: pending && deadline ? workingDaysLeft(calendar, today, deadline) : null,
    overdue,
    unscheduled: (a.deadline?.unscheduledYears.length ?? 0) > 0,
  };
}

export type LedgerFilter = 'all' | 'pending' | 'overdue' | 'problem';

export function filterRows(rows: readonly LedgerRowView[], filter: LedgerFilter, resultGroup: string | null): LedgerRowView[] {
  return rows.filter((r) => {
    if (filter === 'pending' && r.status !== 'pending') return false;
    if (filter === 'overdue' && !r.overdue) return false;
    if (filter === 'problem' && r.status !== 'problem') return false;
    if (resultGroup && !(r.result && r.result.split('.')[0] === resultGroup)) return false;
    return true;
  });
}

/** "2026-12-06" of a Date, in local time (the office's calendar day). */
export function isoToday(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
