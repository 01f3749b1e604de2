/**
 * The legal calendar (条例 art. 49): departments and townships hand in their report by 31 January of the next
 * year, county and city governments publish theirs by 31 March. Local rules may set earlier dates, so every
 * deadline can be overridden per level.
 */
import type { AgencyLevel } from './catalogue/sections.js';
import type { MonthDay } from './rules/types.js';

export const LEGAL_DEADLINES: Readonly<Record<AgencyLevel, MonthDay>> = {
  county: { month: 3, day: 31 },
  city: { month: 3, day: 31 },
  department: { month: 1, day: 31 },
  township: { month: 1, day: 31 },
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date read from ISO `YYYY-MM-DD`, or undefined when the text is not a real date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * A deadline written as month-day ("01-20"), or undefined when it is not a day that exists every year
 * (29 February does not).
 */
export function parseMonthDay(text: string): MonthDay | undefined {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2001, month)) return undefined;
  return { month, day };
}

/** The deadline for a report of `year` as ISO date (in the next year). */
export function deadlineFor(year: number, deadline: MonthDay): string {
  return `${year + 1}-${pad(deadline.month)}-${pad(deadline.day)}`;
}

/** "2024年1月18日" — the printed form of an ISO date. */
export function chineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.year}年${d.month}月${d.day}日` : iso;
}

const pad = (n: number): string => String(n).padStart(2, '0');
