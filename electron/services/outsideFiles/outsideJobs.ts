/**
 * What the outside-files worker does with one file's bytes (outsideWorker.ts runs these; tests may call them in
 * place). A PDF is measured first (pdfBudget.ts) so that pdfjs never starts on a compression bomb; a spreadsheet
 * (the ledger, the roster) is opened under the caps of xlsxBudget.ts. Every answer is plain data (strings,
 * numbers, arrays, objects), so it crosses the thread boundary as it is.
 */
import type { ImportOutcome } from '../import/importFile.js';
import { importBytes } from '../import/importFile.js';
import { sniffBytes } from '../files/sniff.js';
import { readReportBytes, type ReportFileResult } from '../files/reportFile.js';
import { checkPdfBudget, PDF_BUDGET, type PdfBudget } from './pdfBudget.js';
import { outsideRefusals } from './refusals.js';
import { readLedgerBytes, type LedgerRead, type LedgerReadOptions } from '../ledger/readLedger.js';
import { rosterFromBytes } from '../rollup/readRoster.js';
import type { RosterResult } from '../../../shared/rollup/roster.js';

export type OutsideJob =
  | { readonly kind: 'import'; readonly bytes: Uint8Array; readonly budget?: PdfBudget }
  | { readonly kind: 'report'; readonly name: string; readonly bytes: Uint8Array; readonly budget?: PdfBudget }
  /** The office's 依申请公开 ledger (.xlsx or .csv), with the clerk's choice of sheet, header row and columns. */
  | { readonly kind: 'ledger'; readonly bytes: Uint8Array; readonly options?: LedgerReadOptions }
  /** The county's roster of units (.txt, .csv or .xlsx); `name` is put in its sentences. */
  | { readonly kind: 'roster'; readonly name: string; readonly bytes: Uint8Array };

export type OutsideAnswer<J extends OutsideJob> = J extends { kind: 'import' }
  ? ImportOutcome
  : J extends { kind: 'report' }
    ? ReportFileResult
    : J extends { kind: 'ledger' }
      ? LedgerRead
      : RosterResult;

/** A refusal predicate when a PDF is over budget ("解压后的内容过大…"), else null. */
export function pdfOverBudget(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): string | null {
  if (sniffBytes(bytes) !== 'pdf') return null;
  const verdict = checkPdfBudget(bytes, budget);
  return verdict.ok ? null : outsideRefusals[verdict.reason];
}

export async function runOutsideJob(job: OutsideJob): Promise<OutsideAnswer<OutsideJob>> {
  if (job.kind === 'ledger') return previewOnly(await readLedgerBytes(job.bytes, job.options));
  if (job.kind === 'roster') return rosterFromBytes(job.name, job.bytes);
  const overBudget = pdfOverBudget(job.bytes, job.budget);
  if (job.kind === 'import') {
    if (overBudget) return { ok: false, message: overBudget };
    return importBytes(job.bytes);
  }
  if (overBudget) return { ok: false, message: `“${job.name}”${overBudget}` };
  return readReportBytes(job.name, job.bytes);
}

/** Rows of the sheet sent back for the mapping step's preview (the records carry the whole sheet). */
export const LEDGER_PREVIEW_ROWS = 40;

/**
 * Only the rows the mapping step shows cross the thread boundary (the first 40, and 12 below the header): the
 * records already carry every row, and copying the whole sheet twice would cost the records process as much
 * time as the read saved it (measured: 40,000 rows, ~100 ms of deserialising on the receiving side).
 */
function previewOnly(read: LedgerRead): LedgerRead {
  if (!read.ok) return read;
  const keep = Math.max(LEDGER_PREVIEW_ROWS, read.layout.headerRow + 12);
  return read.rows.length <= keep ? read : { ...read, rows: read.rows.slice(0, keep).map((r) => r.slice(0, 60).map((c) => c.slice(0, 200))) };
}
