/**
 * What the outside-files worker does with one file's bytes (outsideWorker.ts runs these; tests may call them in
 * place). A PDF is measured first (pdfBudget.ts) so that pdfjs never starts on a compression bomb.
 */
import type { ImportOutcome } from '../import/importFile.js';
import { importBytes } from '../import/importFile.js';
import { sniffBytes } from '../files/sniff.js';
import { readReportBytes, type ReportFileResult } from '../files/reportFile.js';
import { checkPdfBudget, PDF_BUDGET, type PdfBudget } from './pdfBudget.js';
import { outsideRefusals } from './refusals.js';

export type OutsideJob =
  | { readonly kind: 'import'; readonly bytes: Uint8Array; readonly budget?: PdfBudget }
  | { readonly kind: 'report'; readonly name: string; readonly bytes: Uint8Array; readonly budget?: PdfBudget };

export type OutsideAnswer<J extends OutsideJob> = J extends { kind: 'import' } ? ImportOutcome : ReportFileResult;

/** A refusal predicate when a PDF is over budget ("解压后的内容过大…"), else null. */
export function pdfOverBudget(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): string | null {
  if (sniffBytes(bytes) !== 'pdf') return null;
  const verdict = checkPdfBudget(bytes, budget);
  return verdict.ok ? null : outsideRefusals[verdict.reason];
}

export async function runOutsideJob(job: OutsideJob): Promise<ImportOutcome | ReportFileResult> {
  const overBudget = pdfOverBudget(job.bytes, job.budget);
  if (job.kind === 'import') {
    if (overBudget) return { ok: false, message: overBudget };
    return importBytes(job.bytes);
  }
  if (overBudget) return { ok: false, message: `“${job.name}”${overBudget}` };
  return readReportBytes(job.name, job.bytes);
}
