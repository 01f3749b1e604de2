/**
 * 一、总体情况 and 五、存在的主要问题及改进情况 are not (near-)copies of last year's report (内容雷同 —
 * 国办公开办函〔2021〕30号 工作要求（四）). Compared by trigram similarity (similarity.ts) after dropping digits,
 * years, spaces and punctuation, so a copy with only the year and the numbers changed scores 100%.
 */
import { severityOf } from '../catalogue.js';
import type { Rule } from '../types.js';
import { copiedFromLastYearMessage, proseText, type ProseField } from './messages.js';
import { cachedShingles, similarityTo } from './similarity.js';

/**
 * Similarity (Dice on character trigrams) from which a section counts as copied. Measured on the texts of
 * test/rules/prose/x5.test.ts (a 五 of 444 and an 一 of 342 kept characters):
 *   last year's text, only year and numbers changed ........ 100% (五), 100% (一)  → fires
 *   a fifth of the sentences rewritten ....................... 78%                 → fires
 *   two fifths of the sentences rewritten .................... 58%                 → fires
 *   rewritten on the same topic, same boilerplate words ...... 6% (五), 16% (一)   → silent
 *   last year's 五 against last year's 一 (unrelated) ......... 7%
 * 0.5 sits midway between a rewrite (≤ 16%) and a text with a fifth rewritten (78%): it fires when about
 * half of last year's wording is kept, and leaves room for the shared boilerplate of real reports.
 */
export const COPY_SIMILARITY_THRESHOLD = 0.5;

/** Shorter texts (kept characters) are not compared: a two-line section is too short to call a copy. */
export const MIN_COMPARABLE_CHARACTERS = 80;

const COMPARED_FIELDS: readonly ProseField[] = ['sections.overview', 'sections.problems'];

export const notCopiedFromLastYear: Rule = ({ report, last }, findings) => {
  if (!last) return;
  for (const field of COMPARED_FIELDS) {
    const before = proseText(last, field);
    const now = proseText(report, field);
    if (typeof before !== 'string' || typeof now !== 'string' || before === '' || now === '') continue;
    const old = cachedShingles(before);
    if (old.length < MIN_COMPARABLE_CHARACTERS) continue;
    const { similarity, length } = similarityTo(now, old);
    if (length < MIN_COMPARABLE_CHARACTERS || similarity < COPY_SIMILARITY_THRESHOLD) continue;
    findings.push({
      rule: 'X-5',
      severity: severityOf('X-5'),
      cells: [],
      message: copiedFromLastYearMessage(field, similarity),
      fields: [field],
    });
  }
};
