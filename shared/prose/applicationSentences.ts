/**
 * The 依申请公开 sentence from table 三: received, carried over, concluded with the non-zero kinds of result,
 * carried forward. Worded as X-1 reads it (新收…申请N件, 上年结转N件, 办结N件, 结转下年度继续办理N件), so a
 * wrong number would be caught and a right one is confirmed.
 */
import { APPLICATION_ROWS, applicationCellId } from '../catalogue/cells.js';
import type { Report } from '../report/schema.js';
import { countsOf, sum } from '../rules/values.js';
import type { SuggestedSentence } from './sentences.js';
import { RESULT_WORDS, SENTENCE_LABELS } from './words.js';

const totalOf = (row: string): string => applicationCellId(row, 'total');

/** Per kind of result (予以公开 … 其他处理), the total cells of its rows (（三）–（六） have several, no subtotal). */
const RESULT_CELLS = RESULT_WORDS.map(({ group, word }) => ({
  word,
  cells: APPLICATION_ROWS.filter((r) => r.group === group).map((r) => totalOf(r.key)),
}));

export function applicationsSentence(report: Report): SuggestedSentence | undefined {
  const balance = countsOf(report, ['received', 'carriedOver', 'resultsTotal', 'carriedForward'].map(totalOf));
  if (!balance) return undefined;
  const [received, carriedOver, concluded, carriedForward] = balance as [number, number, number, number];
  const results: { word: string; count: number }[] = [];
  for (const { word, cells } of RESULT_CELLS) {
    const counts = countsOf(report, cells);
    if (!counts) return undefined;
    const count = sum(counts);
    if (count > 0) results.push({ word, count });
  }
  const sentence = (text: string): SuggestedSentence => ({
    key: 'applications',
    section: 'overview',
    label: SENTENCE_LABELS.applications,
    text,
  });
  if (received + carriedOver + concluded + carriedForward === 0 && results.length === 0) {
    return sentence('本年度未收到政府信息公开申请，无上年结转的申请。');
  }
  const breakdown = results.length > 0 ? `，其中${results.map((r) => `${r.word}${r.count}件`).join('、')}` : '';
  return sentence(
    `本年度新收政府信息公开申请${received}件，上年结转${carriedOver}件，办结${concluded}件${breakdown}；` +
      `结转下年度继续办理${carriedForward}件。`,
  );
}

