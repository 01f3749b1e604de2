/**
 * A small valid report for the prose-rule tests (local to these tests on purpose): every count 0, the fee "0",
 * a county government for 2023, and prose of our own that triggers none of X-1 … X-5.
 */
import { appealCellId, applicationCellId, type AppealGroup } from '../../../shared/catalogue/cells.js';
import { blankReport } from '../../../shared/report/blank.js';
import type { CellValue, Report } from '../../../shared/report/schema.js';
import { checkContext } from '../../../shared/rules/engine.js';
import type { CheckContext, Finding, Rule } from '../../../shared/rules/types.js';

export const PLAIN_OVERVIEW =
  '（一）主动公开。本机关通过政府门户网站及时发布机构职能、规划计划、财政预决算等信息。' +
  '（二）依申请公开。本机关规范受理、登记、审核和答复各环节，答复文书均告知救济途径。' +
  '（三）政府信息管理。落实公开前保密审查，定期清理规范性文件。' +
  '（四）平台建设。完善门户网站政务公开专栏。（五）监督保障。将政务公开纳入年度考核。';
export const PLAIN_PROBLEMS = '部分栏目更新不够及时。下一步将建立栏目更新台账，按月检查。';
export const PLAIN_OTHER = '本年度本机关未收取信息处理费。';

export interface ReportOverrides {
  readonly cells?: Readonly<Record<string, CellValue>>;
  readonly overview?: string;
  readonly problems?: string;
  readonly other?: string;
  readonly preamble?: string;
  readonly year?: number;
}

export function buildReport(overrides: ReportOverrides = {}): Report {
  const year = overrides.year ?? 2023;
  const report = blankReport({ agency: '示例县人民政府', level: 'county', year, issuer: '示例县人民政府办公室' });
  Object.assign(report.cells, overrides.cells ?? {});
  report.preamble = overrides.preamble ?? '';
  report.sections = {
    overview: overrides.overview ?? PLAIN_OVERVIEW,
    problems: overrides.problems ?? PLAIN_PROBLEMS,
    other: overrides.other ?? PLAIN_OTHER,
  };
  report.date = `${year + 1}-01-18`;
  return report;
}

/** Cells for one 表三 row whose natural-person column and total are both `n` (the row stays consistent). */
export const applicationRow = (row: string, n: number): Record<string, number> => ({
  [applicationCellId(row, 'natural')]: n,
  [applicationCellId(row, 'total')]: n,
});

/** Cells for one 表四 group with `n` cases still pending (upheld … pending sum to the total). */
export const appealGroup = (group: AppealGroup, n: number): Record<string, number> => ({
  [appealCellId(group, 'pending')]: n,
  [appealCellId(group, 'total')]: n,
});

export const contextOf = (report: Report, last: Report | null = null): CheckContext => checkContext(report, { last });

export function run(rule: Rule, report: Report, last: Report | null = null): Finding[] {
  const findings: Finding[] = [];
  rule(contextOf(report, last), findings);
  return findings;
}
