/** Refusals shared by every handler that changes a report. */
import { refuse } from '../../errors.js';
import type { ReportRow } from '../../records/reports.js';

export const SIGNED_MESSAGE = '该报告已签发，不能修改；如需修改，请先填写理由解除签发。';

export function requireDraft(row: ReportRow): void {
  if (row.status === 'signed') refuse('SIGNED', SIGNED_MESSAGE);
}
