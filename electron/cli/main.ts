/**
 * The `nianbao` command (../shared/spec/cli.md): check, carry and pdf for exchange files. Never prints a stack
 * trace: every failure is one Chinese line on stderr and exit code 2.
 */
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { stat } from 'node:fs/promises';
import { parseMonthDay } from '../../shared/calendar.js';
import { carryForward } from '../../shared/report/carryForward.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { fingerprintMatches } from '../../shared/report/fingerprint.js';
import { checkReport, countFindings } from '../../shared/rules/engine.js';
import type { MonthDay } from '../../shared/rules/types.js';
import { readReportFile, writeTextFileAtomic } from '../services/files/reportFile.js';
import { verifyReportSignature } from '../../shared/report/signature.js';
import { formatCheckJson, formatCheckText } from './format.js';
import { readTrustFile } from './trustFile.js';
import { HELP, messages } from './messages.js';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

class UsageError extends Error {}

export async function main(argv: readonly string[], out: Output): Promise<number> {
  const fail = (message: string): number => {
    out.stderr(`nianbao: ${message}\n`);
    return EXIT_UNUSABLE;
  };
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      out.stdout(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      out.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const [command, ...files] = positionals;
    if (!command) {
      out.stdout(HELP);
      return EXIT_UNUSABLE;
    }
    switch (command) {
      case 'check':
        if (files.length > 1 || (files.length === 1 && (await isFolder(files[0]!)))) {
          if (values.last !== undefined) throw new UsageError(messages.lastWithMany);
          return await (await import('./batchCheckCommand.js')).batchCheckCommand(files, { json: Boolean(values.json), deadline: parseDeadline(values.deadline) }, out);
        }
        return await check(onlyFile(command, files), { lastFile: values.last, json: Boolean(values.json), deadline: parseDeadline(values.deadline), trustFile: values.trust }, out, fail);
      case 'carry':
        return await carry(onlyFile(command, files), values.output, out, fail);
      case 'import': // loaded on demand: the readers (pdfjs, parse5, OpenCC) stay out of check and carry
        return await (await import('./importCommand.js')).importCommand(onlyFile(command, files), { output: values.output, json: Boolean(values.json) }, out, fail);
      case 'ledger': // loaded on demand: the spreadsheet reader stays out of check and carry
        return await (await import('./ledgerCommand.js')).ledgerCommand(onlyFile(command, files), { year: values.year, json: Boolean(values.json) }, out, fail);
      case 'pdf': // loaded on demand: pdfkit and the font stay out of check and carry
        return await (await import('./pdfCommand.js')).pdfCommand(onlyFile(command, files), values.output, out, fail);
      case 'docx': // loaded on demand: the docx library stays out of check and carry
        return await (await import('./docxCommand.js')).docxCommand(onlyFile(command, files), values.output, out, fail);
      case 'html':
        return await (await import('./htmlCommand.js')).htmlCommand(onlyFile(command, files), values.output, out, fail);
      case 'rollup':
        if (files.length === 0) throw new UsageError(messages.missingPaths);
        return await (await import('./rollupCommand.js')).rollupCommand(files, { year: parseYear(values.year), roster: values.roster, trust: values.trust, json: Boolean(values.json), output: values.output }, out);
      default:
        return fail(messages.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    if (process.env.NIANBAO_DEBUG) out.stderr(`${(error as Error)?.stack}\n`);
    return fail(messages.internalError(error instanceof Error ? error.message : String(error)));
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        last: { type: 'string' },
        deadline: { type: 'string' },
        year: { type: 'string' },
        roster: { type: 'string' },
        trust: { type: 'string' },
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(messages.badOption(optionProblem(error)));
  }
}

function optionProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(text)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项 ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项 ${option?.split(' ')[0] ?? ''} 需要一个值`;
  return text;
}

/** `--deadline 01-20` (month-day in the year after the report's year). */
function parseDeadline(text: string | undefined): MonthDay | undefined {
  if (text === undefined) return undefined;
  const deadline = parseMonthDay(text);
  if (!deadline) throw new UsageError(messages.badDeadline(text));
  return deadline;
}

/** `--year 2024`. */
function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(messages.badYear(text));
  return Number(text.trim());
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

function onlyFile(command: string, files: readonly string[]): string {
  if (files.length === 0) throw new UsageError(messages.missingFile(command));
  if (files.length > 1) throw new UsageError(messages.tooManyFiles(command));
  return files[0]!;
}

interface CheckArgs {
  readonly lastFile: string | undefined;
  readonly json: boolean;
  /** A local deadline (month and day of the next year) for this report's level, from --deadline. */
  readonly deadline: MonthDay | undefined;
  /** --trust: a file of the public keys whose signatures count as verified. */
  readonly trustFile: string | undefined;
}

async function check(file: string, { lastFile, json, deadline, trustFile }: CheckArgs, out: Output, fail: (message: string) => number): Promise<number> {
  let trusted = new Set<string>();
  if (trustFile !== undefined) {
    const readTrust = await readTrustFile(trustFile);
    if (!readTrust.ok) return fail(readTrust.message);
    trusted = readTrust.keys;
  }
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  let last = null;
  if (lastFile !== undefined) {
    const readLast = await readReportFile(lastFile);
    if (!readLast.ok) return fail(readLast.message);
    last = readLast.report;
    if (last.year !== read.report.year - 1) return fail(messages.lastYearMismatch(last.year, read.report.year));
    if (last.agency.trim() !== read.report.agency.trim()) out.stderr(`nianbao: ${messages.lastAgencyDiffers(last.agency, read.report.agency)}\n`);
  }
  if (!fingerprintMatches(read.report)) out.stderr(`nianbao: ${messages.signedTampered}\n`);
  const findings = checkReport(read.report, { last, deadlines: deadline ? { [read.report.level]: deadline } : undefined });
  const signature = verifyReportSignature(read.report, trusted);
  out.stdout(json ? formatCheckJson(findings, signature) : formatCheckText(read.report, findings, signature));
  return countFindings(findings).errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

async function carry(file: string, output: string | undefined, out: Output, fail: (message: string) => number): Promise<number> {
  const read = await readReportFile(file);
  if (!read.ok) return fail(read.message);
  const text = writeExchangeText(carryForward(read.report));
  if (output === undefined) {
    out.stdout(text);
    return EXIT_OK;
  }
  const written = await writeTextFileAtomic(output, text);
  if (!written.ok) return fail(written.message);
  out.stderr(`nianbao: ${messages.written(output)}\n`);
  return EXIT_OK;
}

function version(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  return `nianbao ${pkg.version}`;
}
