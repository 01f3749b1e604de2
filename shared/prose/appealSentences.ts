/**
 * The 行政复议/行政诉讼 sentence from table 四. All totals 0: that none arose (as X-2 reads a denial). Otherwise
 * the counts as X-1 reads them (被申请行政复议N件, 被提起行政诉讼N件 = both kinds of lawsuit together), each
 * with its non-zero outcomes; a kind with no case is denied in words X-2 reads.
 */
import { APPEAL_COLUMNS, appealCellId, type AppealColumn, type AppealGroup } from '../catalogue/cells.js';
import type { Report } from '../report/schema.js';
import { countsOf } from '../rules/values.js';
import type { SuggestedSentence } from './sentences.js';
import { APPEAL_GROUP_WORDS, APPEAL_OUTCOME_WORDS, SENTENCE_LABELS } from './words.js';

type GroupCounts = Readonly<Record<AppealColumn, number>>;

function groupCounts(report: Report, group: AppealGroup): GroupCounts | undefined {
  const values = countsOf(report, APPEAL_COLUMNS.map((c) => appealCellId(group, c.key)));
  if (!values) return undefined;
  return Object.fromEntries(APPEAL_COLUMNS.map((c, i) => [c.key, values[i]!])) as Record<AppealColumn, number>;
}

/** （结果维持1件、尚未审结1件）, or '' when no outcome is filled in. */
function outcomes(counts: GroupCounts): string {
  const parts = APPEAL_COLUMNS.filter((c) => c.key !== 'total' && counts[c.key] > 0).map(
    (c) => `${APPEAL_OUTCOME_WORDS[c.key]}${counts[c.key]}件`,
  );
  return parts.length > 0 ? `（${parts.join('、')}）` : '';
}

export function appealsSentence(report: Report): SuggestedSentence | undefined {
  const review = groupCounts(report, 'review');
  const direct = groupCounts(report, 'litigationDirect');
  const afterReview = groupCounts(report, 'litigationAfterReview');
  if (!review || !direct || !afterReview) return undefined;
  const sentence = (text: string): SuggestedSentence => ({ key: 'appeals', section: 'overview', label: SENTENCE_LABELS.appeals, text });

  const litigation = direct.total + afterReview.total;
  if (review.total === 0 && litigation === 0) {
    return sentence('本年度未发生因政府信息公开引起的行政复议、行政诉讼。');
  }
  const reviewPart = review.total > 0 ? `被申请行政复议${review.total}件${outcomes(review)}` : '未被申请行政复议';
  const lawsuits = (
    [
      ['litigationDirect', direct],
      ['litigationAfterReview', afterReview],
    ] as const
  )
    .filter(([, counts]) => counts.total > 0)
    .map(([group, counts]) => `${APPEAL_GROUP_WORDS[group]}${counts.total}件${outcomes(counts)}`);
  const litigationPart = litigation > 0 ? `被提起行政诉讼${litigation}件，其中${lawsuits.join('、')}` : '未被提起行政诉讼';
  return sentence(`本年度因政府信息公开${reviewPart}；${litigationPart}。`);
}
