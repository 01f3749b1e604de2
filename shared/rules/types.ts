/** What a check produces, and what a rule sees. */
import type { AgencyLevel } from '../catalogue/sections.js';
import type { Report, Signoff } from '../report/schema.js';
import type { RuleId } from './catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Cell ids the editor highlights (may be empty for a prose-only finding). */
  readonly cells: readonly string[];
  /** Plain Chinese naming the rows/columns by their printed labels and the numbers involved. */
  readonly message: string;
  /**
   * Non-cell fields involved, for the editor to highlight: `agency`, `year`, `issuer`, `date`, `preamble`,
   * `sections.overview`, `sections.problems`, `sections.other`. Added to the contract, never renamed.
   */
  readonly fields?: readonly string[];
}

/** A legal deadline as month and day of the year after the reported year. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export interface CheckOptions {
  /** Last year's report of the same agency; enables C-1, C-2, C-3 and X-5. */
  readonly last?: Report | null;
  /** Local deadlines override the legal ones per level (W-2). */
  readonly deadlines?: Partial<Record<AgencyLevel, MonthDay>>;
  /** The applications.* cells tallied from the office's 依申请公开 ledger; enables L-1. */
  readonly ledger?: Readonly<Record<string, number>> | null;
  /** Faster equivalents of S-2's pure hash and signature check (Node's crypto in the services); same answers. */
  readonly signoffChecks?: SignoffChecks;
}

/** How S-2 recomputes a fingerprint and verifies a sign-off's signature. */
export interface SignoffChecks {
  readonly fingerprintOf: (report: Report) => string;
  readonly signatureMatches: (signoff: Signoff) => boolean;
}

export interface CheckContext {
  readonly report: Report;
  readonly last: Report | null;
  readonly deadlines: Record<AgencyLevel, MonthDay>;
  readonly ledger: Readonly<Record<string, number>> | null;
  readonly signoffChecks: SignoffChecks;
}

export type Rule = (context: CheckContext, findings: Finding[]) => void;
