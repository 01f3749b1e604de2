/** The 依申请公开 ledger (pure): reading its words, the working-day calendar, the tally into table 三. */
export * from './assess.js';
export * from './columns.js';
export * from './dates.js';
export * from './holidaySchedules.js';
export * from './tally.js';
export * from './types.js';
export * from './vocabulary.js';
export * from './workingDays.js';

import { STATE_COUNCIL_SCHEDULES } from './holidaySchedules.js';
import type { HolidaySchedule } from './holidaySchedules.js';
import { mergeSchedules, workingDayCalendar } from './workingDays.js';
import type { WorkingDayCalendar } from './workingDays.js';

/** The shipped schedules plus those the office added (an added year replaces a shipped one). */
export function ledgerCalendar(added: readonly HolidaySchedule[] = []): WorkingDayCalendar {
  return workingDayCalendar(mergeSchedules(STATE_COUNCIL_SCHEDULES, added));
}
