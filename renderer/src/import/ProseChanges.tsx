/**
 * When the file read back is a report the records already hold (a leader's Word edit coming home), which
 * paragraphs of the prose differ from the records: per section, each paragraph changed, added or removed,
 * the records' wording beside the file's.
 */
import { Card, Typography } from 'antd';
import type { FieldChanges, ParagraphChange } from '../../../shared/report/proseChanges.js';

const KIND_LABELS: Record<ParagraphChange['kind'], string> = { changed: '修改', added: '新增', removed: '删除' };

function Change({ change }: { change: ParagraphChange }) {
  return (
    <li className={`prose-change prose-change-${change.kind}`}>
      <Typography.Text strong>
        第{change.index}段 · {KIND_LABELS[change.kind]}
      </Typography.Text>
      {change.kind !== 'added' && (
        <div className="prose-change-before">
          <span className="prose-change-tag">记录中：</span>
          {change.before}
        </div>
      )}
      {change.kind !== 'removed' && (
        <div className="prose-change-after">
          <span className="prose-change-tag">文件中：</span>
          {change.after}
        </div>
      )}
    </li>
  );
}

export function ProseChanges({ changes, recordLabel }: { changes: readonly FieldChanges[] | null; recordLabel: string }) {
  if (changes === null) return null;
  return (
    <Card size="small" className="section-card" aria-label="与记录中的报告相比" title={<span className="section-heading">与记录中的报告相比：文字部分的改动</span>}>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">文字部分与{recordLabel}完全相同。</Typography.Text>
      ) : (
        changes.map((field) => (
          <section key={field.field} className="prose-change-field">
            <Typography.Text strong>
              {field.label}（{field.changes.length} 处）
            </Typography.Text>
            <ul>
              {field.changes.map((change, i) => (
                <Change key={i} change={change} />
              ))}
            </ul>
          </section>
        ))
      )}
    </Card>
  );
}
