// 10,000 random mutations of our fixtures: each import ends within 1 s with a report and notes or a clear refusal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELL_IDS } from '../../shared/catalogue/cells.js';
import { importBytes } from '../../electron/services/import/importFile.js';
import { seededRandom } from '../support/random.js';
import { FIXTURE_DIR, fixtureCases } from './fixtureCases.js';
import * as m from './mutations.js';

/** How the 10,000 cases are spread over the formats (PDF parses are the slow ones). */
const PLAN: readonly { label: string; extension: RegExp; count: number; mutations: readonly m.Mutation[] }[] = [
  { label: 'text', extension: /\.txt$/, count: 5200, mutations: [m.truncate, m.flipBytes, m.shuffleLines, m.dropAndDuplicateLines, m.hugeNumbers, m.junkCells, m.longLine, m.manyRows] },
  { label: 'HTML', extension: /\.html$/, count: 2600, mutations: [m.truncate, m.flipBytes, m.shuffleLines, m.hugeNumbers, m.deepNesting, m.manyRows, m.junkCells] },
  { label: 'DOCX', extension: /\.docx$/, count: 1800, mutations: [m.truncate, m.flipBytes, m.docxDamage, m.docxDamage] },
  { label: 'PDF', extension: /\.pdf$/, count: 400, mutations: [m.truncate, m.flipBytes] },
];

const LIMIT_MS = 1000;

describe('import never crashes or hangs on damaged input', () => {
  let slowest = { ms: 0, what: '' };
  let total = 0;

  for (const plan of PLAN) {
    it(`${plan.count} damaged ${plan.label} files each end within ${LIMIT_MS} ms with a report or one clear sentence`, async () => {
      const sources = fixtureCases().filter((c) => plan.extension.test(c.name)).map((c) => ({ name: c.name, bytes: new Uint8Array(readFileSync(`${FIXTURE_DIR}${c.name}`)) }));
      expect(sources.length).toBeGreaterThan(0);
      const random = seededRandom(plan.count);
      let reports = 0;
      let refusals = 0;
      for (let i = 0; i < plan.count; i++) {
        const source = sources[i % sources.length]!;
        const mutation = plan.mutations[Math.floor(random() * plan.mutations.length)]!;
        const bytes = mutation(source.bytes, random);
        const started = performance.now();
        const outcome = await importBytes(bytes);
        const ms = performance.now() - started;
        const what = `${source.name} #${i} ${mutation === m.docxDamage ? 'docxDamage' : Object.entries(m).find(([, f]) => f === mutation)?.[0]}`;
        if (ms > slowest.ms) slowest = { ms, what };
        expect(ms, what).toBeLessThan(LIMIT_MS);
        if (outcome.ok) {
          reports++;
          expect(Object.keys(outcome.result.report.cells).sort()).toEqual([...CELL_IDS].sort());
          expect(Array.isArray(outcome.result.notes)).toBe(true);
        } else {
          refusals++;
          expect(outcome.message.length).toBeGreaterThan(4);
          expect(outcome.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
        }
      }
      total += plan.count;
      console.log(`robustness ${plan.label}: ${plan.count} cases, ${reports} reports, ${refusals} refusals; slowest so far ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
      expect(reports + refusals).toBe(plan.count);
    }, 240_000);
  }

  it('tried 10,000 damaged files in all', () => {
    expect(total).toBe(10_000);
  });
});
