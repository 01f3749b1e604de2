/**
 * `nianbao ledger LEDGER [--year N] [--json]` (../shared/spec/cli.md, "The ledger"): table 三 tallied from the
 * office's 依申请公开 ledger (.xlsx or .csv). Exit 0; 1 with any `overdue`, `unmapped` or `invalid` finding;
 * 2 for an unusable file (also one whose needed columns cannot be found). Applicants' names and contact details
 * are never printed.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../shared/catalogue/cells.js';
import { ledgerCalendar, mostCommonYear, readLedgerDate, tallyLedger } from '../../shared/ledger/index.js';
import type { LedgerFindingKind, LedgerTally } from '../../shared/ledger/index.js';
import { readLedgerFile } from '../services/ledger/readLedger.js';

const KIND_WORDS: Record<LedgerFindingKind, string> = {
  overdue: '逾期',
  unmapped: '无法对应',
  invalid: '无效',
  outOfYear: '不属本年',
};

export const ledgerMessages = {
  badYear: (text: string) => `--year 应为四位年份，如 2024，而不是“${text}”`,
  noDates: '台账中没有任何有效的收到日期，无法判断统计年度；请用 --year 指定',
} as const;

export function ledgerJson(tally: LedgerTally): string {
  const document = {
    year: tally.year,
    rows: tally.rows,
    counted: tally.counted,
    cells: tally.cells,
    findings: tally.findings.map((f) => ({ kind: f.kind, row: f.row, message: f.message })),
    notes: tally.notes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function ledgerText(file: string, sheet: string, headerRow: number, tally: LedgerTally): string {
  const lines: string[] = [];
  lines.push(`依申请公开台账：${file}（工作表“${sheet}”，第${headerRow + 1}行为表头）`);
  lines.push(`${tally.year}年度：读取${tally.rows}行，计入表三${tally.counted}行`);
  const total = (row: string): number => tally.cells[`applications.${row}.total`]!;
  lines.push(
    `一、本年新收${total('received')}件；二、上年结转${total('carriedOver')}件；` +
      `（七）总计${total('resultsTotal')}件；四、结转下年度继续办理${total('carriedForward')}件`,
  );
  lines.push('');
  lines.push(['表三', ...APPLICANT_COLUMNS.map((c) => c.label)].join('\t'));
  for (const row of APPLICATION_ROWS) {
    const values = APPLICANT_COLUMNS.map((c) => tally.cells[`applications.${row.key}.${c.key}`]!);
    if (values[6] === 0 && !['received', 'carriedOver', 'resultsTotal', 'carriedForward'].includes(row.key)) continue;
    lines.push([row.shortLabel, ...values].join('\t'));
  }
  lines.push('（未列出的办理结果行均为0）');
  if (tally.findings.length > 0) {
    const counts = (Object.keys(KIND_WORDS) as LedgerFindingKind[])
      .map((k) => [k, tally.findings.filter((f) => f.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${KIND_WORDS[k]}${n}条`);
    lines.push('', `发现：${counts.join('，')}`);
    for (const f of tally.findings) lines.push(`[${KIND_WORDS[f.kind]}] ${f.message}`);
  } else {
    lines.push('', '没有逾期、无法对应或无效的行。');
  }
  for (const note of tally.notes) lines.push(`注意：${note}`);
  return `${lines.join('\n')}\n`;
}

export async function ledgerCommand(
  file: string,
  options: { year: string | undefined; json: boolean },
  out: { stdout(text: string): void; stderr(text: string): void },
  fail: (message: string) => number,
): Promise<number> {
  let year: number | undefined;
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year.trim())) return fail(ledgerMessages.badYear(options.year));
    year = Number(options.year.trim());
  }
  const read = await readLedgerFile(file);
  if (!read.ok) return fail(read.message);
  if (read.missingColumns) return fail(read.missingColumns);
  year ??= mostCommonYear(read.records, readLedgerDate) ?? undefined;
  if (year === undefined) return fail(ledgerMessages.noDates);
  const tally = tallyLedger(read.records, { year, calendar: ledgerCalendar() });
  out.stdout(options.json ? ledgerJson(tally) : ledgerText(file, read.sheet, read.layout.headerRow, tally));
  return tally.findings.some((f) => f.kind !== 'outOfYear') ? 1 : 0;
}
