// The score on complete reports in every layout real published reports come in (realReportCorpus.ts): every
// one of the 200 cells, the agency, its level and the year, for each report and layout. The figure the README
// states is printed here.
import { describe, expect, it } from 'vitest';
import { htmlRows } from '../../shared/import/readers/htmlRows.js';
import { textRows } from '../../shared/import/readers/textRows.js';
import { recogniseReport } from '../../shared/import/recognise.js';
import type { SourceRow } from '../../shared/import/types.js';
import { CORPUS_REPORTS, expectedCells, reportHtml, reportText, TEXT_LAYOUTS } from './realReportCorpus.js';

const layouts: [string, (r: (typeof CORPUS_REPORTS)[number]) => SourceRow[]][] = [
  ...Object.entries(TEXT_LAYOUTS).map(([name, layout]) => [`text, ${name}`, (r: (typeof CORPUS_REPORTS)[number]) => textRows(reportText(r, layout))] as [string, (r: (typeof CORPUS_REPORTS)[number]) => SourceRow[]]),
  ['HTML article', (r) => htmlRows(reportHtml(r, false))],
  ['HTML article that lost its merged cells, zeros left blank', (r) => htmlRows(reportHtml(r, true))],
];

describe('complete reports in every layout real reports are published in', () => {
  const score = { cells: 0, right: 0, reports: 0, whole: 0 };
  for (const [layoutName, rowsOf] of layouts) {
    for (const report of CORPUS_REPORTS) {
      it(`${layoutName}: ${report.name}`, () => {
        const outcome = recogniseReport(rowsOf(report), 'text');
        if (!outcome.ok) throw new Error(outcome.message);
        const read = outcome.result.report;
        const notes = outcome.result.notes;
        const missed = expectedCells(report.figures).filter(([id, value]) => read.cells[id] !== value);
        const cells = expectedCells(report.figures).length;
        score.cells += cells;
        score.right += cells - missed.length;
        score.reports++;
        if (missed.length === 0) score.whole++;
        // Never a wrong number: a cell not read right is left empty, with a note that names it.
        const wrong = missed.filter(([id]) => read.cells[id] !== null || !notes.some((n) => n.cells.includes(id) && (n.kind === 'unparsed' || n.kind === 'missing')));
        expect(wrong.map(([id, value]) => `${id}: ${String(read.cells[id])} ≠ ${String(value)}`)).toEqual([]);
        expect({ agency: read.agency, level: read.level, year: read.year, date: read.date }).toEqual({ agency: report.agency, level: report.level, year: 2023, date: '2024-01-20' });
        expect(notes.filter((n) => n.message.includes('繁体'))).toEqual([]);
        if (missed.length === 0) expect(notes.filter((n) => n.kind === 'unparsed')).toEqual([]);
      });
    }
  }
  it('scores every cell right (the README figure)', () => {
    console.log(`import score: ${score.right}/${score.cells} cells (${((100 * score.right) / score.cells).toFixed(1)} %), ${score.whole}/${score.reports} reports whole, ${layouts.length} layouts`);
    expect(score.reports).toBe(layouts.length * CORPUS_REPORTS.length);
    // Known limit: text with one cell per line that leaves blank cells as empty lines loses the blank cells at
    // the end of the last row before a heading (table 四's trailing zeros): that row stays a question (15 cells
    // in 2 of 44 reports). Everything else comes back whole.
    expect(score.cells - score.right).toBeLessThanOrEqual(30);
    expect(score.whole).toBeGreaterThanOrEqual(score.reports - 2);
  });
});
