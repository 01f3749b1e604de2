/**
 * The Chinese words of the suggested sentences: button labels, and the names of the table rows the sentences
 * use, taken from the cell catalogue (never retyped) with their list markers and notes removed.
 */
import {
  ACTIVE_DECISION_ROWS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  FEE_ROW_LABEL,
  RESULT_GROUPS,
  type ActiveDecisionRow,
  type AppealColumn,
  type AppealGroup,
  type ResultGroup,
} from '../catalogue/cells.js';

/** What a button or menu item shows for each suggested sentence. */
export const SENTENCE_LABELS = {
  activeDocuments: '主动公开：文件制发、废止和现行有效',
  activeDecisions: '主动公开：许可、处罚、强制决定',
  activeFees: `主动公开：${FEE_ROW_LABEL}`,
  applications: '依申请公开：收到和办理情况',
  appeals: '行政复议、行政诉讼情况',
  feeNone: '信息处理费：本年度未收取',
  feeAmount: '信息处理费：收取金额（需填写金额）',
} as const;

/** The blank the user fills in a template sentence. */
export const BLANK = '＿＿';

/** "（一）予以公开" → "予以公开"; "（二）部分公开（区分处理的，…）" → "部分公开". */
export const plainGroupLabel = (label: string): string =>
  label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（[^）]*）$/, '');

const groupLabel = (key: ResultGroup): string => plainGroupLabel(RESULT_GROUPS.find((g) => g.key === key)!.label);

/** The six kinds of result of table 三, in printed order, as a sentence names them (予以公开 … 其他处理). */
export const RESULT_WORDS: readonly { readonly group: Exclude<ResultGroup, 'resultsTotal'>; readonly word: string }[] = (
  ['granted', 'partlyGranted', 'withheld', 'unavailable', 'notProcessed', 'otherHandling'] as const
).map((group) => ({ group, word: groupLabel(group) }));

/** 行政许可, 行政处罚, 行政强制. */
export const DECISION_WORDS: Readonly<Record<ActiveDecisionRow, string>> = Object.fromEntries(
  ACTIVE_DECISION_ROWS.map((r) => [r.key, r.label]),
) as Record<ActiveDecisionRow, string>;

/** 未经复议直接起诉, 复议后起诉. */
export const APPEAL_GROUP_WORDS: Readonly<Record<AppealGroup, string>> = Object.fromEntries(
  APPEAL_GROUPS.map((g) => [g.key, g.label]),
) as Record<AppealGroup, string>;

/** 结果维持, 结果纠正, 其他结果, 尚未审结. */
export const APPEAL_OUTCOME_WORDS: Readonly<Record<AppealColumn, string>> = Object.fromEntries(
  APPEAL_COLUMNS.map((c) => [c.key, c.label]),
) as Record<AppealColumn, string>;
