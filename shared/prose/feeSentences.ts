/**
 * The 信息处理费 statement for 六 (X-3; the template prints 收取信息处理费情况在此处报告). It is not a cell, so
 * both forms are offered: that none was charged, and a template whose blank the user fills with the amount.
 * The template is flagged by X-3 until the blank holds a number — on purpose: an unfilled blank states nothing.
 */
import type { Report } from '../report/schema.js';
import type { SuggestedSentence } from './sentences.js';
import { BLANK, SENTENCE_LABELS } from './words.js';

/** 本年度未收取信息处理费。 (X-4 accepts it even when a fee notice went unpaid: nothing was collected.) */
export const feeNoneSentence = (_report: Report): SuggestedSentence => ({
  key: 'feeNone',
  section: 'other',
  label: SENTENCE_LABELS.feeNone,
  text: '本年度未收取信息处理费。',
});

/** 本年度共收取信息处理费＿＿元。 */
export const feeAmountSentence = (_report: Report): SuggestedSentence => ({
  key: 'feeAmount',
  section: 'other',
  label: SENTENCE_LABELS.feeAmount,
  text: `本年度共收取信息处理费${BLANK}元。`,
  blank: BLANK,
});
