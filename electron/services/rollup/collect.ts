/**
 * Reading every unit a roll-up or a batch check is given: finds the files (folders recursively) and reads them a
 * few at a time. Each file is a unit or an unusable entry with its Chinese message; one bad file never stops
 * the rest.
 */
import type { UnitSource } from '../../../shared/rollup/rollup.js';
import type { RollupUnusable } from '../../../shared/rollup/schema.js';
import { findUnitFiles } from './findFiles.js';
import { readUnitFile } from './readUnit.js';

export interface CollectedUnits {
  /** In the order the files were found (folders sorted by name). */
  readonly sources: readonly UnitSource[];
  readonly unusable: readonly RollupUnusable[];
  /** How many files were found (usable or not). */
  readonly filesFound: number;
}

/** Files read at the same time: enough to overlap disk waits, few enough for a 2-core office PC. */
const READ_AHEAD = 8;

export async function collectUnits(paths: readonly string[]): Promise<CollectedUnits> {
  const found = await findUnitFiles(paths);
  const results = new Array<Awaited<ReturnType<typeof readUnitFile>>>(found.files.length);
  let next = 0;
  const worker = async () => {
    while (next < found.files.length) {
      const index = next++;
      results[index] = await readUnitFile(found.files[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, found.files.length) }, worker));
  const sources: UnitSource[] = [];
  const unusable: RollupUnusable[] = [...found.problems];
  results.forEach((result, i) => {
    if (result.ok) sources.push(result.source);
    else unusable.push({ file: found.files[i]!, message: result.message });
  });
  return { sources, unusable, filesFound: found.files.length };
}
