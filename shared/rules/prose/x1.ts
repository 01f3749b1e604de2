/**
 * the counts the prose states (受理政府信息公开申请2件, 办结4件, 行政复议1件 …) agree with the tables.
 * Only statements that clearly give this agency's count for the reported year are compared (see quantities.ts);
 * a number repeated in several places is reported once; each distinct wrong number once.
 */
import { severityOf } from '../catalogue.js';
import type { Finding, Rule } from '../types.js';
import { countsOf } from '../values.js';
import { FACT_FIELDS, numberMismatchMessage, proseSources, type ProseField } from './messages.js';
import { QUANTITY_CELLS, findQuantityStatements } from './quantities.js';

interface Draft {
  readonly cells: readonly string[];
  readonly message: string;
  readonly fields: ProseField[];
}

export const proseNumbersAgree: Rule = ({ report }, findings) => {
  /** quantity=value → the finding being built, or null when the statement agrees with the table. */
  const seen = new Map<string, Draft | null>();
  for (const source of proseSources(report, FACT_FIELDS)) {
    for (const statement of findQuantityStatements(source.text, report.year)) {
      const key = `${statement.quantity}=${statement.value}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        if (earlier && !earlier.fields.includes(source.field)) earlier.fields.push(source.field);
        continue;
      }
      const cells = QUANTITY_CELLS[statement.quantity];
      const parts = countsOf(report, cells);
      if (!parts) continue; // an unusable cell is V-1's finding
      const total = parts.reduce((a, b) => a + b, 0);
      seen.set(
        key,
        total === statement.value
          ? null
          : {
              cells,
              message: numberMismatchMessage(source.field, statement.fragment, statement.quantity, parts),
              fields: [source.field],
            },
      );
    }
  }
  const severity = severityOf('X-1');
  for (const draft of seen.values()) {
    if (draft) findings.push({ rule: 'X-1', severity, cells: draft.cells, message: draft.message, fields: draft.fields } satisfies Finding);
  }
};
