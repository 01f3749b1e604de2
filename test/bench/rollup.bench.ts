/**
 * The county's collection as whole processes, cold (a new Node process each run, as a county IT person's script
 * runs them): batch `nianbao check` of 1,000 files, and `nianbao rollup` of 10,000 units (a province's year) with
 * its memory peak (maxRSS of the process, from process.resourceUsage()). Files are generated into a temporary
 * folder first (seeded, the same on every run) and deleted after. The signed ones carry Ed25519 signatures as
 * the app signs them (20 installations' keys; the roll-up trusts half of them with --trust), so each unit's
 * signature is verified as in real use.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExchangeText } from '../../shared/report/exchange.js';
import type { Report } from '../../shared/report/schema.js';
import { newKeyPair, signSignoff, type KeyPair } from '../../shared/report/signature.js';
import { cleanReport, randomDraft, sign } from '../support/county.js';
import { seededRandom } from '../support/random.js';

const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));
/** Printed by the measured process itself at exit: its peak memory and the CPU time it used (user + system). */
const MAX_RSS = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nmaxrss="+u.maxRSS+" cpu="+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

const INSTALLATIONS: readonly KeyPair[] = Array.from({ length: 20 }, () => newKeyPair());

/** Signed as the app signs: the fingerprint, names and date under an installation's Ed25519 key. */
const signedBy = (keys: KeyPair, report: Report): Report => ({ ...report, signoff: signSignoff(sign(report, '2025-01-15T09:00:00+08:00').signoff!, keys) });

async function writeUnits(dir: string, count: number): Promise<void> {
  const random = seededRandom(count);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `县${Math.floor(i / 100)}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    const agency = `县${Math.floor(i / 100)}单位${i % 100}`;
    const report = i % 4 === 0 ? randomDraft(agency, 'department', 2024, random) : signedBy(INSTALLATIONS[i % INSTALLATIONS.length]!, cleanReport(agency, 'department', 2024, random));
    await writeFile(join(folder, `${agency}.nianbao.json`), writeExchangeText(report));
  }
}

/** The key file of `--trust`: half of the installations. */
async function writeTrustFile(file: string): Promise<void> {
  await writeFile(file, INSTALLATIONS.slice(0, 10).map((k, i) => `${k.publicKey} 单位${i}`).join('\n'));
}

interface ColdRun {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxRssMiB: number;
  /** Median CPU time of the process (user + system): what the work costs, whatever else runs on the machine. */
  readonly cpuMs: number;
}

function runCold(args: readonly string[], runs: number): ColdRun {
  const times: number[] = [];
  const cpu: number[] = [];
  let maxRss = 0;
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', MAX_RSS, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status === null || result.status === 2) throw new Error(`nianbao ${args[0]} failed: ${result.stderr.slice(0, 500)}`);
    const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? 0);
    maxRss = Math.max(maxRss, rss);
    if (i >= 1) {
      times.push(ms); // the first run fills the OS file cache
      cpu.push(Number(/cpu=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxRssMiB: maxRss / 1024, cpuMs: cpu[Math.floor(cpu.length / 2)]! };
}

export async function benchRollup(): Promise<{ lines: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-rollup-'));
  try {
    const thousand = join(dir, 'check-1000');
    await writeUnits(thousand, 1000);
    const check = runCold(['check', thousand, '--json'], 5);
    const province = join(dir, 'rollup-10000');
    await writeUnits(province, 10_000);
    await writeTrustFile(join(dir, 'keys.txt'));
    const rollup = runCold(['rollup', province, '--trust', join(dir, 'keys.txt'), '--json'], 3);
    return {
      lines: [
        `nianbao check of 1,000 files (a folder of 10 subfolders) in one process, cold: median ${check.medianMs.toFixed(0)} ms over 5 runs (min ${check.minMs.toFixed(0)} ms; goal < 2,000 ms); CPU time ${check.cpuMs.toFixed(0)} ms; peak memory ${check.maxRssMiB.toFixed(0)} MiB`,
        `nianbao rollup of 10,000 units (100 folders of 100 files, 3/4 signed with Ed25519, --trust of half the keys), cold: median ${(rollup.medianMs / 1000).toFixed(2)} s over 3 runs (min ${(rollup.minMs / 1000).toFixed(2)} s; goal < 10 s); CPU time ${(rollup.cpuMs / 1000).toFixed(2)} s; peak memory (maxRSS) ${rollup.maxRssMiB.toFixed(0)} MiB`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
