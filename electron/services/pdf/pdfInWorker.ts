/**
 * Runs renderReportPdf in a worker thread (pdfWorker.ts) and answers with the same Buffer or the same
 * PdfRefusal. In development and tests the worker is the TypeScript file, loaded through tsx; in the packaged
 * app it is dist/main/pdfWorker.cjs, which bin/build-app.mjs builds next to main.cjs.
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../../../shared/report/schema.js';
import { PdfRefusal, type RenderOptions } from './renderReport.js';
import type { PdfJob, PdfJobResult } from './pdfWorker.js';
import { workerEntryFor, type WorkerEntry } from '../workerEntry.js';

export interface PdfWorker {
  render(report: Report, options?: RenderOptions): Promise<Buffer>;
  /** Ends the thread; jobs still running are refused. */
  close(): Promise<void>;
}

/** How to start the PDF worker (pdfWorker.ts, or the bundled pdfWorker.cjs next to main.cjs): ../workerEntry.ts. */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  return workerEntryFor('pdfWorker', moduleUrl);
}

export function startPdfWorker(entry = workerEntry()): PdfWorker {
  const worker = new Worker(entry.code, { eval: entry.eval });
  const pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let ended: Error | undefined;
  const failAll = (error: Error): void => {
    ended = error;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('message', (result: PdfJobResult) => {
    const job = pending.get(result.id);
    if (!job) return;
    pending.delete(result.id);
    if (pending.size === 0) worker.unref();
    if (result.ok) job.resolve(Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength));
    else job.reject(result.refusal ? new PdfRefusal(result.message) : new Error(result.message));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`PDF 生成线程已退出（代码 ${code}）`)));
  worker.unref(); // an idle worker never keeps the app or a test process alive; a busy one does

  return {
    render(report, options = {}) {
      if (ended) return Promise.reject(ended);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, report, options } satisfies PdfJob);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** One PDF in a worker that ends afterwards. */
export async function renderReportPdfInWorker(report: Report, options: RenderOptions = {}): Promise<Buffer> {
  const worker = startPdfWorker();
  try {
    return await worker.render(report, options);
  } finally {
    await worker.close();
  }
}
