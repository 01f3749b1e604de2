/**
 * The append-only audit log: who changed what, when, from what to what. Written by every service that changes
 * records, inside the same transaction as the change, so a change and its log line exist together or not at all.
 */
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/api.js';
import { CELL_BY_ID } from '../../../shared/catalogue/cells.js';
import { FIELD_LABELS } from '../../../shared/report/schema.js';
import { statement } from './statements.js';

export const AUDIT_ACTION_LABELS = {
  'settings.userName': '设置使用人姓名',
  'agency.create': '新建机关',
  'agency.update': '修改机关信息',
  'report.create': '新建报告',
  'report.import': '导入报告',
  'report.delete': '删除草稿',
  'cell.edit': '修改单元格',
  'field.edit': '修改文字',
  'warning.dismiss': '说明警告',
  'warning.restore': '恢复警告',
  'report.sign': '签发',
  'report.unlock': '解除签发',
  'backup.restore': '从备份恢复',
  'ledger.addRows': '台账新增行',
  'ledger.edit': '修改台账',
  'ledger.deleteRows': '台账删除行',
  'ledger.import': '导入台账',
  'ledger.schedule': '录入节假日安排',
  'key.trust': '信任签名密钥',
  'key.untrust': '取消信任签名密钥',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export interface AuditRecord {
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly agencyId?: number | null;
  readonly reportId?: number | null;
  readonly reportLabel?: string | null;
  readonly target?: string | null;
  readonly oldValue?: string | null;
  readonly newValue?: string | null;
  readonly detail?: string | null;
}

export function recordAudit(db: Database.Database, entry: AuditRecord): void {
  statement(
    db,
    `INSERT INTO audit_log (at, actor, action, agency_id, report_id, report_label, target, old_value, new_value, detail)
     VALUES (@at, @actor, @action, @agencyId, @reportId, @reportLabel, @target, @oldValue, @newValue, @detail)`,
  ).run({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    agencyId: entry.agencyId ?? null,
    reportId: entry.reportId ?? null,
    reportLabel: entry.reportLabel ?? null,
    target: entry.target ?? null,
    oldValue: entry.oldValue ?? null,
    newValue: entry.newValue ?? null,
    detail: entry.detail ?? null,
  });
}

/** The label people know a cell or field by: the row and column of a cell, the heading of a section. */
export function targetLabel(target: string | null): string | null {
  if (target === null) return null;
  const cell = CELL_BY_ID.get(target);
  if (cell) return cell.reference;
  return FIELD_LABELS[target] ?? target;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  report_id: number | null;
  report_label: string | null;
  target: string | null;
  old_value: string | null;
  new_value: string | null;
  detail: string | null;
}

export interface AuditQuery {
  readonly reportId?: number | undefined;
  readonly target?: string | undefined;
  readonly limit?: number | undefined;
}

/** Newest first. With a report and a cell id it answers "who changed this cell, when, from what". */
export function auditHistory(db: Database.Database, query: AuditQuery): AuditEntry[] {
  const rows = statement(
    db,
    `SELECT id, at, actor, action, report_id, report_label, target, old_value, new_value, detail FROM audit_log
     WHERE (@reportId IS NULL OR report_id = @reportId) AND (@target IS NULL OR target = @target)
     ORDER BY id DESC LIMIT @limit`,
  ).all({ reportId: query.reportId ?? null, target: query.target ?? null, limit: query.limit ?? 1000 }) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    actionLabel: AUDIT_ACTION_LABELS[row.action as AuditAction] ?? row.action,
    reportId: row.report_id,
    reportLabel: row.report_label,
    target: row.target,
    targetLabel: targetLabel(row.target),
    oldValue: row.old_value,
    newValue: row.new_value,
    detail: row.detail,
  }));
}
