// Every import fixture (each layout and format we wrote) read into the report we printed it from.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/rules/engine.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { fixtureCases, hasNote, wrongCells } from './fixtureCases.js';

const cases = fixtureCases();

describe('import of our fixtures: every cell, note and field right', () => {
  it('has a fixture for every source type and layout', () => {
    const types = new Set(cases.map((c) => c.expected.type));
    expect([...types].sort()).toEqual(['docx', 'html', 'pdf', 'text']);
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, path, expected } of cases) {
    it(`${name}: all 200 cells, the notes, agency, year, issuer and date are read as printed`, async () => {
      const outcome = await importFile(path);
      if (!outcome.ok) throw new Error(outcome.message);
      const { result } = { result: outcome.result };
      const wrong = wrongCells(result, expected).map((id) => `${id}: ${JSON.stringify(result.report.cells[id])} ≠ ${JSON.stringify(expected.cells[id])}`);
      expect(wrong).toEqual([]);
      expect(Object.keys(result.report.cells)).toHaveLength(200);
      const missingNotes = expected.notes.filter((n) => !hasNote(result.notes, n));
      expect(missingNotes, JSON.stringify(result.notes.map((n) => [n.kind, n.cells.length, n.message]), null, 1)).toEqual([]);
      expect(result.source).toEqual({ type: expected.type, template: expected.template });
      expect({ agency: result.report.agency, year: result.report.year, issuer: result.report.issuer, date: result.report.date }).toEqual({
        agency: expected.agency,
        year: expected.year,
        issuer: expected.issuer,
        date: expected.date,
      });
      expect(result.report.sections.overview).toContain('主动公开');
      expect(result.report.sections.problems).toContain('下一步');
      expect(result.report.sections.other).toContain('信息处理费');
    });
  }

  it('a cell that is blank in the source is never given a note it does not deserve: zero notes on the clean DOCX rows', async () => {
    const docx = cases.find((c) => c.name.endsWith('.docx'))!;
    const outcome = await importFile(docx.path);
    if (!outcome.ok) throw new Error(outcome.message);
    const noted = new Set(outcome.result.notes.flatMap((n) => n.cells));
    expect(noted.has('applications.received.natural')).toBe(false);
    expect(outcome.result.notes.every((n) => ['blank', 'placeholder'].includes(n.kind))).toBe(true);
  });

  it('a published arithmetic error survives the import and the rules find it', async () => {
    const noisy = cases.find((c) => c.name === 'noisy-tabs.txt')!;
    const outcome = await importFile(noisy.path);
    if (!outcome.ok) throw new Error(outcome.message);
    const findings = checkReport(outcome.result.report);
    expect(findings.some((f) => f.rule === 'R3-2' && f.cells.includes('applications.resultsTotal.total'))).toBe(true);
  });
});
