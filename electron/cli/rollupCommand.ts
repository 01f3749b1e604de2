/**
 * `nianbao rollup PATH... [--year N] [--roster ROSTER] [--trust KEYFILE] [--json] [-o OUT]` (../shared/spec/cli.md
 * "The roll-up"). Each unit's `signature` is checked against the keys of `--trust` (the same file as `check
 * --trust`). Exit 0 all well · 1 a unit with errors, changed after signing (fingerprint or signature) or a
 * roster unit missing · 2 no usable report, an unusable roster or key file (the roll-up of the rest is still
 * printed and written; without a usable key file nothing is read).
 */
import type { Roster } from '../../shared/rollup/roster.js';
import { rollUpDigests, rollupExitCode } from '../../shared/rollup/rollup.js';
import { writeRollupText } from '../../shared/rollup/schema.js';
import { writeTextFileAtomic } from '../services/files/reportFile.js';
import { digestFiles } from '../services/rollup/digestFiles.js';
import { readRosterFile } from '../services/rollup/readRoster.js';
import type { Output } from './main.js';
import { formatRollupText } from './rollupFormat.js';
import { readTrustFile } from './trustFile.js';

export interface RollupArgs {
  readonly year: number | undefined;
  readonly roster: string | undefined;
  /** --trust: a file of the public keys whose signatures count as verified. */
  readonly trust: string | undefined;
  readonly json: boolean;
  readonly output: string | undefined;
}

export async function rollupCommand(paths: readonly string[], args: RollupArgs, out: Output): Promise<number> {
  const note = (message: string) => out.stderr(`nianbao: ${message}\n`);
  let trusted = new Set<string>();
  if (args.trust !== undefined) {
    // Unlike a roster, a key file that cannot be read would make every signature look unconfirmed: stop.
    const read = await readTrustFile(args.trust);
    if (!read.ok) {
      note(read.message);
      return 2;
    }
    trusted = read.keys;
  }
  let roster: Roster | null = null;
  let rosterUnusable = false;
  if (args.roster !== undefined) {
    const read = await readRosterFile(args.roster);
    if (read.ok) {
      roster = read.roster;
      for (const line of read.roster.notes) note(line);
    } else {
      rosterUnusable = true;
      note(`${read.message}；汇总照常进行，但无法列出未报送的单位`);
    }
  }
  const collected = await digestFiles(paths, trusted);
  const { rollup } = rollUpDigests(collected.digests, { year: args.year, roster: roster?.entries ?? null, unusable: collected.unusable });
  for (const u of rollup.unusable) note(u.message);
  const counted = rollup.units.filter((u) => u.counted).length;
  if (counted === 0) {
    note(collected.filesFound === 0 ? `在${paths.map((p) => `“${p}”`).join('、')}中没有找到任何报告文件（.nianbao.json、.json 或本软件生成的 PDF）` : `没有可以汇总的${rollup.year}年度报告`);
  }
  out.stdout(args.json ? `${JSON.stringify(rollup)}\n` : formatRollupText(rollup));
  if (args.output !== undefined && counted > 0) {
    const written = await writeTextFileAtomic(args.output, writeRollupText(rollup));
    if (!written.ok) {
      note(written.message);
      return 2;
    }
    note(`已写入汇总文件“${args.output}”`);
  }
  return rosterUnusable ? 2 : rollupExitCode(rollup);
}
