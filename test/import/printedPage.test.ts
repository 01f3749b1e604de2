// A web page printed to PDF (LibreOffice, optional: skipped where it or a Chinese font is missing) imports
// with every cell and the agency right: navigation around the article does not leak into the title.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/services/import/importFile.js';
import { FIXTURE_DIR, fixtureCases, wrongCells } from './fixtureCases.js';
import { canPrintChinese, printToPdf } from './libreOffice.js';

describe.skipIf(!canPrintChinese)('an HTML report printed to PDF by LibreOffice', () => {
  it('reads all 200 cells, the agency, year, issuer and date from the printed page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-printed-page-'));
    const page = fixtureCases().find((c) => c.name === 'four-tables-nav.html')!;
    const outcome = await importFile(printToPdf(`${FIXTURE_DIR}${page.name}`, dir));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.source.type).toBe('pdf');
    expect(wrongCells(outcome.result, page.expected)).toEqual([]);
    const { agency, year, issuer, date } = outcome.result.report;
    expect({ agency, year, issuer, date }).toEqual({ agency: page.expected.agency, year: page.expected.year, issuer: page.expected.issuer, date: page.expected.date });
  }, 150_000);
});
