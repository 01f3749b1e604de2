/** The 依申请公开 ledger: one record per application, each cell kept as the office wrote it. */
import type { ApplicantColumn } from '../catalogue/cells.js';

/** The columns a ledger may have; the first four are needed to tally table 三. */
export const LEDGER_FIELDS = [
  'receivedDate',
  'applicantType',
  'result',
  'reason',
  'replyDate',
  'extended',
  'subject',
  'channel',
  'applicantName',
  'contact',
  'notes',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** Longest text one ledger cell keeps (the records refuse more; an imported cell is cut there). */
export const MAX_LEDGER_CELL_CHARS = 4000;

export const REQUIRED_LEDGER_FIELDS: readonly LedgerField[] = ['receivedDate', 'applicantType', 'result', 'replyDate'];

/** Personal information: kept only where the office enters it, never in a report, export, roll-up or log. */
export const PERSONAL_LEDGER_FIELDS: readonly LedgerField[] = ['applicantName', 'contact'];

/** Column titles shown by the screen and the mapping step. */
export const LEDGER_FIELD_LABELS: Readonly<Record<LedgerField, string>> = {
  receivedDate: '收到日期',
  applicantType: '申请人类型',
  result: '办理结果',
  reason: '理由',
  replyDate: '答复日期',
  extended: '延期答复',
  subject: '申请内容',
  channel: '申请方式',
  applicantName: '申请人',
  contact: '联系方式',
  notes: '备注',
};

/** One application. `row` is the row number as the spreadsheet shows it (or the place in the app's ledger). */
export type LedgerRecord = { readonly row: number } & { readonly [F in LedgerField]: string };

export type ApplicantType = Exclude<ApplicantColumn, 'total'>;

export type LedgerFindingKind = 'overdue' | 'unmapped' | 'invalid' | 'outOfYear';

export interface LedgerFinding {
  readonly kind: LedgerFindingKind;
  readonly row: number;
  readonly message: string;
}

/** A record with no cell filled in. */
export function emptyLedgerRecord(row: number): LedgerRecord {
  const record: Record<string, string | number> = { row };
  for (const f of LEDGER_FIELDS) record[f] = '';
  return record as LedgerRecord;
}
