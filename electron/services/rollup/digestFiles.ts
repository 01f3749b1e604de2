/**
 * The files of a roll-up read, checked and fingerprinted into digests: in this thread for a county's few dozen
 * files, spread over worker threads for thousands on a PC with four cores or more (one core left to this thread,
 * at most four workers). A worker that fails leaves its share to this thread; the answer is the same either way
 * (test/rollup/rollup-cli.test.ts compares them).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { digestSource, type UnitDigest } from '../../../shared/rollup/rollup.js';
import type { RollupUnusable } from '../../../shared/rollup/schema.js';
import { findUnitFiles } from './findFiles.js';
import { nativeUnitChecks } from './fingerprint.js';
import { readUnitFile } from './readUnit.js';

export type DigestResult = { readonly ok: true; readonly digest: UnitDigest } | { readonly ok: false; readonly file: string; readonly message: string };

export interface DigestedFiles {
  readonly digests: readonly UnitDigest[];
  readonly unusable: readonly RollupUnusable[];
  readonly filesFound: number;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKERS_FROM = 400;
const MAX_WORKERS = 4;

/** The bundled worker next to the CLI bundle (bin/nianbao.mjs names the folder); none when run from sources. */
function workerFile(): string | null {
  const dir = (globalThis as { __nianbaoCliDir?: string }).__nianbaoCliDir;
  const file = dir ? join(dir, 'rollupWorker.mjs') : null;
  return file && existsSync(file) ? file : null;
}

function workerCount(files: number): number {
  const forced = process.env.NIANBAO_ROLLUP_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), MAX_WORKERS);
  // On two cores the workers' own start-up, heaps and copying cost about what they save (measured: same wall
  // time, 1.5x the memory); from four cores on, one core stays with the main thread and the rest read.
  const cores = availableParallelism();
  return files >= WORKERS_FROM && cores >= 4 ? Math.min(cores - 1, MAX_WORKERS) : 0;
}

/**
 * Files read ahead while one is digested: a read is six trips to the disk threads (stat, open, fstat, read,
 * close), and without them in flight the thread sat idle about a sixth of a roll-up's time (--cpu-prof).
 */
const READ_AHEAD = 8;

/** Reads and digests files in order, the next few read meanwhile (here, or inside a worker thread). */
export async function digestHere(files: readonly string[], trusted: ReadonlySet<string>): Promise<DigestResult[]> {
  const results: DigestResult[] = [];
  const checks = nativeUnitChecks(trusted);
  const reading: ReturnType<typeof readUnitFile>[] = [];
  let next = 0;
  for (const file of files) {
    while (next < files.length && reading.length < READ_AHEAD) reading.push(readUnitFile(files[next++]!));
    const read = await reading.shift()!;
    results.push(read.ok ? { ok: true, digest: digestSource(read.source, checks) } : { ok: false, file, message: read.message });
  }
  return results;
}

function digestInWorker(file: string, files: readonly string[], trusted: ReadonlySet<string>): Promise<DigestResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { files, trusted: [...trusted], cliDir: dirname(file) } });
    worker.once('message', (results: DigestResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/** `trusted`: the public keys whose signatures count as verified (`--trust`, or the office's trusted keys). */
export async function digestFiles(paths: readonly string[], trusted: ReadonlySet<string> = new Set()): Promise<DigestedFiles> {
  const found = await findUnitFiles(paths);
  const files = found.files;
  const workers = workerCount(files.length);
  const entry = workerFile();
  let results: DigestResult[];
  if (workers >= 2 && entry) {
    const size = Math.ceil(files.length / workers);
    const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
    const parts = await Promise.all(shares.map((share) => digestInWorker(entry, share, trusted).catch(() => digestHere(share, trusted))));
    results = parts.flat();
  } else {
    results = await digestHere(files, trusted);
  }
  const digests: UnitDigest[] = [];
  const unusable: RollupUnusable[] = [...found.problems];
  for (const r of results) {
    if (r.ok) digests.push(r.digest);
    else unusable.push({ file: r.file, message: r.message });
  }
  return { digests, unusable, filesFound: files.length };
}
