/**
 * Tying warnings to the dismissals that cover them, and the counts the start screen shows. Pure, so the editor
 * can judge a report on every keystroke exactly as the services judge it when saving.
 */
import type { CheckedFinding, Dismissal, FindingCounts } from '../api.js';
import type { Finding } from './types.js';

/** The key that ties a dismissal to a finding: rule, sorted cells, sorted fields. */
export const findingKey = (rule: string, cells: readonly string[], fields: readonly string[]): string =>
  `${rule}|${[...cells].sort().join(',')}|${[...fields].sort().join(',')}`;

export function matchDismissals(findings: readonly Finding[], dismissals: readonly Pick<Dismissal, 'id' | 'rule' | 'cells' | 'fields'>[]): CheckedFinding[] {
  const byKey = new Map(dismissals.map((d) => [findingKey(d.rule, d.cells, d.fields), d.id]));
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    cells: [...finding.cells],
    fields: [...(finding.fields ?? [])],
    message: finding.message,
    dismissalId: finding.severity === 'warning' ? (byKey.get(findingKey(finding.rule, finding.cells, finding.fields ?? [])) ?? null) : null,
  }));
}

export function countChecked(findings: readonly CheckedFinding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, dismissed: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'info') counts.infos++;
    else if (finding.dismissalId === null) counts.warnings++;
    else counts.dismissed++;
  }
  return counts;
}
