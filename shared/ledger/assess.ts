/**
 * One ledger record read for table 三: its dates, its column, its result row, its deadline — or what is wrong
 * with it. Used by the tally and by the ledger screen (deadlines and days left).
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../catalogue/cells.js';
import { chineseLedgerDate, readLedgerDate } from './dates.js';
import type { ApplicantType, LedgerRecord } from './types.js';
import { applicantTypeOf, extendedOf, resultOf } from './vocabulary.js';
import { replyDeadline } from './workingDays.js';
import type { Deadline, WorkingDayCalendar } from './workingDays.js';

export interface RecordProblem {
  readonly kind: 'unmapped' | 'invalid';
  readonly message: string;
}

export interface AssessedRecord {
  readonly row: number;
  readonly received: string | null;
  readonly replied: string | null;
  readonly applicant: ApplicantType | null;
  /** Result row key, or null while no result is recorded (pending). */
  readonly result: string | null;
  readonly extended: boolean;
  /** The reply deadline, when the received date is a date. */
  readonly deadline: Deadline | null;
  /** Empty when the record can be counted. */
  readonly problems: readonly RecordProblem[];
}

const columnLabel = (key: string): string => APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;
export const resultLabel = (key: string): string => APPLICATION_ROWS.find((r) => r.key === key)?.shortLabel ?? key;
export { columnLabel as applicantLabel };

function dateOf(text: string, what: string, problems: RecordProblem[]): string | null {
  if (text.trim() === '') return null;
  const iso = readLedgerDate(text);
  if (!iso) problems.push({ kind: 'invalid', message: `${what}“${text}”不是日期` });
  return iso;
}

export function assessRecord(record: LedgerRecord, calendar: WorkingDayCalendar): AssessedRecord {
  const problems: RecordProblem[] = [];
  const received = dateOf(record.receivedDate, '收到日期', problems);
  if (record.receivedDate.trim() === '') problems.push({ kind: 'invalid', message: '没有收到日期' });
  const replied = dateOf(record.replyDate, '答复日期', problems);
  if (received && replied && replied < received) {
    problems.push({
      kind: 'invalid',
      message: `答复日期${chineseLedgerDate(replied)}早于收到日期${chineseLedgerDate(received)}`,
    });
  }
  const applicant = applicantTypeOf(record.applicantType);
  if (!applicant) {
    problems.push({
      kind: 'unmapped',
      message:
        record.applicantType.trim() === ''
          ? '没有申请人类型'
          : `申请人类型“${record.applicantType}”对应不到表三的列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）`,
    });
  }
  const reading = resultOf(record.result, record.reason);
  let result: string | null = null;
  if (reading.kind === 'unmapped') {
    const written = [record.result, record.reason].filter((t) => t.trim() !== '').join(' / ');
    problems.push({ kind: 'unmapped', message: `办理结果“${written}”：${reading.why}` });
  } else if (reading.kind === 'result') {
    result = reading.row;
    if (!replied && record.replyDate.trim() === '') {
      problems.push({ kind: 'invalid', message: `有办理结果（${resultLabel(result)}）但没有答复日期` });
    }
  } else if (replied) {
    problems.push({ kind: 'unmapped', message: '有答复日期但没有办理结果' });
  }
  const extendedReading = extendedOf(record.extended);
  if (extendedReading === null) {
    problems.push({ kind: 'invalid', message: `延期答复“${record.extended}”应写“是”或“否”` });
  }
  const extended = extendedReading === true;
  const deadline = received ? replyDeadline(calendar, received, extended) : null;
  return { row: record.row, received, replied, applicant, result, extended, deadline, problems };
}
