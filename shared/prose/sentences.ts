/**
 * Sentences built from the tables, offered by the editor for 一、总体情况 and 六、其他需要报告的事项: the user
 * inserts one and edits it. Each states only what the cells hold (Arabic digits, the fee as stored), in words
 * the prose rules X-1 … X-4 read and agree with, so a sentence never raises a warning against its own report.
 * A sentence whose cells V-1 would reject is left out.
 */
import type { Report } from '../report/schema.js';
import { activeDecisionsSentence, activeDocumentsSentence, activeFeesSentence } from './activeSentences.js';
import { appealsSentence } from './appealSentences.js';
import { applicationsSentence } from './applicationSentences.js';
import { feeAmountSentence, feeNoneSentence } from './feeSentences.js';
import type { SENTENCE_LABELS } from './words.js';

export type SentenceKey = keyof typeof SENTENCE_LABELS;

export interface SuggestedSentence {
  readonly key: SentenceKey;
  /** The prose section the sentence belongs in. */
  readonly section: 'overview' | 'other';
  /** Short Chinese name for a button or menu item. */
  readonly label: string;
  readonly text: string;
  /** In a template sentence, the characters the user replaces (＿＿); absent when the sentence is complete. */
  readonly blank?: string;
}

export type SentenceBuilder = (report: Report) => SuggestedSentence | undefined;

/** In the order the editor offers them: 一 (主动公开, 依申请公开, 复议和诉讼), then 六. */
const BUILDERS: readonly SentenceBuilder[] = [
  activeDocumentsSentence,
  activeDecisionsSentence,
  activeFeesSentence,
  applicationsSentence,
  appealsSentence,
  feeNoneSentence,
  feeAmountSentence,
];

/** The sentences the tables of `report` support, in printed order. */
export function suggestSentences(report: Report): SuggestedSentence[] {
  const sentences: SuggestedSentence[] = [];
  for (const build of BUILDERS) {
    const sentence = build(report);
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
