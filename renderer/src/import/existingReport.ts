/**
 * Whether the chosen agency already has a report for the chosen year, and whether saving may replace it: the
 * review's own match while agency and year are unchanged, otherwise the records' list (a draft that was never
 * signed — revision 1 — is replaceable; a signed one, or one unlocked after signing, never is). Pure.
 */
import type { ImportReview, ReportSummary } from '../../../shared/api.js';
import type { ReviewDraft } from './reviewDraft.js';

export interface ExistingReport {
  readonly reportId: number;
  readonly status: 'draft' | 'signed';
  readonly replaceable: boolean;
}

export function existingReportFor(review: ImportReview, draft: ReviewDraft, reports: readonly ReportSummary[] | null): ExistingReport | null {
  if (draft.agency.kind !== 'existing' || draft.year === null) return null;
  const { agencyId } = draft.agency;
  if (agencyId === review.match.agencyId && draft.year === review.report.year && review.match.existing) {
    const { reportId, status, replaceable } = review.match.existing;
    return { reportId, status, replaceable };
  }
  const found = reports?.find((r) => r.agencyId === agencyId && r.year === draft.year);
  return found ? { reportId: found.id, status: found.status, replaceable: found.status === 'draft' && found.revision === 1 } : null;
}

export function existingMessage(existing: ExistingReport, agency: string, year: number): string {
  if (existing.replaceable) return `${agency} ${year} 年度已有一份草稿。保存时会询问是否用导入的报告替换它。`;
  if (existing.status === 'signed') return `${agency} ${year} 年度已有已签发的报告，不能替换。请核对机关和年度。`;
  return `${agency} ${year} 年度已有一份签发过（现已解除签发）的报告，不能替换。请核对机关和年度。`;
}
