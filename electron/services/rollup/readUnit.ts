/**
 * One file of a roll-up read from disk: a unit's exchange file, a PDF this app made (its attached report), or a
 * roll-up made a level below. Never throws: the unit, or one Chinese sentence naming the file.
 *
 * Where the bytes are parsed (issue 12): a PDF goes to the outside-files worker (reportFromBytes); exchange and
 * roll-up JSON is parsed here on purpose — capped in size before reading, nothing in it inflates, JSON.parse and
 * the schema are linear in the bytes, and a county's roll-up reads thousands of them (the CLI spreads them over
 * its own worker threads, digestFiles.ts).
 */
import type { UnitSource } from '../../../shared/rollup/rollup.js';
import { isRollupValue, readRollupValue } from '../../../shared/rollup/schema.js';
import { reportFromBytes } from '../files/reportFile.js';
import { readFileCapped } from '../files/readCapped.js';
import { sniffBytes } from '../files/sniff.js';

/** A province's roll-up of 10,000 units is a few MB; a unit's report a few dozen KB (its PDF a few hundred). */
export const MAX_UNIT_FILE_BYTES = 32 * 1024 * 1024;

export type UnitReadResult = { readonly ok: true; readonly source: UnitSource } | { readonly ok: false; readonly message: string };

export async function readUnitFile(path: string, shownAs: string = path): Promise<UnitReadResult> {
  const read = await readFileCapped(path, MAX_UNIT_FILE_BYTES, {
    directory: () => `“${shownAs}”是一个文件夹，不是文件`,
    tooLarge: (_p, size) => `“${shownAs}”过大（${(size / 1024 / 1024).toFixed(1)} MB），不是年报交换文件或汇总文件（报告通常不超过1 MB），已跳过`,
  });
  if (!read.ok) return { ok: false, message: read.message.replaceAll(path, shownAs) };
  return unitFromBytes(shownAs, read.bytes);
}

/** The unit in bytes already read (the 汇总 screen receives files as bytes). */
export async function unitFromBytes(file: string, bytes: Buffer): Promise<UnitReadResult> {
  if (bytes.length > MAX_UNIT_FILE_BYTES) {
    return { ok: false, message: `“${file}”过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不是年报交换文件或汇总文件，已跳过` };
  }
  if (sniffBytes(bytes) === 'text' && looksLikeRollup(bytes)) {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, message: `“${file}”像是汇总文件，但不是有效的 JSON，可能已损坏` };
    }
    if (isRollupValue(data)) {
      const rollup = readRollupValue(data);
      return rollup.ok ? { ok: true, source: { kind: 'rollup', file, rollup: rollup.rollup } } : { ok: false, message: `“${file}”：${rollup.message}` };
    }
  }
  const report = await reportFromBytes(file, bytes);
  return report.ok ? { ok: true, source: { kind: 'report', file, report: report.report } } : report;
}

/** The format tag near the start of the file (JSON.stringify writes it first); a cheap test before parsing. */
function looksLikeRollup(bytes: Buffer): boolean {
  return bytes.subarray(0, 200).toString('latin1').includes('"nianbao-rollup"');
}
