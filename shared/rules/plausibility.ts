/** W-1 (规章 only from 设区的市), W-2 (legal deadline) and I-1 (a fee that looks entered in 元 or misplaced). */
import { chineseDate, deadlineFor, parseIsoDate } from '../calendar.js';
import { ACTIVE_DECISION_ROWS, ACTIVE_DOCUMENT_COLUMNS, FEE_CELL_ID } from '../catalogue/cells.js';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVEL_SHORT_LABELS, type AgencyLevel } from '../catalogue/sections.js';
import { formatFee } from '../report/decimal.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';
import { countOf, feeOf } from './values.js';

/** W-1: county, department and township reports have no 规章. */
export const regulationsOnlyForCities: Rule = ({ report }, findings) => {
  if (report.level === 'city') return;
  const nonZero = ACTIVE_DOCUMENT_COLUMNS.map((c) => ({ id: `active.regulations.${c.key}`, label: c.label, value: countOf(report, `active.regulations.${c.key}`) })).filter(
    (c) => c.value !== undefined && c.value > 0,
  );
  if (nonZero.length === 0) return;
  findings.push({
    rule: 'W-1',
    severity: severityOf('W-1'),
    cells: nonZero.map((c) => c.id),
    message:
      `二、规章行填有${nonZero.map((c) => `${c.label}${c.value}`).join('、')}，但${AGENCY_LEVEL_LABELS[report.level]}不制定规章` +
      '（只有设区的市及以上人民政府可以制定规章）；规范性文件应填在“行政规范性文件”行',
  });
};

/** W-2: dated on or before the deadline of the level (31 Jan / 31 Mar of the next year, or a local date). */
export const datedBeforeDeadline: Rule = ({ report, deadlines }, findings) => {
  if (report.date === null || !parseIsoDate(report.date)) return;
  const deadline = deadlineFor(report.year, deadlines[report.level]);
  if (report.date <= deadline) return;
  findings.push({
    rule: 'W-2',
    severity: severityOf('W-2'),
    cells: [],
    fields: ['date'],
    message: `成文日期${chineseDate(report.date)}晚于${AGENCY_LEVEL_SHORT_LABELS[report.level]}年度报告的公开期限${chineseDate(deadline)}`,
  });
};

/**
 * The largest fee (万元) that is still plausible for one report of each level. Above it the amount was most
 * likely typed in 元: the real 2023 county figure 1482.5623 万元 typed in 元 is 14825623, far above 1,000,000.
 */
export const FEE_PLAUSIBLE_MAX_WAN: Readonly<Record<AgencyLevel, bigint>> = {
  township: 10_000n,
  department: 500_000n,
  county: 1_000_000n,
  city: 50_000_000n,
};
const MICROS_PER_WAN = 1_000_000n;

/** I-1: the fee looks entered in 元, or a count was pasted into the fee. */
export const feeLooksPlausible: Rule = ({ report }, findings) => {
  const fee = feeOf(report);
  if (fee === undefined || fee === 0n) return;
  const max = FEE_PLAUSIBLE_MAX_WAN[report.level];
  if (fee > max * MICROS_PER_WAN) {
    findings.push({
      rule: 'I-1',
      severity: severityOf('I-1'),
      cells: [FEE_CELL_ID],
      message:
        `二、行政事业性收费为${formatFee(fee)}万元（即${formatFee(fee * 10_000n)}元），对${AGENCY_LEVEL_LABELS[report.level]}而言过大，` +
        `疑似按“元”填报；本栏单位为万元（按元填报时应为${formatFee(fee / 10_000n)}万元左右）`,
    });
    return;
  }
  if (fee % MICROS_PER_WAN !== 0n) return;
  const whole = Number(fee / MICROS_PER_WAN);
  if (whole < 10) return; // small equal numbers are coincidence, not a paste
  const same = ACTIVE_DECISION_ROWS.find((row) => countOf(report, `active.${row.key}.decisions`) === whole);
  if (!same) return;
  findings.push({
    rule: 'I-1',
    severity: severityOf('I-1'),
    cells: [FEE_CELL_ID, `active.${same.key}.decisions`],
    message: `二、行政事业性收费金额（${whole}万元）与${same.label}本年处理决定数量（${whole}）相同，疑似粘贴错位，请核对`,
  });
};
