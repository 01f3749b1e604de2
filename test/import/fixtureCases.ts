/** The import fixtures of test/fixtures/import and their expectations, and how an import result is compared. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportNote, ImportResult } from '../../shared/import/types.js';
import type { CellValue } from '../../shared/report/schema.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export interface ExpectedNote {
  readonly kind: string;
  readonly cells: readonly string[];
  readonly message?: string;
}

export interface Expected {
  readonly agency: string;
  readonly year: number;
  readonly issuer: string;
  readonly date: string | null;
  readonly template: string;
  readonly type: string;
  readonly cells: Record<string, CellValue>;
  readonly notes: readonly ExpectedNote[];
}

export interface FixtureCase {
  readonly name: string;
  readonly path: string;
  readonly expected: Expected;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      return { name, path: `${FIXTURE_DIR}${name}`, expected: JSON.parse(readFileSync(`${FIXTURE_DIR}${file}`, 'utf8')) as Expected };
    });
}

/** Cell ids whose imported value differs from the expected one. */
export function wrongCells(result: ImportResult, expected: Expected): string[] {
  return Object.keys(expected.cells).filter((id) => result.report.cells[id] !== expected.cells[id]);
}

/** Whether a note of the expected kind covers every expected cell (and says the expected words). */
export function hasNote(notes: readonly ImportNote[], want: ExpectedNote): boolean {
  return notes.some((n) => n.kind === want.kind && want.cells.every((id) => n.cells.includes(id)) && (!want.message || n.message.includes(want.message)));
}
