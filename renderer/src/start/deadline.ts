/**
 * Days left to the legal deadline of a report (条例 art. 49, shared/calendar.ts): departments and townships by
 * 31 January of the next year, county and city governments by 31 March. Pure; `today` is passed in.
 */
import { deadlineFor, LEGAL_DEADLINES, parseIsoDate, chineseDate } from '../../../shared/calendar.js';
import type { AgencyLevel } from '../../../shared/catalogue/sections.js';

export interface DeadlineState {
  readonly deadline: string; // ISO
  readonly daysLeft: number; // negative when overdue
  readonly text: string;
  readonly tone: 'normal' | 'soon' | 'overdue';
}

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

export function deadlineState(year: number, level: AgencyLevel, today: { year: number; month: number; day: number }): DeadlineState {
  const deadline = deadlineFor(year, LEGAL_DEADLINES[level]);
  const d = parseIsoDate(deadline)!;
  const daysLeft = dayNumber(d.year, d.month, d.day) - dayNumber(today.year, today.month, today.day);
  const date = chineseDate(deadline);
  if (daysLeft < 0) return { deadline, daysLeft, text: `已逾期 ${-daysLeft} 天（${date}截止）`, tone: 'overdue' };
  if (daysLeft === 0) return { deadline, daysLeft, text: `今天截止（${date}）`, tone: 'soon' };
  return { deadline, daysLeft, text: `还剩 ${daysLeft} 天（${date}截止）`, tone: daysLeft <= 14 ? 'soon' : 'normal' };
}

/** The year a new report is most likely for: this year from October on (drafting starts), else last year. */
export function likelyReportYear(today: { year: number; month: number }): number {
  return today.month >= 10 ? today.year : today.year - 1;
}

export const todayOf = (date: Date): { year: number; month: number; day: number } => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
});
