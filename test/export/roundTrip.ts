/** Reading an exported report back through our own importer, and what must come back unchanged. */
import { CELLS } from '../../shared/catalogue/cells.js';
import { docxRows } from '../../shared/import/readers/docxRows.js';
import { htmlRows } from '../../shared/import/readers/htmlRows.js';
import { recogniseReport } from '../../shared/import/recognise.js';
import type { ImportResult } from '../../shared/import/types.js';
import { parseFee } from '../../shared/report/decimal.js';
import { paragraphsOf } from '../../shared/report/printedText.js';
import type { Report } from '../../shared/report/schema.js';

export function readBack(bytes: Uint8Array | string, type: 'docx' | 'html'): ImportResult {
  const rows = type === 'docx' ? docxRows(bytes as Uint8Array) : htmlRows(bytes as string);
  const recognised = recogniseReport(rows, type);
  if (!recognised.ok) throw new Error(recognised.message);
  return recognised.result;
}

/** The fee as an amount: "2436.3670" and "2436.367" are the same 万元 (the importer writes the canonical form). */
const sameAmount = (a: unknown, b: unknown): boolean => {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [parseFee(a), parseFee(b)];
  return x.ok && y.ok && x.micros === y.micros;
};

/** Cells that came back different (a cell left empty is read as 0 with a note, as published reports print it). */
export function changedCells(original: Report, back: Report): { cell: string; was: unknown; now: unknown }[] {
  return CELLS.filter((c) => {
    const expected = original.cells[c.id] ?? (c.kind === 'fee' ? '0' : 0);
    return back.cells[c.id] !== expected && !(c.kind === 'fee' && sameAmount(back.cells[c.id], expected));
  }).map((c) => ({
    cell: c.id,
    was: original.cells[c.id],
    now: back.cells[c.id],
  }));
}

/** The words as printed: each prose field as its paragraphs, plus the metadata the importer reads. */
export function printedWords(report: Report) {
  return {
    agency: report.agency,
    year: report.year,
    issuer: report.issuer.trim(),
    date: report.date,
    preamble: paragraphsOf(report.preamble).join('\n'),
    overview: paragraphsOf(report.sections.overview).join('\n'),
    problems: paragraphsOf(report.sections.problems).join('\n'),
    other: paragraphsOf(report.sections.other).join('\n'),
  };
}
