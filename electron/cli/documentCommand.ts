/**
 * The shared run of `nianbao docx` and `nianbao html` (../shared/spec/cli.md): read the report, say when a signed
 * one was changed after signing, make the document, write OUT whole or not at all. Exit 0 when OUT is written,
 * 2 when the report is unusable or OUT cannot be written.
 */
import { fingerprintMatches } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { readReportFile, writeFileAtomic } from '../services/files/reportFile.js';
import { messages } from './messages.js';

export interface DocumentFormat {
  /** The Chinese sentence when -o is missing, with an example. */
  readonly missingOutput: string;
  readonly render: (report: Report) => Promise<Uint8Array | string> | Uint8Array | string;
}

export async function documentCommand(
  format: DocumentFormat,
  file: string,
  output: string | undefined,
  out: { stderr(text: string): void },
  fail: (message: string) => number,
): Promise<number> {
  if (output === undefined || output === '') return fail(format.missingOutput);
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  if (!fingerprintMatches(read.report)) out.stderr(`nianbao: ${messages.signedTampered}\n`);
  const written = await writeFileAtomic(output, await format.render(read.report));
  if (!written.ok) return fail(written.message);
  out.stderr(`nianbao: ${messages.written(output)}\n`);
  return 0;
}
