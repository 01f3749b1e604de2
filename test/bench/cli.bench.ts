/** A whole `nianbao check` process, cold (new Node process each time), as a script or the county IT person runs it. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../fixtures/seed-figures-2023.nianbao.json', import.meta.url));

export function benchCliCold(runs = 20): string {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [BIN, 'check', SEED], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`nianbao check failed: ${result.stderr}`);
    if (i >= 2) times.push(ms); // the first two fill the OS file cache
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return `nianbao check of one file as a new process: median ${median.toFixed(0)} ms over ${runs} runs (min ${times[0]!.toFixed(0)} ms); of which Node itself starts in ~40–100 ms`;
}
