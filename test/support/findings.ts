import type { Report } from '../../shared/report/schema.js';
import { checkReport } from '../../shared/rules/engine.js';
import type { CheckOptions, Finding } from '../../shared/rules/types.js';

/** The findings of one rule (or rule prefix such as 'R3') for a report. */
export function findingsOf(report: Report, rule: string, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options).filter((f) => f.rule === rule || f.rule.startsWith(`${rule}-`));
}

