/**
 * The rule engine: one pass of every rule of the catalogue over one report. Used by the editor (on every
 * keystroke), the CLI `check`, import review, sign-off and the county roll-up.
 */
import { LEGAL_DEADLINES } from '../calendar.js';
import type { Report } from '../report/schema.js';
import { appealTotals, balancePerColumn, resultsTotalPerColumn, totalPerRow } from './arithmetic.js';
import { carriedOverMatchesLastYear, inForceFollowsLastYear, repealedWithinStock } from './carryOver.js';
import { reportIsComplete } from './completeness.js';
import { datedBeforeDeadline, feeLooksPlausible, regulationsOnlyForCities } from './plausibility.js';
import { tableMatchesLedger } from './ledger.js';
import { PROSE_RULES } from './prose/index.js';
import { signoffStillMatches } from './signoff.js';
import { reportFingerprint } from '../report/fingerprint.js';
import { signatureMatches } from '../report/signature.js';
import type { CheckContext, CheckOptions, Finding, Rule, Severity, SignoffChecks } from './types.js';
import { valuesAreValid } from './validity.js';
import { figuresAgainstLastYear } from './yearOverYear.js';

/** Every rule, in catalogue order (R3 … I-1). */
export const ALL_RULES: readonly Rule[] = [
  balancePerColumn, // R3-1
  resultsTotalPerColumn, // R3-2
  totalPerRow, // R3-3
  appealTotals, // R4-1, R4-2, R4-3
  valuesAreValid, // V-1
  reportIsComplete, // S-1
  carriedOverMatchesLastYear, // C-1
  inForceFollowsLastYear, // C-2
  repealedWithinStock, // C-3
  regulationsOnlyForCities, // W-1
  datedBeforeDeadline, // W-2
  ...PROSE_RULES, // X-1 … X-5
  feeLooksPlausible, // I-1
  signoffStillMatches, // S-2
  tableMatchesLedger, // L-1
  figuresAgainstLastYear, // I-2
];

/** What every rule sees: the report, last year's (or null) and the deadlines (legal ones unless overridden). */
/** The pure hash and Ed25519 check (@noble), which run anywhere, the renderer included. */
const PURE_SIGNOFF_CHECKS: SignoffChecks = { fingerprintOf: reportFingerprint, signatureMatches };

export function checkContext(report: Report, options: CheckOptions = {}): CheckContext {
  return {
    report,
    last: options.last ?? null,
    deadlines: options.deadlines ? { ...LEGAL_DEADLINES, ...options.deadlines } : LEGAL_DEADLINES,
    ledger: options.ledger ?? null,
    signoffChecks: options.signoffChecks ?? PURE_SIGNOFF_CHECKS,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every rule; findings come errors first, then warnings, then infos, each in catalogue order. */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const context = checkContext(report, options);
  const findings: Finding[] = [];
  for (const rule of ALL_RULES) rule(context, findings);
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
