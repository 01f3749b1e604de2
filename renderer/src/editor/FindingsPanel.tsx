/**
 * The findings of the rules, grouped by severity: errors (block sign-off), warnings still open (each needs a fix
 * or a written reason), warnings explained, and notes. Each finding jumps to its cells or field; a warning can
 * be dismissed with a reason and restored.
 */
import { Button, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { CheckedFinding, Dismissal } from '../../../shared/api.js';
import { CELL_BY_ID } from '../../../shared/catalogue/cells.js';
import { FIELD_LABELS } from '../../../shared/report/schema.js';

export interface FindingsPanelProps {
  readonly findings: readonly CheckedFinding[];
  readonly dismissals: readonly Dismissal[];
  readonly readOnly: boolean;
  readonly onJump: (finding: CheckedFinding) => void;
  readonly onDismiss: (finding: CheckedFinding) => void;
  readonly onRestore: (dismissal: Dismissal) => void;
}

const GROUPS = [
  { key: 'error', title: '错误', hint: '必须改正才能签发', colour: '#cf1322' },
  { key: 'warning', title: '警告', hint: '改正，或写明理由', colour: '#d48806' },
  { key: 'dismissed', title: '已说明理由的警告', hint: '', colour: '#8c8c8c' },
  { key: 'info', title: '提示', hint: '', colour: '#1f5fa8' },
] as const;

type GroupKey = (typeof GROUPS)[number]['key'];

const groupOf = (f: CheckedFinding): GroupKey => (f.severity === 'warning' && f.dismissalId !== null ? 'dismissed' : f.severity);

export function targetLabels(finding: CheckedFinding): string {
  const names = [...finding.cells.slice(0, 3).map((id) => CELL_BY_ID.get(id)?.reference ?? id), ...finding.fields.map((f) => FIELD_LABELS[f] ?? f)];
  const more = finding.cells.length > 3 ? ` 等 ${finding.cells.length} 格` : '';
  return names.join('、') + more;
}

export const FindingsPanel = memo(function FindingsPanel({ findings, dismissals, readOnly, onJump, onDismiss, onRestore }: FindingsPanelProps) {
  const byGroup = new Map<GroupKey, CheckedFinding[]>(GROUPS.map((g) => [g.key, []]));
  for (const f of findings) byGroup.get(groupOf(f))!.push(f);
  const dismissalById = new Map(dismissals.map((d) => [d.id, d]));
  if (findings.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有发现问题" />;
  }
  const items = GROUPS.filter((g) => byGroup.get(g.key)!.length > 0).map((group) => ({
    key: group.key,
    label: (
      <Space>
        <Typography.Text strong style={{ color: group.colour }}>
          {group.title}
        </Typography.Text>
        <Tag color={group.key === 'error' ? 'red' : group.key === 'warning' ? 'gold' : 'default'}>{byGroup.get(group.key)!.length}</Tag>
        {group.hint && <Typography.Text type="secondary">{group.hint}</Typography.Text>}
      </Space>
    ),
    children: (
      <ul className="findings-list" aria-label={group.title}>
        {byGroup.get(group.key)!.map((finding, i) => {
          const dismissal = finding.dismissalId !== null ? dismissalById.get(finding.dismissalId) : undefined;
          return (
            <li key={`${finding.rule}-${i}`} className={`finding finding-${group.key}`}>
              <button type="button" className="finding-jump" onClick={() => onJump(finding)} title="转到相关单元格">
                <span className="finding-rule">{finding.rule}</span>
                <span className="finding-message">{finding.message}</span>
                <span className="finding-target">{targetLabels(finding)}</span>
              </button>
              {group.key === 'warning' && !readOnly && (
                <Button size="small" onClick={() => onDismiss(finding)}>
                  说明理由…
                </Button>
              )}
              {dismissal && (
                <div className="finding-reason">
                  <Typography.Text type="secondary">
                    理由：{dismissal.reason}（{dismissal.dismissedBy}）
                  </Typography.Text>
                  {!readOnly && (
                    <Button size="small" type="link" onClick={() => onRestore(dismissal)}>
                      恢复为警告
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    ),
  }));
  return <Collapse size="small" defaultActiveKey={['error', 'warning', 'dismissed', 'info']} items={items} bordered={false} />;
});
