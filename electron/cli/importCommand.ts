/**
 * `nianbao import FILE [-o OUT] [--json]` (../shared/spec/cli.md): any supported file read into a report.
 * Prints the exchange JSON (or, with --json, {report, notes, source}); with -o writes it to OUT atomically, so
 * OUT is written whole or not at all. Unusable input: exit 2 and one Chinese line on stderr.
 */
import { toExchangeObject, writeExchangeText } from '../../shared/report/exchange.js';
import type { ImportResult } from '../../shared/import/types.js';
import { writeTextFileAtomic } from '../services/files/reportFile.js';
import { importFile } from '../services/import/importFile.js';
import { messages } from './messages.js';

export const importMessages = {
  summary: (notes: number) => (notes === 0 ? '导入完成，没有需要核对的地方' : `导入完成，有${notes}处需要核对（加 --json 查看每一处）`),
} as const;

/** The --json document: the report as in the exchange file, the notes, and what the source was. */
export function importJson(result: ImportResult): string {
  const document = {
    report: toExchangeObject(result.report),
    notes: result.notes.map((n) => ({ kind: n.kind, cells: [...n.cells], message: n.message })),
    source: { type: result.source.type, template: result.source.template },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function importCommand(
  file: string,
  options: { output: string | undefined; json: boolean },
  out: { stdout(text: string): void; stderr(text: string): void },
  fail: (message: string) => number,
): Promise<number> {
  const outcome = await importFile(file);
  if (!outcome.ok) return fail(outcome.message);
  const text = options.json ? importJson(outcome.result) : writeExchangeText(outcome.result.report);
  if (options.output === undefined) out.stdout(text);
  else {
    const written = await writeTextFileAtomic(options.output, text);
    if (!written.ok) return fail(written.message);
    out.stderr(`nianbao: ${messages.written(options.output)}\n`);
  }
  if (!options.json) out.stderr(`nianbao: ${importMessages.summary(outcome.result.notes.length)}\n`);
  return 0;
}
