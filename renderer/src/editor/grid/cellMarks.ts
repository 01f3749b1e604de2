/** Which cells the findings name, at their worst severity, with every message (for the outline and the hover). */
import type { CheckedFinding } from '../../../../shared/api.js';
import { findingKey } from '../reportDocument.js';

export interface CellMark {
  readonly severity: 'error' | 'warning' | 'dismissed' | 'info';
  readonly messages: readonly string[];
}

const RANK = { error: 3, warning: 2, dismissed: 1, info: 0 } as const;

/**
 * Marks by cell id (`by: 'cells'`) or by field name such as sections.overview (`by: 'fields'`). `causes` (by
 * findingKey) adds the typed cells that raised a finding without being among its cells, so the cell just
 * changed is outlined with the equation it broke.
 */
export function cellMarks(findings: readonly CheckedFinding[], by: 'cells' | 'fields' = 'cells', causes?: ReadonlyMap<string, readonly string[]>): Map<string, CellMark> {
  const marks = new Map<string, { severity: CellMark['severity']; messages: string[] }>();
  for (const finding of findings) {
    const severity: CellMark['severity'] = finding.severity === 'warning' && finding.dismissalId !== null ? 'dismissed' : finding.severity;
    const text = severity === 'dismissed' ? `（已说明理由）${finding.message}` : finding.message;
    const extra = by === 'cells' ? (causes?.get(findingKey(finding)) ?? []) : [];
    for (const cellId of [...finding[by], ...extra]) {
      const mark = marks.get(cellId);
      if (!mark) marks.set(cellId, { severity, messages: [text] });
      else {
        mark.messages.push(text);
        if (RANK[severity] > RANK[mark.severity]) mark.severity = severity;
      }
    }
  }
  return marks;
}
