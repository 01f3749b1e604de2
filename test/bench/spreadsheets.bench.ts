/**
 * Spreadsheets through the outside-files worker (issue 12): the same 10,000-row office ledger as ledger.bench.ts
 * read and tallied in place (readLedgerBytes: the capped opener, read-excel-file on the stored rebuild, the
 * records) and through the worker as the app and `nianbao ledger` read it now (readLedgerOutside: the bytes
 * copied to the warm worker, read there, the records copied back), so the worker's cost is known (goal < 1 s).
 * Also a worker started cold for the one file, as the first ledger of a session meets it.
 */
import { readLedgerBytes, readLedgerOutside } from '../../electron/services/ledger/readLedger.js';
import { closeOutsideFiles, OutsideFileReader } from '../../electron/services/outsideFiles/outsideWorkerPool.js';
import type { LedgerRead } from '../../electron/services/ledger/readLedger.js';
import { ledgerCalendar, tallyLedger } from '../../shared/ledger/index.js';
import { generateLedger } from '../support/ledgers.js';
import { ledgerXlsx } from '../support/ledgerFiles.js';
import { describeMachine } from './measure.js';

const ROWS = 10_000;
const RUNS = 9;
const WARMUPS = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchSpreadsheets(): Promise<{ lines: string[]; inPlaceMs: number; workerMs: number }> {
  const bytes = new Uint8Array(await ledgerXlsx(generateLedger(2024, 2024, ROWS), { title: '某县2024年政府信息公开申请办理台账' }));
  const calendar = ledgerCalendar();
  const timed = async (read: () => Promise<LedgerRead>): Promise<number> => {
    const started = process.hrtime.bigint();
    const result = await read();
    if (!result.ok || result.records.length !== ROWS) throw new Error('the benchmark ledger was not read whole');
    if (tallyLedger(result.records, { year: 2024, calendar }).counted === 0) throw new Error('the benchmark ledger counted nothing');
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  // Interleaved, so that the other load on a shared machine falls on both alike; three warm-ups each (the
  // worker's code is compiled by its own V8, which takes a few files to settle).
  const inPlace = () => readLedgerBytes(bytes);
  const outside = () => readLedgerOutside(bytes);
  for (let i = 0; i < WARMUPS; i++) {
    await timed(inPlace);
    await timed(outside);
  }
  const inPlaceSamples: number[] = [];
  const workerSamples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    inPlaceSamples.push(await timed(inPlace));
    workerSamples.push(await timed(outside));
  }
  const inPlaceMs = median(inPlaceSamples);
  const workerMs = median(workerSamples);
  await closeOutsideFiles();
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    const reader = new OutsideFileReader();
    cold.push(await timed(() => reader.read({ kind: 'ledger', bytes })));
    await reader.close();
  }
  const kb = (bytes.length / 1024).toFixed(0);
  return {
    inPlaceMs,
    workerMs,
    lines: [
      `read + tally a ${ROWS}-row .xlsx (${kb} KB) in place (capped opener + read-excel-file): median ${inPlaceMs.toFixed(0)} ms over ${RUNS} runs (after ${WARMUPS} warm-ups)`,
      `the same through the outside-files worker (warm; bytes there, records back): median ${workerMs.toFixed(0)} ms over ${RUNS} runs, interleaved with the above (after ${WARMUPS} warm-ups) — the worker's cost ${(workerMs - inPlaceMs).toFixed(0)} ms`,
      `the same with a worker started cold for the file: median ${median(cold).toFixed(0)} ms over 3 runs`,
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const line of (await benchSpreadsheets()).lines) console.log(line);
}
