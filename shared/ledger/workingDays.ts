/**
 * Working days for the reply time limit (条例 art. 33): 20 working days from receipt, 40 when extended.
 *
 * Convention (docs/decisions/0016): the day of receipt is not counted; day 1 is the first working day after it
 * (as 期间开始之日不计算在期间内). The deadline is the 20th (40th) working day; a reply on that day is in time.
 * Working days follow the State Council's schedule of the date's year: its 放假 days are off, its 调休 weekend
 * days are on. A date in a year with no schedule is counted Monday–Friday, and the year is reported so the screen
 * and the CLI can say so.
 */
import type { HolidaySchedule } from './holidaySchedules.js';

export const TIME_LIMIT_WORKING_DAYS = 20;
export const EXTENDED_TIME_LIMIT_WORKING_DAYS = 40;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date (no time zone involved). */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export interface WorkingDayCalendar {
  isWorkingDay(day: number): boolean;
  /** True when the State Council's schedule of that year is known. */
  hasSchedule(year: number): boolean;
  /** The years with a schedule, ascending. */
  readonly years: readonly number[];
}

export function workingDayCalendar(schedules: readonly HolidaySchedule[]): WorkingDayCalendar {
  const off = new Set<number>();
  const on = new Set<number>();
  const years = new Set<number>();
  for (const schedule of schedules) {
    years.add(schedule.year);
    for (const d of schedule.holidays) off.add(dayNumber(d));
    for (const d of schedule.workdays) on.add(dayNumber(d));
  }
  return {
    isWorkingDay(day) {
      if (on.has(day)) return true;
      if (off.has(day)) return false;
      const w = weekday(day);
      return w !== 0 && w !== 6;
    },
    hasSchedule: (year) => years.has(year),
    years: [...years].sort((a, b) => a - b),
  };
}

export interface Deadline {
  /** The last day a reply is in time (ISO). */
  readonly date: string;
  /** Years crossed by the count that have no schedule (counted Monday–Friday). */
  readonly unscheduledYears: readonly number[];
}

/** The day `count` working days after `fromIso` (the day itself not counted). */
export function addWorkingDays(calendar: WorkingDayCalendar, fromIso: string, count: number): Deadline {
  let day = dayNumber(fromIso);
  let year = Number(fromIso.slice(0, 4));
  let nextYearStart = Date.UTC(year + 1, 0, 1) / DAY_MS;
  let unscheduled: number[] | null = null;
  let left = count;
  let checkedYear = -1;
  while (left > 0) {
    day++;
    if (day >= nextYearStart) {
      year++;
      nextYearStart = Date.UTC(year + 1, 0, 1) / DAY_MS;
    }
    if (year !== checkedYear) {
      checkedYear = year;
      if (!calendar.hasSchedule(year)) (unscheduled ??= []).push(year);
    }
    if (calendar.isWorkingDay(day)) left--;
  }
  return { date: isoOfDay(day), unscheduledYears: unscheduled ?? [] };
}

const deadlines = new WeakMap<WorkingDayCalendar, Map<string, Deadline>>();

/** The reply deadline of an application received on `receivedIso` (条例 art. 33); computed once per day. */
export function replyDeadline(calendar: WorkingDayCalendar, receivedIso: string, extended: boolean): Deadline {
  let known = deadlines.get(calendar);
  if (!known) deadlines.set(calendar, (known = new Map()));
  const key = extended ? `${receivedIso}+` : receivedIso;
  let deadline = known.get(key);
  if (!deadline) {
    deadline = addWorkingDays(calendar, receivedIso, extended ? EXTENDED_TIME_LIMIT_WORKING_DAYS : TIME_LIMIT_WORKING_DAYS);
    known.set(key, deadline);
  }
  return deadline;
}

/**
 * Working days left from `todayIso` to `deadlineIso`: 0 when the deadline is today, negative (working days late)
 * when it has passed, counting the days after today up to and including the deadline.
 */
export function workingDaysLeft(calendar: WorkingDayCalendar, todayIso: string, deadlineIso: string): number {
  const today = dayNumber(todayIso);
  const deadline = dayNumber(deadlineIso);
  const [from, to, sign] = deadline >= today ? [today, deadline, 1] : [deadline, today, -1];
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (calendar.isWorkingDay(d)) n++;
  return sign * n;
}

/** Holiday schedules an office adds (next year's notice) win over the shipped ones of the same year. */
export function mergeSchedules(
  shipped: readonly HolidaySchedule[],
  added: readonly HolidaySchedule[],
): HolidaySchedule[] {
  const byYear = new Map<number, HolidaySchedule>();
  for (const s of shipped) byYear.set(s.year, s);
  for (const s of added) byYear.set(s.year, s);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
