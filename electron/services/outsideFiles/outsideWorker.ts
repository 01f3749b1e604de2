/**
 * The worker thread that reads files from elsewhere (outsideWorkerPool.ts starts it with memory limits and
 * ends it when a file takes too long or too much): one message per file, one answer per message.
 */
import { parentPort } from 'node:worker_threads';
import { runOutsideJob, type OutsideJob } from './outsideJobs.js';

export interface OutsideRequest {
  readonly id: number;
  readonly job: OutsideJob;
}

export type OutsideReply =
  | { readonly id: number; readonly ok: true; readonly answer: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string }
  /** Sent once when the worker's code is loaded, so a file's time limit does not count the start. */
  | { readonly id: 0; readonly ready: true };

if (!parentPort) throw new Error('outsideWorker.ts runs only as a worker thread (see outsideWorkerPool.ts)');
const port = parentPort;

port.postMessage({ id: 0, ready: true } satisfies OutsideReply);

port.on('message', ({ id, job }: OutsideRequest) => {
  runOutsideJob(job).then(
    (answer) => port.postMessage({ id, ok: true, answer } satisfies OutsideReply),
    (error: unknown) => port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies OutsideReply),
  );
});
