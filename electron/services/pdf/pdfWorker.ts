/**
 * The worker thread that renders PDFs, so that in the desktop app the main process (and with it every window)
 * stays responsive while pdfkit lays out and subsets the font. It answers one message per job; the fonts stay
 * loaded between jobs.
 */
import { parentPort } from 'node:worker_threads';
import type { Report } from '../../../shared/report/schema.js';
import { PdfRefusal, renderReportPdf, type RenderOptions } from './renderReport.js';

export interface PdfJob {
  readonly id: number;
  readonly report: Report;
  readonly options: RenderOptions;
}

export type PdfJobResult =
  | { readonly id: number; readonly ok: true; readonly pdf: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly refusal: boolean; readonly message: string };

if (!parentPort) throw new Error('pdfWorker.ts runs only as a worker thread (see pdfInWorker.ts)');
const port = parentPort;

port.on('message', (job: PdfJob) => {
  renderReportPdf(job.report, job.options).then(
    (buffer) => {
      const pdf = new Uint8Array(buffer); // a copy that owns its memory, handed over without another copy
      port.postMessage({ id: job.id, ok: true, pdf } satisfies PdfJobResult, [pdf.buffer]);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: job.id, ok: false, refusal: error instanceof PdfRefusal, message } satisfies PdfJobResult);
    },
  );
});
