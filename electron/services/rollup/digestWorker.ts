/**
 * A worker thread of the roll-up (bin/build-cli.mjs bundles it as dist/cli/rollupWorker.mjs): reads, checks and
 * fingerprints its share of the files and posts back plain digests — the roll-up of a province's 10,000 units
 * spread over the cores of the office PC. Never throws: a file it cannot use comes back with its message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestSource } from '../../../shared/rollup/rollup.js';
import type { DigestResult } from './digestFiles.js';
import { checkNative, fingerprintMatchesNative } from './fingerprint.js';
import { readUnitFile } from './readUnit.js';

const { files, cliDir } = workerData as { files: string[]; cliDir: string };
// A worker has globals of its own: the outside-files worker (PDFs) is found beside the bundle through this one.
(globalThis as { __nianbaoCliDir?: string }).__nianbaoCliDir = cliDir;
const results: DigestResult[] = [];
for (const file of files) {
  const read = await readUnitFile(file);
  results.push(read.ok ? { ok: true, digest: digestSource(read.source, { fingerprintMatches: fingerprintMatchesNative, check: checkNative }) } : { ok: false, file, message: read.message });
}
parentPort?.postMessage(results);
