/**
 * The report in the office's formats: the full seed report as a Word document (docx library, font table,
 * reproducible zip) and as the self-contained web page, warm in process. Goal: < 100 ms each.
 */
import { renderReportDocx } from '../../electron/services/export/docxReport.js';
import { reportHtml } from '../../shared/export/reportHtml.js';
import { seedReport } from '../support/reports.js';
import { measure, measureAsync, type Measurement } from './measure.js';

export async function benchFormats(): Promise<{ docx: Measurement; html: Measurement; lines: string[] }> {
  const report = seedReport();
  let docxBytes = 0;
  const docx = await measureAsync('full seed report to .docx in process (docx library + font table + zip)', 30, async () => {
    docxBytes = (await renderReportDocx(report)).length;
  }, 5);
  let htmlChars = 0;
  const html = measure('full seed report to the self-contained web page in process', 200, () => {
    htmlChars = reportHtml(report).length;
  }, 20);
  return { docx, html, lines: [`${docx.line}, ${(docxBytes / 1024).toFixed(0)} KiB`, `${html.line}, ${(htmlChars / 1024).toFixed(0)} K characters`] };
}
