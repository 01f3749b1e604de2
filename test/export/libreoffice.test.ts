/**
 * The Word file as an office suite prints it: LibreOffice converts the .docx to PDF and every label of the three
 * tables, every figure and every paragraph is in it. Skipped where LibreOffice (or a Chinese font) is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_LAYOUTS } from '../../shared/catalogue/layout.js';
import { renderReportDocx } from '../../electron/services/export/docxReport.js';
import { paragraphsOf } from '../../shared/report/printedText.js';
import { canPrintChinese, printToPdf } from '../import/libreOffice.js';
import { PdfFile } from '../pdf/poppler.js';
import { sampleReport } from '../bench/sample-reports.js';
import { seededRandom } from '../support/random.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const squash = (text: string): string => text.replace(/\s+/g, '');

describe.skipIf(!canPrintChinese)('the .docx printed by LibreOffice', () => {
  it('opens without complaint and prints every label, figure and paragraph', async () => {
    const report = sampleReport(seededRandom(7));
    const source = join(dir, 'report.docx');
    writeFileSync(source, await renderReportDocx(report));
    const pdf = new PdfFile(readFileSync(printToPdf(source, dir)));
    const text = squash(pdf.rawText());
    for (const layout of TABLE_LAYOUTS) {
      for (const row of layout.rows) for (const cell of row) if (cell.kind === 'label') expect(text, cell.text).toContain(squash(cell.text));
    }
    for (const [id, value] of Object.entries(report.cells)) if (typeof value === 'number' && value > 999) expect(text, id).toContain(String(value));
    expect(text).toContain(String(report.cells['active.fees.amount']));
    for (const paragraph of paragraphsOf(report.sections.problems)) expect(text).toContain(squash(paragraph));
    expect(pdf.pageCount()).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
