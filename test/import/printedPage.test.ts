// A web page printed to PDF (LibreOffice, optional: skipped where it or a Chinese font is missing) imports
// with every cell and the agency right: navigation around the article does not leak into the title.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/services/import/importFile.js';
import { FIXTURE_DIR, fixtureCases, wrongCells } from './fixtureCases.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const chineseFont = ((): boolean => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();

describe.skipIf(!soffice || !chineseFont)('an HTML report printed to PDF by LibreOffice', () => {
  it('reads all 200 cells, the agency, year, issuer and date from the printed page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-printed-page-'));
    const page = fixtureCases().find((c) => c.name === 'four-tables-nav.html')!;
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, `${FIXTURE_DIR}${page.name}`], { stdio: 'ignore', timeout: 120_000 });
    const outcome = await importFile(join(dir, 'four-tables-nav.pdf'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.source.type).toBe('pdf');
    expect(wrongCells(outcome.result, page.expected)).toEqual([]);
    const { agency, year, issuer, date } = outcome.result.report;
    expect({ agency, year, issuer, date }).toEqual({ agency: page.expected.agency, year: page.expected.year, issuer: page.expected.issuer, date: page.expected.date });
  }, 150_000);
});
