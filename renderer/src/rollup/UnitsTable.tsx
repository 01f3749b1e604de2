/**
 * One row per unit of the roster (and per unit that reported without being on it): state 未报送 / 草稿 / 已签发 /
 * 已公开, open errors and warnings, fingerprint, signature (密钥与上次不同 stands out), when received, days to
 * its deadline, and what can be done (trusting the unit's key among it).
 */
import { Button, Dropdown, Table, Tag, Typography } from 'antd';
import { AGENCY_LEVEL_SHORT_LABELS } from '../../../shared/catalogue/sections.js';
import { UNIT_STATE_LABELS, type RollupRow, type UnitState } from '../../../shared/rollup/contract.js';
import { formatTimestamp } from '../app/format.js';
import { SignatureTag } from '../signatures/SignatureTag.js';
import { deadlineState, todayOf } from '../start/deadline.js';

const STATE_COLOURS: Record<UnitState, string> = { missing: 'red', draft: 'gold', signed: 'blue', published: 'green', rollup: 'purple', notRequired: 'default' };

export interface UnitActions {
  open(row: RollupRow): void;
  rename(row: RollupRow): void;
  setExempt(row: RollupRow, exempt: boolean): void;
  setPublished(row: RollupRow, published: boolean): void;
  addToRoster(row: RollupRow): void;
  trustKey(row: RollupRow): void;
}

/** A key not yet trusted here that the clerk may confirm from the row. */
const canTrust = (r: RollupRow): boolean => r.signature?.status === 'unknown-key' && r.signature.publicKey !== null;

export function UnitsTable({ year, rows, actions }: { year: number; rows: readonly RollupRow[]; actions: UnitActions }) {
  const today = todayOf(new Date());
  return (
    <Table<RollupRow>
      className="rollup-units"
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      rowClassName={(r) => `rollup-row-${r.state}`}
      onRow={(r) => ({ 'data-unit': r.name }) as React.HTMLAttributes<HTMLTableRowElement>}
      columns={[
        {
          title: '单位',
          dataIndex: 'name',
          render: (name: string, r) => (
            <span>
              {r.receipt ? (
                <Button type="link" size="small" className="rollup-link" onClick={() => actions.open(r)}>
                  {name}
                </Button>
              ) : (
                name
              )}
              {r.rosterId === null && (
                <Typography.Text type="warning" className="rollup-not-listed">
                  {' '}
                  （不在名单中）
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: '类别', dataIndex: 'level', width: 110, render: (level: RollupRow['level']) => (level ? AGENCY_LEVEL_SHORT_LABELS[level] : '—') },
        {
          title: '状态',
          dataIndex: 'state',
          width: 130,
          render: (state: UnitState, r) => (
            <span>
              <Tag color={STATE_COLOURS[state]}>{UNIT_STATE_LABELS[state]}</Tag>
              {r.receipt && !r.counted && <Tag color="red">未计入</Tag>}
            </span>
          ),
        },
        {
          title: '错误 / 警告',
          width: 100,
          render: (_: unknown, r) => (r.receipt ? <span className={r.errors > 0 ? 'rollup-errors' : undefined}>{`${r.errors} / ${r.warnings}`}</span> : '—'),
        },
        {
          title: '指纹',
          dataIndex: 'fingerprint',
          width: 90,
          render: (f: RollupRow['fingerprint']) => (f === 'mismatch' ? <Tag color="red">不符</Tag> : f === 'ok' ? <Tag color="green">相符</Tag> : f === 'none' ? '未签发' : '—'),
        },
        {
          title: '签名',
          width: 130,
          render: (_: unknown, r) =>
            r.signature ? (
              <span className="rollup-signature">
                <SignatureTag status={r.signature.status} />
                {r.signature.keyWarning && (
                  <Tag color="red" className="rollup-key-warning" title={r.signature.keyWarning}>
                    {r.signature.keyWarning.startsWith('密钥与上次不同') ? '密钥与上次不同' : '密钥属于其他单位'}
                  </Tag>
                )}
              </span>
            ) : (
              '—'
            ),
        },
        { title: '收到时间', width: 150, render: (_: unknown, r) => (r.receipt ? `${formatTimestamp(r.receipt.receivedAt)}${r.revisions > 1 ? `（第${r.revisions}份）` : ''}` : '—') },
        {
          title: '距公开期限',
          width: 170,
          render: (_: unknown, r) => {
            if (r.state === 'notRequired' || r.state === 'rollup') return '—';
            // A signed or published report is in; the deadline matters for units still missing or in draft.
            if ((r.state === 'signed' || r.state === 'published') && r.counted) return <span className="rollup-deadline-done">已报送</span>;
            const d = deadlineState(year, r.level ?? 'department', today);
            return <span className={`rollup-deadline-${d.tone}`}>{d.text}</span>;
          },
        },
        {
          title: '',
          width: 90,
          render: (_: unknown, r) => (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  ...(r.receipt ? [{ key: 'open', label: '查看报告' }] : []),
                  ...(canTrust(r) ? [{ key: 'trust', label: '信任此单位的密钥…' }] : []),
                  ...(r.receipt && r.state !== 'rollup' ? [{ key: 'published', label: r.state === 'published' ? '取消“已公开”' : '标为已公开' }] : []),
                  ...(r.rosterId !== null ? [{ key: 'rename', label: '改名…' }, { key: 'exempt', label: r.state === 'notRequired' ? '本年需要报送' : '本年不需报送' }] : [{ key: 'add', label: '加入名单' }]),
                ],
                onClick: ({ key }) => {
                  if (key === 'open') actions.open(r);
                  if (key === 'trust') actions.trustKey(r);
                  if (key === 'published') actions.setPublished(r, r.state !== 'published');
                  if (key === 'rename') actions.rename(r);
                  if (key === 'exempt') actions.setExempt(r, r.state !== 'notRequired');
                  if (key === 'add') actions.addToRoster(r);
                },
              }}
            >
              <Button size="small" aria-label={`${r.name}的操作`}>
                操作
              </Button>
            </Dropdown>
          ),
        },
      ]}
    />
  );
}
