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
  samples.sort();
  const medianMicros = samples[Math.floor(runs / 2)]!;
  const p95Micros = samples[Math.floor(runs * 0.95)]!;
  return {
    name,
    runs,
    medianMicros,
    p95Micros,
    line: `${name}: median ${medianMicros.toFixed(1)} µs, p95 ${p95Micros.toFixed(1)} µs over ${runs} runs (after ${warmup} warm-up runs)`,
  };
}

export function describeMachine(): string {
  const cpu = cpus();
  return `machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}\n` +
    'method: wall time of each call with process.hrtime.bigint(), single thread, median and 95th percentile';
}

/** The same as `measure` for calls that return a promise (the dispatcher), awaited one at a time. */
export async function measureAsync(name: string, runs: number, body: (i: number) => Promise<unknown>, warmup = Math.min(200, runs)): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await body(i % runs);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  const medianMicros = samples[Math.floor(runs / 2)]!;
  const p95Micros = samples[Math.floor(runs * 0.95)]!;
  return {
    name,
    runs,
    medianMicros,
    p95Micros,
    line: `${name}: median ${(medianMicros / 1000).toFixed(2)} ms, p95 ${(p95Micros / 1000).toFixed(2)} ms over ${runs} runs (after ${warmup} warm-up runs)`,
  };
}
