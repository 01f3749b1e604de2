import { describe, expect, it } from 'vitest';
import {
  STATE_COUNCIL_SCHEDULES,
  addWorkingDays,
  dayNumber,
  ledgerCalendar,
  replyDeadline,
  workingDaysLeft,
} from '../../shared/ledger/index.js';

const calendar = ledgerCalendar();
const isWorking = (iso: string): boolean => calendar.isWorkingDay(dayNumber(iso));

describe('the State Council schedules shipped as data', () => {
  it('cover every year from 2020 to 2026', () => {
    expect(STATE_COUNCIL_SCHEDULES.map((s) => s.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('make 调休 weekends working days and holidays on weekdays days off', () => {
    expect(isWorking('2024-02-04')).toBe(true); // Sunday before the 2024 Spring Festival
    expect(isWorking('2024-02-18')).toBe(true); // Sunday after it
    expect(isWorking('2024-02-14')).toBe(false); // Wednesday in the holiday
    expect(isWorking('2024-02-09')).toBe(true); // 除夕 2024 was not a day off (only encouraged)
    expect(isWorking('2025-01-28')).toBe(false); // 除夕 2025 is a day off under the 2024 revision
    expect(isWorking('2025-10-11')).toBe(true); // Saturday after National Day 2025
    expect(isWorking('2026-02-14')).toBe(true);
    expect(isWorking('2026-02-28')).toBe(true);
    expect(isWorking('2026-02-23')).toBe(false); // 正月初七 2026, a Monday
  });

  it('list only weekend days as 调休 working days, and no day both on and off', () => {
    for (const s of STATE_COUNCIL_SCHEDULES) {
      for (const d of s.workdays) expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
      for (const d of s.holidays) expect(s.workdays).not.toContain(d);
    }
  });

  it('keep the 2020 extension of the Spring Festival: Saturday 1 February was no longer a working day', () => {
    expect(isWorking('2020-02-01')).toBe(false);
    expect(isWorking('2020-01-31')).toBe(false);
    expect(isWorking('2020-02-03')).toBe(true);
  });
});

describe('the reply deadline (20 working days after the day of receipt, 40 when extended)', () => {
  it('around the 2024 Spring Festival counts both 调休 Sundays and skips the holiday week', () => {
    // Fri 2 Feb: day 1 is Sun 4 Feb (调休), … Fri 9 Feb day 6, Sun 18 Feb day 7, … Wed 6 Mar day 20
    expect(replyDeadline(calendar, '2024-02-02', false)).toEqual({ date: '2024-03-06', unscheduledYears: [] });
  });

  it('around National Day 2025 (eight days off, two 调休 weekend days)', () => {
    // Fri 26 Sep: Sun 28 Sep day 1, 29–30 Sep days 2–3, 1–8 Oct off, 9–10 Oct, Sat 11 Oct day 6, … Thu 30 Oct day 20
    expect(replyDeadline(calendar, '2025-09-26', false).date).toBe('2025-10-30');
  });

  it('around the 2020 Spring Festival and its extension', () => {
    // Fri 17 Jan: Sun 19 Jan (调休) day 1, 20–23 Jan days 2–5, 24 Jan–2 Feb off, 3 Feb day 6, … Fri 21 Feb day 20
    expect(replyDeadline(calendar, '2020-01-17', false).date).toBe('2020-02-21');
  });

  it('over the 2023 New Year, whose holiday began on 31 December 2022', () => {
    // Fri 30 Dec 2022: 31 Dec–2 Jan off, Tue 3 Jan day 1; 3–20 Jan days 1–14; 21–27 Jan the Spring Festival;
    // Sat 28 and Sun 29 Jan (调休) days 15–16; Mon 30 Jan … Thu 2 Feb days 17–20
    const d = replyDeadline(calendar, '2022-12-30', false);
    let count = 0;
    for (let day = dayNumber('2022-12-31'); day <= dayNumber(d.date); day++) if (calendar.isWorkingDay(day)) count++;
    expect(count).toBe(20);
    expect(isWorking('2023-01-02')).toBe(false);
    expect(d.date).toBe('2023-02-02');
  });

  it('extended: 40 working days', () => {
    const twenty = replyDeadline(calendar, '2024-09-10', false).date;
    const forty = replyDeadline(calendar, '2024-09-10', true).date;
    expect(addWorkingDays(calendar, twenty, 20).date).toBe(forty);
  });

  it('in a year with no schedule counts Monday–Friday and says which year', () => {
    // 2027-01-04 is a Monday; 20 weekdays later is Monday 1 February
    expect(replyDeadline(calendar, '2027-01-04', false)).toEqual({ date: '2027-02-01', unscheduledYears: [2027] });
    expect(replyDeadline(calendar, '2026-12-25', false).unscheduledYears).toEqual([2027]);
  });

  it('uses a schedule the office added for next year, so the note goes away', () => {
    const added = ledgerCalendar([
      { year: 2027, source: '本单位录入', holidays: ['2027-01-01', '2027-01-11'], workdays: ['2027-01-09'] },
    ]);
    // Mon 4 Jan: 5–8 Jan days 1–4, Sat 9 Jan day 5, Mon 11 Jan off, 12–15 Jan 6–9, 18–22 10–14, 25–29 15–19, Mon 1 Feb 20
    expect(replyDeadline(added, '2027-01-04', false)).toEqual({ date: '2027-02-01', unscheduledYears: [] });
    expect(added.isWorkingDay(dayNumber('2027-01-11'))).toBe(false);
  });
});

describe('working days left', () => {
  it('is 0 on the deadline, positive before it, negative after it (working days only)', () => {
    expect(workingDaysLeft(calendar, '2024-03-06', '2024-03-06')).toBe(0);
    expect(workingDaysLeft(calendar, '2024-02-08', '2024-02-19')).toBe(3); // 9 Feb, (holiday), 18 Feb 调休, 19 Feb
    expect(workingDaysLeft(calendar, '2024-03-11', '2024-03-06')).toBe(-3); // 7, 8, 11 March
  });
});
