/**
 * What the person makes of an import before saving it: the agency (one of the records or a new one), the year,
 * the metadata, the prose and the 200 cells, starting from the report as read. Pure: the findings are the rules
 * run on the draft exactly as the services will run them, and the save input is built from it. Nothing here
 * changes a value the person did not change.
 */
import type { ChannelInput, CheckedFinding, ImportReview, ReportSummary } from '../../../shared/api.js';
import { parseIsoDate } from '../../../shared/calendar.js';
import type { AgencyLevel } from '../../../shared/catalogue/sections.js';
import type { CellValue, Report } from '../../../shared/report/schema.js';
import { matchDismissals } from '../../../shared/rules/dismissals.js';
import { checkReport } from '../../../shared/rules/engine.js';
import { followTotals, type CellEdit } from '../../../shared/report/totals.js';

export type AgencyChoice = { readonly kind: 'existing'; readonly agencyId: number } | { readonly kind: 'new'; readonly name: string; readonly level: AgencyLevel };

export interface ReviewDraft {
  readonly agency: AgencyChoice;
  /** The agency's name as the draft report carries it (the chosen agency's, or the new one's). */
  readonly agencyName: string;
  readonly level: AgencyLevel;
  readonly year: number | null;
  readonly title: string;
  readonly preamble: string;
  readonly sections: Report['sections'];
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly issuer: string;
  readonly date: string | null;
}

export function initialDraft(review: ImportReview): ReviewDraft {
  const { report, match } = review;
  return {
    agency: match.agencyId !== null ? { kind: 'existing', agencyId: match.agencyId } : { kind: 'new', name: report.agency, level: report.level },
    agencyName: report.agency,
    level: report.level,
    year: review.yearFound ? report.year : null,
    title: report.title,
    preamble: report.preamble,
    sections: { ...report.sections },
    cells: { ...report.cells },
    issuer: report.issuer,
    date: report.date,
  };
}

/** Last year's report of an agency the person chose in the review (read from the records), for that year. */
export interface LastYearFound {
  readonly agencyId: number;
  readonly year: number;
  readonly report: Report;
}

const isReviewsOwn = (review: ImportReview, draft: ReviewDraft): boolean =>
  draft.agency.kind === 'existing' && draft.agency.agencyId === review.match.agencyId && draft.year === review.report.year;

/**
 * The records' report that is last year's for the draft when the person chose another agency or year than the
 * review found (a likely agency, a corrected year), else null: the review brought its own.
 */
export function lastYearReportId(review: ImportReview, draft: ReviewDraft, reports: readonly ReportSummary[] | null): number | null {
  if (reports === null || draft.agency.kind !== 'existing' || draft.year === null || isReviewsOwn(review, draft)) return null;
  const agencyId = draft.agency.agencyId;
  const year = draft.year - 1;
  return reports.find((r) => r.agencyId === agencyId && r.year === year)?.id ?? null;
}

/**
 * Last year's report for the C-rules: the review's own while the agency and year are the ones it was found for;
 * for another agency of the records or another year, the one read for that choice (`found`), once it is there.
 */
export function lastYearFor(review: ImportReview, draft: ReviewDraft, found: LastYearFound | null = null): Report | null {
  if (isReviewsOwn(review, draft)) return review.lastYear?.report ?? null;
  if (found === null || draft.agency.kind !== 'existing' || draft.year === null) return null;
  return found.agencyId === draft.agency.agencyId && found.year === draft.year - 1 ? found.report : null;
}

/** The draft as a report, for the rules (signoff stays null: a published import carries no names). */
export function draftReport(review: ImportReview, draft: ReviewDraft): Report {
  return {
    ...review.report,
    agency: draft.agencyName,
    level: draft.level,
    year: draft.year ?? review.report.year,
    title: draft.title,
    preamble: draft.preamble,
    sections: { ...draft.sections },
    cells: { ...draft.cells },
    issuer: draft.issuer,
    date: draft.date,
    signoff: null,
  };
}

/** Every rule on the draft (with last year's report when it applies), as the services will judge it. */
export function draftFindings(review: ImportReview, draft: ReviewDraft, found: LastYearFound | null = null): CheckedFinding[] {
  return matchDismissals(checkReport(draftReport(review, draft), { last: lastYearFor(review, draft, found) }), []);
}

/** The cells the person changed from what the file said, in catalogue order. */
export function correctedCells(review: ImportReview, draft: ReviewDraft): string[] {
  return Object.keys(review.report.cells).filter((id) => !Object.is(review.report.cells[id] ?? null, draft.cells[id] ?? null));
}

/** What still stops the save, in Chinese (empty when the draft can be saved). */
export function draftProblems(draft: ReviewDraft): string[] {
  const problems: string[] = [];
  if (draft.agency.kind === 'new' && draft.agency.name.trim() === '') problems.push('请填写机关名称');
  if (draft.year === null || !Number.isInteger(draft.year) || draft.year < 1990 || draft.year > 2200) problems.push('请填写报告年度');
  if (draft.title.trim() === '') problems.push('请填写标题');
  if (draft.date !== null && parseIsoDate(draft.date) === undefined) problems.push('成文日期应写作 YYYY-MM-DD');
  return problems;
}

/** The `imports.save` input for the reviewed draft (call only when draftProblems is empty). */
export function saveInput(review: ImportReview, draft: ReviewDraft, replaceDraft: boolean): ChannelInput<'imports.save'> {
  const agency =
    draft.agency.kind === 'existing'
      ? { agencyId: draft.agency.agencyId }
      : { newAgency: { name: draft.agency.name.trim(), level: draft.agency.level, ...(draft.issuer.trim() ? { issuer: draft.issuer.trim() } : {}) } };
  return {
    ...agency,
    year: draft.year ?? review.report.year,
    title: draft.title.trim(),
    preamble: draft.preamble,
    sections: { ...draft.sections },
    cells: { ...draft.cells },
    issuer: draft.issuer.trim(),
    date: draft.date,
    source: { fileName: review.fileName, sha256: review.sha256, type: review.source.type },
    ...(replaceDraft ? { replaceDraft: true } : {}),
  };
}

/** The draft's cells after the person's corrections, with the Σ totals that follow them as in the editor. */
export function correctCells(cells: Readonly<Record<string, CellValue>>, edits: readonly CellEdit[]): Record<string, CellValue> {
  const next: Record<string, CellValue> = { ...cells };
  for (const edit of followTotals(cells, edits)) next[edit.cellId] = edit.value;
  return next;
}
