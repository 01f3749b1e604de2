/**
 * Where the prose rules read (which fields) and the Chinese words they show: section names, table labels and
 * the message sentences of X-1 … X-5, in one place.
 */
import { APPEAL_GROUPS, CELL_BY_ID, appealCellId } from '../../catalogue/cells.js';
import { FIELD_LABELS, type Report } from '../../report/schema.js';
import type { Quantity } from './quantities.js';

export type ProseField = 'preamble' | 'sections.overview' | 'sections.problems' | 'sections.other';

export interface ProseSource {
  readonly field: ProseField;
  readonly text: string;
}

/** Fields read, in printed order: the preamble, 一、总体情况 and 六、其他需要报告的事项. */
export const FACT_FIELDS: readonly ProseField[] = ['preamble', 'sections.overview', 'sections.other'];

/** The text of one prose field ('' when absent). */
export const proseText = (report: Report, field: ProseField): string => {
  switch (field) {
    case 'preamble':
      return report.preamble ?? '';
    case 'sections.overview':
      return report.sections.overview ?? '';
    case 'sections.problems':
      return report.sections.problems ?? '';
    case 'sections.other':
      return report.sections.other ?? '';
  }
};

/** The non-empty texts of `fields` (a field that is not a string is treated as empty: S-1 reports it). */
export function proseSources(report: Report, fields: readonly ProseField[]): ProseSource[] {
  const sources: ProseSource[] = [];
  for (const field of fields) {
    const text = proseText(report, field);
    if (typeof text === 'string' && text.trim() !== '') sources.push({ field, text });
  }
  return sources;
}

/** The printed name of a field: "一、总体情况", "前言" … */
export const fieldLabel = (field: ProseField): string => FIELD_LABELS[field] ?? field;

// ----------------------------------------------------------------

const rowLabel = (id: string): string => CELL_BY_ID.get(id)?.rowLabel ?? id;
const RESULTS_HEADING = '三、本年度办理结果';

/** How a message names the table number a quantity is compared with. */
const QUANTITY_TABLE_LABELS: Readonly<Record<Quantity, string>> = {
  received: `表三“${rowLabel('applications.received.total')}”的总计`,
  carriedOver: `表三“${rowLabel('applications.carriedOver.total')}”的总计`,
  concluded: `表三“${RESULTS_HEADING}${rowLabel('applications.resultsTotal.total')}”的总计`,
  carriedForward: `表三“${rowLabel('applications.carriedForward.total')}”的总计`,
  review: '表四“行政复议”的总计',
  litigation: '表四“行政诉讼”未经复议直接起诉与复议后起诉的总计之和',
};

export function numberMismatchMessage(
  field: ProseField,
  fragment: string,
  quantity: Quantity,
  parts: readonly number[],
): string {
  const total = parts.reduce((a, b) => a + b, 0);
  const detail = parts.length > 1 ? `（${parts.join('＋')}）` : '';
  return `${fieldLabel(field)}写明“${fragment}”，但${QUANTITY_TABLE_LABELS[quantity]}为${total}${detail}`;
}

// ----------------------------------------------------------------

const APPEAL_LABELS = new Map<string, string>(
  APPEAL_GROUPS.map((g) => [appealCellId(g.key, 'total'), g.shortLabel]),
);

export function appealsDeniedMessage(
  field: ProseField,
  fragment: string,
  nonZero: readonly { readonly cell: string; readonly total: number }[],
): string {
  const totals = nonZero.map((n) => `“${APPEAL_LABELS.get(n.cell) ?? n.cell}”的总计为${n.total}`).join('、');
  return `${fieldLabel(field)}写明“${fragment}”，但表四${totals}`;
}

export const appealsClaimedMessage = (field: ProseField, fragment: string): string =>
  `${fieldLabel(field)}写明“${fragment}”，但表四行政复议、行政诉讼的总计均为0`;

// ----------------------------------------------------------------

export const feeStatementMissingMessage = (): string =>
  `${fieldLabel('sections.other')}未写明信息处理费的收取情况（模板要求“收取信息处理费情况在此处报告”），` +
  '请写明收取金额，或写明本年度未收取信息处理费';

export const feeNoticeContradictedMessage = (fragment: string, unpaid: number): string =>
  `${fieldLabel('sections.other')}写明“${fragment}”，但表三“（六）其他处理 ` +
  `${rowLabel('applications.otherHandling.feeUnpaid.total')}”的总计为${unpaid}，说明本年度发出过收费通知`;

// ----------------------------------------------------------------

export const copiedFromLastYearMessage = (field: ProseField, similarity: number): string =>
  `${fieldLabel(field)}与上年度报告的相似度为${Math.round(similarity * 100)}%，可能照搬了上年内容（国办公开办函〔2021〕30号要求年度报告避免内容雷同）`;
