/**
 * The 勾稽 equations of tables 三 and 四 (R3-1, R3-2, R3-3, R4-1…R4-3). Each broken equation is reported once,
 * naming every cell that takes part; an equation with a cell V-1 rejects is left to V-1.
 */
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPEAL_PART_COLUMNS,
  APPLICANT_COLUMNS,
  APPLICANT_PART_COLUMNS,
  APPLICATION_ROWS,
  RESULT_ROW_KEYS,
  appealCellId,
  applicationCellId,
} from '../catalogue/cells.js';
import type { RuleId } from './catalogue.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';
import { countsOf, sum } from './values.js';

const rowLabel = (key: string): string => APPLICATION_ROWS.find((r) => r.key === key)!.label;
const RESULTS_TOTAL_LABEL = rowLabel('resultsTotal'); // （七）总计
const CARRIED_FORWARD_LABEL = rowLabel('carriedForward'); // 四、结转下年度继续办理

const difference = (a: number, b: number): string => `相差${Math.abs(a - b)}`;

interface ColumnEquation {
  readonly label: string;
  readonly received: string;
  readonly carriedOver: string;
  readonly resultsTotal: string;
  readonly carriedForward: string;
  readonly results: readonly string[];
}

const COLUMN_EQUATIONS: readonly ColumnEquation[] = APPLICANT_COLUMNS.map((c) => ({
  label: c.label,
  received: applicationCellId('received', c.key),
  carriedOver: applicationCellId('carriedOver', c.key),
  resultsTotal: applicationCellId('resultsTotal', c.key),
  carriedForward: applicationCellId('carriedForward', c.key),
  results: RESULT_ROW_KEYS.map((row) => applicationCellId(row, c.key)),
}));

/** R3-1: per column, 一＋二 ＝（七）总计＋四. */
export const balancePerColumn: Rule = ({ report }, findings) => {
  for (const col of COLUMN_EQUATIONS) {
    const ids = [col.received, col.carriedOver, col.resultsTotal, col.carriedForward];
    const v = countsOf(report, ids);
    if (!v) continue;
    const [received, carriedOver, resultsTotal, carriedForward] = v as [number, number, number, number];
    const inflow = received + carriedOver;
    const outflow = resultsTotal + carriedForward;
    if (inflow === outflow) continue;
    findings.push({
      rule: 'R3-1',
      severity: severityOf('R3-1'),
      cells: ids,
      message:
        `三、「${col.label}」列：一、本年新收（${received}）＋二、上年结转（${carriedOver}）＝${inflow}，` +
        `但${RESULTS_TOTAL_LABEL}（${resultsTotal}）＋${CARRIED_FORWARD_LABEL}（${carriedForward}）＝${outflow}，${difference(inflow, outflow)}`,
    });
  }
};

/** R3-2: per column, （七）总计 ＝ the 21 result rows. */
export const resultsTotalPerColumn: Rule = ({ report }, findings) => {
  for (const col of COLUMN_EQUATIONS) {
    const total = countsOf(report, [col.resultsTotal]);
    const parts = countsOf(report, col.results);
    if (!total || !parts) continue;
    const expected = sum(parts);
    if (total[0] === expected) continue;
    findings.push({
      rule: 'R3-2',
      severity: severityOf('R3-2'),
      cells: [col.resultsTotal, ...col.results],
      message:
        `三、「${col.label}」列：${RESULTS_TOTAL_LABEL}为${total[0]}，但（一）至（六）各项办理结果之和为${expected}，` +
        difference(total[0]!, expected),
    });
  }
};

const ROW_EQUATIONS = APPLICATION_ROWS.map((row) => ({
  label: row.shortLabel,
  total: applicationCellId(row.key, 'total'),
  parts: APPLICANT_PART_COLUMNS.map((c) => applicationCellId(row.key, c)),
}));

/** R3-3: per row, 总计 ＝ the six applicant columns. */
export const totalPerRow: Rule = ({ report }, findings) => {
  for (const row of ROW_EQUATIONS) {
    const total = countsOf(report, [row.total]);
    const parts = countsOf(report, row.parts);
    if (!total || !parts) continue;
    const expected = sum(parts);
    if (total[0] === expected) continue;
    findings.push({
      rule: 'R3-3',
      severity: severityOf('R3-3'),
      cells: [row.total, ...row.parts],
      message: `三、「${row.label}」行：总计为${total[0]}，但自然人至其他六列之和为${expected}，${difference(total[0]!, expected)}`,
    });
  }
};

const APPEAL_RULES: Record<(typeof APPEAL_GROUPS)[number]['key'], RuleId> = {
  review: 'R4-1',
  litigationDirect: 'R4-2',
  litigationAfterReview: 'R4-3',
};

/** R4-1, R4-2, R4-3: per group of table 四, 总计 ＝ 维持＋纠正＋其他＋尚未审结. */
export const appealTotals: Rule = ({ report }, findings) => {
  for (const group of APPEAL_GROUPS) {
    const totalId = appealCellId(group.key, 'total');
    const partIds = APPEAL_PART_COLUMNS.map((c) => appealCellId(group.key, c));
    const total = countsOf(report, [totalId]);
    const parts = countsOf(report, partIds);
    if (!total || !parts) continue;
    const expected = sum(parts);
    if (total[0] === expected) continue;
    const rule = APPEAL_RULES[group.key];
    const terms = APPEAL_PART_COLUMNS.map((c, i) => `${APPEAL_COLUMNS.find((x) => x.key === c)!.label}（${parts[i]}）`);
    findings.push({
      rule,
      severity: severityOf(rule),
      cells: [totalId, ...partIds],
      message: `四、${group.shortLabel}：总计为${total[0]}，但${terms.join('＋')}＝${expected}，${difference(total[0]!, expected)}`,
    });
  }
};
