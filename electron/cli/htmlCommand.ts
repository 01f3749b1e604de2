/**
 * `nianbao html FILE -o OUT.html` (../shared/spec/cli.md): the report as one self-contained web page for the
 * 政府信息公开专栏 (inline styles, no script, no outside resource). Exit 0 when OUT.html is written, 2 when the
 * report is unusable or OUT cannot be written; OUT is written whole or not at all.
 */
import { reportHtml } from '../../shared/export/reportHtml.js';
import { fingerprintMatches } from '../../shared/report/fingerprint.js';
import { readReportFile, writeFileAtomic } from '../services/files/reportFile.js';
import { messages } from './messages.js';

export const htmlMessages = {
  missingOutput: '缺少输出文件：请用 -o 指定，如 nianbao html 报告.nianbao.json -o 报告.html',
} as const;

export async function htmlCommand(file: string, output: string | undefined, out: { stderr(text: string): void }, fail: (message: string) => number): Promise<number> {
  if (output === undefined || output === '') return fail(htmlMessages.missingOutput);
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  if (!fingerprintMatches(read.report)) out.stderr(`nianbao: ${messages.signedTampered}\n`);
  const written = await writeFileAtomic(output, reportHtml(read.report));
  if (!written.ok) return fail(written.message);
  out.stderr(`nianbao: ${messages.written(output)}\n`);
  return 0;
}
