/** Timing helpers for `npm run bench`: per-call wall time with hrtime, after a warm-up, as medians. */
import { cpus, totalmem } from 'node:os';

export interface Measurement {
  name: string;
  runs: number;
  medianMicros: number;
  p95Micros: number;
  line: string;
}

export function measure(name: string, runs: number, body: (i: number) => void, warmup = Math.min(1000, runs)): Measurement {
  for (let i = 0; i < warmup; i++) body(i % runs);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    body(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return summarize(name, samples, warmup, 'µs');
}

/** Median and 95th percentile of per-run samples (µs), as a line in µs or ms. */
function summarize(name: string, samples: Float64Array, warmup: number, unit: 'µs' | 'ms'): Measurement {
  const runs = samples.length;
  samples.sort();
  const medianMicros = samples[Math.floor(runs / 2)]!;
  const p95Micros = samples[Math.floor(runs * 0.95)]!;
  const shown = (micros: number) => (unit === 'µs' ? `${micros.toFixed(1)} µs` : `${(micros / 1000).toFixed(2)} ms`);
  return {
    name,
    runs,
    medianMicros,
    p95Micros,
    line: `${name}: median ${shown(medianMicros)}, p95 ${shown(p95Micros)} over ${runs} runs (after ${warmup} warm-up runs)`,
  };
}

export function describeMachine(): string {
  const cpu = cpus();
  return `machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}\n` +
    'method: wall time of each call with process.hrtime.bigint(), single thread, median and 95th percentile';
}

/** The same as `measure` for calls that return a promise (the dispatcher), awaited one at a time; printed in ms. */
export async function measureAsync(name: string, runs: number, body: (i: number) => Promise<unknown>, warmup = Math.min(200, runs)): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await body(i % runs);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return summarize(name, samples, warmup, 'ms');
}
