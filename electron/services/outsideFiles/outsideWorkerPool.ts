/**
 * Files from elsewhere (import, `check`, the exchange file and PDF read back, the ledger and the roster
 * spreadsheets) are parsed in one worker thread,
 * never in the process that holds the records: the worker has a heap limit (resourceLimits), every file a time
 * limit, and the whole process's resident memory is watched while a file is read (a decoded stream is an
 * ArrayBuffer, which the heap limit does not count). A file over a limit ends the worker — its memory goes with
 * it — and gets one Chinese sentence; the next file gets a fresh worker. Files are read one after another.
 *
 * Under tsx (development, tests, the CLI) the worker is the TypeScript file loaded through tsx's API; in the
 * packaged app it is dist/main/outsideWorker.cjs, built by bin/build-app.mjs next to main.cjs.
 */
import { Worker } from 'node:worker_threads';
import { workerEntryFor, type WorkerEntry } from '../workerEntry.js';
import type { ImportOutcome } from '../import/importFile.js';
import type { ReportFileResult } from '../files/reportFile.js';
import type { LedgerRead } from '../ledger/readLedger.js';
import type { RosterResult } from '../../../shared/rollup/roster.js';
import type { OutsideJob } from './outsideJobs.js';
import { outsideRefusals } from './refusals.js';
import type { OutsideReply, OutsideRequest } from './outsideWorker.js';

export interface OutsideLimits {
  /** Time for one file, worker start included. */
  readonly timeLimitMs: number;
  /** V8 heap of the worker. */
  readonly heapMb: number;
  /** Growth of the process's resident memory while one file is read. */
  readonly memoryGrowthMb: number;
}

export const OUTSIDE_LIMITS: OutsideLimits = { timeLimitMs: 20_000, heapMb: 384, memoryGrowthMb: 640 };

/** How long a new worker may take to load its code (a slow office PC, an antivirus scanning the files). */
const START_LIMIT_MS = 60_000;

/** How to start the worker (outsideWorker.ts; bundled beside the CLI or next to main.cjs): ../workerEntry.ts. */
export function outsideWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  return workerEntryFor('outsideWorker', moduleUrl, { bundledWithCli: true });
}

type Answer = ImportOutcome | ReportFileResult | LedgerRead | RosterResult;

interface Queued {
  readonly job: OutsideJob;
  readonly resolve: (answer: Answer) => void;
}

export class OutsideFileReader {
  private worker: Worker | null = null;
  /** Resolves when the current worker has loaded its code (false when it failed to start). */
  private ready: Promise<boolean> | null = null;
  private readonly queue: Queued[] = [];
  private busy = false;
  private nextId = 1;

  constructor(
    private readonly limits: OutsideLimits = OUTSIDE_LIMITS,
    private readonly entry = outsideWorkerEntry(),
  ) {}

  read(job: Extract<OutsideJob, { kind: 'import' }>): Promise<ImportOutcome>;
  read(job: Extract<OutsideJob, { kind: 'report' }>): Promise<ReportFileResult>;
  read(job: Extract<OutsideJob, { kind: 'ledger' }>): Promise<LedgerRead>;
  read(job: Extract<OutsideJob, { kind: 'roster' }>): Promise<RosterResult>;
  read(job: OutsideJob): Promise<Answer> {
    return new Promise<Answer>((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Ends the worker; files still queued are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.busy) return;
    const next = this.queue.shift();
    if (!next) {
      this.worker?.unref(); // an idle worker never keeps the app or the CLI alive
      return;
    }
    this.busy = true;
    this.run(next.job).then((answer) => {
      this.busy = false;
      next.resolve(answer);
      this.pump();
    });
  }

  private startWorker(): Worker {
    const { heapMb } = this.limits;
    const worker = new Worker(this.entry.code, {
      eval: this.entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.max(16, Math.round(heapMb / 8)), stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    // A worker that ends between files is simply started again for the next one.
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    worker.on('error', () => undefined);
    this.ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), START_LIMIT_MS);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        worker.off('message', onReady);
        resolve(ok);
      };
      const onReady = (message: { ready?: boolean }) => message.ready === true && done(true);
      worker.on('message', onReady);
      worker.once('exit', () => done(false));
    });
    return worker;
  }

  private async run(job: OutsideJob): Promise<Answer> {
    const refusal = (predicate: string): Answer => ({ ok: false, message: refusalFor(job, predicate) });
    const worker = (this.worker ??= this.startWorker());
    worker.ref();
    if (!(await this.ready)) {
      if (this.worker === worker) this.worker = null;
      void worker.terminate();
      return refusal(outsideRefusals.workerFailed('读取线程未能启动'));
    }
    const id = this.nextId++;
    return new Promise<Answer>((resolve) => {
      let settled = false;
      const baseline = process.memoryUsage.rss();
      const finish = (answer: Answer, kill: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watch);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) {
          if (this.worker === worker) this.worker = null;
          void worker.terminate();
        }
        resolve(answer);
      };
      const onMessage = (reply: OutsideReply): void => {
        if (reply.id !== id || 'ready' in reply) return;
        finish(reply.ok ? (reply.answer as Answer) : refusal(outsideRefusals.workerFailed(reply.message)), false);
      };
      const onError = (error: Error & { code?: string }): void => {
        finish(refusal(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outsideRefusals.outOfMemory : outsideRefusals.workerFailed(error.message)), true);
      };
      const onExit = (code: number): void => finish(refusal(outsideRefusals.workerFailed(`线程已退出，代码 ${code}`)), true);
      const timer = setTimeout(() => finish(refusal(outsideRefusals.timedOut(Math.round(this.limits.timeLimitMs / 1000))), true), this.limits.timeLimitMs);
      const watch = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > this.limits.memoryGrowthMb * 1024 * 1024) finish(refusal(outsideRefusals.outOfMemory), true);
      }, 25);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // The bytes are copied to the worker; the caller keeps its own.
      worker.postMessage({ id, job } satisfies OutsideRequest);
    });
  }
}

/** A limit's predicate as the job's caller words it: a report or a roster names its file; the callers of an import and a ledger put the name before it. */
function refusalFor(job: OutsideJob, predicate: string): string {
  if (job.kind === 'report') return `“${job.name}”${predicate}`;
  if (job.kind === 'roster') return `名单“${job.name}”${predicate}`;
  return predicate;
}

let shared: OutsideFileReader | null = null;

/** The one reader every entry point uses (import, check, exchange files, PDFs read back). */
export function outsideFiles(): OutsideFileReader {
  return (shared ??= new OutsideFileReader());
}

export async function closeOutsideFiles(): Promise<void> {
  const reader = shared;
  shared = null;
  await reader?.close();
}
