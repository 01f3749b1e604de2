/**
 * Warnings the person has dismissed with a written reason (rules.md: a warning needs a fix or a reason before
 * sign-off). A dismissal names the rule and the cells/fields of the finding it covers; restoring it keeps the
 * row (who restored, when) so the history stays whole.
 */
import type Database from 'better-sqlite3';
import type { Dismissal } from '../../../shared/api.js';
import type { RuleId } from '../../../shared/rules/catalogue.js';
import { statement } from './statements.js';

interface DismissalRow {
  id: number;
  rule: RuleId;
  cells: string;
  fields: string;
  reason: string;
  dismissed_by: string;
  dismissed_at: string;
}

const parseList = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
};


export function activeDismissals(db: Database.Database, reportId: number): Dismissal[] {
  const rows = statement(
    db,
    'SELECT id, rule, cells, fields, reason, dismissed_by, dismissed_at FROM dismissals WHERE report_id = ? AND restored_at IS NULL ORDER BY id',
  ).all(reportId) as DismissalRow[];
  return rows.map((row) => ({
    id: row.id,
    rule: row.rule,
    cells: parseList(row.cells),
    fields: parseList(row.fields),
    reason: row.reason,
    dismissedBy: row.dismissed_by,
    dismissedAt: row.dismissed_at,
  }));
}

export function insertDismissal(
  db: Database.Database,
  input: { reportId: number; rule: RuleId; cells: readonly string[]; fields: readonly string[]; reason: string; by: string; at: string },
): number {
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO dismissals (report_id, rule, cells, fields, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(input.reportId, input.rule, JSON.stringify([...input.cells].sort()), JSON.stringify([...input.fields].sort()), input.reason, input.by, input.at);
  return Number(lastInsertRowid);
}

export function markRestored(db: Database.Database, dismissalId: number, by: string, at: string): void {
  statement(db, 'UPDATE dismissals SET restored_by = ?, restored_at = ? WHERE id = ?').run(by, at, dismissalId);
}
