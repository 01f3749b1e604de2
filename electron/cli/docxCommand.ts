/**
 * `nianbao docx FILE -o OUT.docx` (../shared/spec/cli.md): the report as a Word document in the official
 * template's layout, to be edited in Word or WPS and read back by `nianbao import`. Exit 0 when OUT.docx is
 * written, 2 when the report is unusable or OUT cannot be written; OUT is written whole or not at all.
 */
import { fingerprintMatches } from '../../shared/report/fingerprint.js';
import { readReportFile, writeFileAtomic } from '../services/files/reportFile.js';
import { renderReportDocx } from '../services/export/docxReport.js';
import { messages } from './messages.js';

export const docxMessages = {
  missingOutput: '缺少输出文件：请用 -o 指定，如 nianbao docx 报告.nianbao.json -o 报告.docx',
} as const;

export async function docxCommand(file: string, output: string | undefined, out: { stderr(text: string): void }, fail: (message: string) => number): Promise<number> {
  if (output === undefined || output === '') return fail(docxMessages.missingOutput);
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  if (!fingerprintMatches(read.report)) out.stderr(`nianbao: ${messages.signedTampered}\n`);
  const written = await writeFileAtomic(output, await renderReportDocx(read.report));
  if (!written.ok) return fail(written.message);
  out.stderr(`nianbao: ${messages.written(output)}\n`);
  return 0;
}
