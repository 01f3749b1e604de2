/**
 * `nianbao pdf FILE -o OUT.pdf` (../shared/spec/cli.md): the sign-off PDF of a report — every page of an
 * unsigned report carries 草稿（未签发）. Exit 0 when OUT.pdf is
 * written, 2 when the report cannot be printed (unreadable, a character the font lacks, OUT not writable);
 * OUT is written whole or not at all.
 */
import { fingerprintMatches } from '../../shared/report/fingerprint.js';
import { readReportFile, writeFileAtomic } from '../services/files/reportFile.js';
import { findOfficeFonts, systemFontDirs } from '../services/pdf/officeFonts.js';
import { PdfRefusal, renderReportPdfWithFonts } from '../services/pdf/renderReport.js';
import { describeFontUse } from '../services/pdf/typefaces.js';
import { messages } from './messages.js';

export const pdfMessages = {
  missingOutput: '缺少输出文件：请用 -o 指定，如 nianbao pdf 报告.nianbao.json -o 报告.pdf',
  refused: (file: string, reason: string) => `“${file}”：${reason}`,
} as const;

export async function pdfCommand(
  file: string,
  output: string | undefined,
  out: { stderr(text: string): void },
  fail: (message: string) => number,
): Promise<number> {
  if (output === undefined || output === '') return fail(pdfMessages.missingOutput);
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  const intact = fingerprintMatches(read.report);
  if (!intact) out.stderr(`nianbao: ${messages.signedTampered}\n`);
  // A report without a sign-off (or changed after it) is a draft: every page says so.
  const draft = read.report.signoff === null || !intact;
  const office = findOfficeFonts(systemFontDirs());
  let pdf: Buffer;
  try {
    const made = await renderReportPdfWithFonts(read.report, { draft, officeFonts: office.faces });
    pdf = made.pdf;
    if (Object.keys(office.faces).length > 0 || made.fonts.problems.length > 0) out.stderr(`nianbao: 打印字体：${describeFontUse(made.fonts.roles).join('；')}\n`);
    for (const problem of made.fonts.problems) out.stderr(`nianbao: ${problem}\n`);
  } catch (error) {
    if (error instanceof PdfRefusal) return fail(pdfMessages.refused(file, error.message));
    throw error;
  }
  const written = await writeFileAtomic(output, pdf);
  if (!written.ok) return fail(written.message);
  out.stderr(`nianbao: ${messages.written(output)}\n`);
  return 0;
}
