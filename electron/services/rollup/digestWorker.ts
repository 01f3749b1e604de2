/**
 * A worker thread of the roll-up (bin/build-cli.mjs bundles it as dist/cli/rollupWorker.mjs): reads, checks and
 * fingerprints its share of the files and posts back plain digests — the roll-up of a province's 10,000 units
 * spread over the cores of the office PC. Never throws: a file it cannot use comes back with its message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestHere } from './digestFiles.js';

const { files, trusted, cliDir } = workerData as { files: string[]; trusted: string[]; cliDir: string };
// A worker has globals of its own: the outside-files worker (PDFs) is found beside the bundle through this one.
(globalThis as { __nianbaoCliDir?: string }).__nianbaoCliDir = cliDir;
parentPort?.postMessage(await digestHere(files, new Set(trusted)));
