/**
 * The State Council's holiday schedules (国务院办公厅关于某年部分节假日安排的通知), as data: for each year the days
 * off that fall on a weekday or weekend (放假) and the weekend days that are working days (调休上班). Weekends not
 * listed are rest days, weekdays not listed are working days.
 *
 * Each year was checked on 2026-12-06 against the notice's text as republished (新华社, 中国政府网 and local
 * government sites). Not yet known here: 2027 (published each November–December; an office adds it in the app).
 * 2020 includes the extension of the Spring Festival to 2 February (国办发明电〔2020〕1号), which turned the
 * working Saturday 1 February into a day off.
 */

export interface HolidaySchedule {
  readonly year: number;
  /** Where the dates come from (the notice's number or how the office entered it). */
  readonly source: string;
  /** Days off as ISO dates, weekends included where the notice includes them. */
  readonly holidays: readonly string[];
  /** Saturdays and Sundays that are working days (调休上班). */
  readonly workdays: readonly string[];
}

/** Every day from `from` to `to` (ISO, inclusive). */
function span(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export const STATE_COUNCIL_SCHEDULES: readonly HolidaySchedule[] = [
  {
    year: 2020,
    source: '国办发明电〔2019〕16号；国办发明电〔2020〕1号（春节假期延长至2月2日）',
    holidays: [
      '2020-01-01',
      ...span('2020-01-24', '2020-02-02'),
      ...span('2020-04-04', '2020-04-06'),
      ...span('2020-05-01', '2020-05-05'),
      ...span('2020-06-25', '2020-06-27'),
      ...span('2020-10-01', '2020-10-08'),
    ],
    workdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  {
    year: 2021,
    source: '国办发明电〔2020〕27号',
    holidays: [
      ...span('2021-01-01', '2021-01-03'),
      ...span('2021-02-11', '2021-02-17'),
      ...span('2021-04-03', '2021-04-05'),
      ...span('2021-05-01', '2021-05-05'),
      ...span('2021-06-12', '2021-06-14'),
      ...span('2021-09-19', '2021-09-21'),
      ...span('2021-10-01', '2021-10-07'),
    ],
    workdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  {
    year: 2022,
    source: '国办发明电〔2021〕11号',
    holidays: [
      ...span('2022-01-01', '2022-01-03'),
      ...span('2022-01-31', '2022-02-06'),
      ...span('2022-04-03', '2022-04-05'),
      ...span('2022-04-30', '2022-05-04'),
      ...span('2022-06-03', '2022-06-05'),
      ...span('2022-09-10', '2022-09-12'),
      ...span('2022-10-01', '2022-10-07'),
    ],
    workdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  {
    year: 2023,
    source: '国办发明电〔2022〕16号',
    holidays: [
      ...span('2022-12-31', '2023-01-02'),
      ...span('2023-01-21', '2023-01-27'),
      '2023-04-05',
      ...span('2023-04-29', '2023-05-03'),
      ...span('2023-06-22', '2023-06-24'),
      ...span('2023-09-29', '2023-10-06'),
    ],
    workdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    source: '国办发明电〔2023〕7号',
    holidays: [
      '2024-01-01',
      ...span('2024-02-10', '2024-02-17'),
      ...span('2024-04-04', '2024-04-06'),
      ...span('2024-05-01', '2024-05-05'),
      '2024-06-10',
      ...span('2024-09-15', '2024-09-17'),
      ...span('2024-10-01', '2024-10-07'),
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    source: '国办发明电〔2024〕12号',
    holidays: [
      '2025-01-01',
      ...span('2025-01-28', '2025-02-04'),
      ...span('2025-04-04', '2025-04-06'),
      ...span('2025-05-01', '2025-05-05'),
      ...span('2025-05-31', '2025-06-02'),
      ...span('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      ...span('2026-01-01', '2026-01-03'),
      ...span('2026-02-15', '2026-02-23'),
      ...span('2026-04-04', '2026-04-06'),
      ...span('2026-05-01', '2026-05-05'),
      ...span('2026-06-19', '2026-06-21'),
      ...span('2026-09-25', '2026-09-27'),
      ...span('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
