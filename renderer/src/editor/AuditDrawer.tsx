/**
 * 修改记录: who changed what in this report, when, from what to what (the append-only audit log). Filtered to
 * one cell when a cell is selected, so "who changed this figure" is one click.
 */
import { App, Drawer, Empty, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/api.js';
import { CELL_BY_ID } from '../../../shared/catalogue/cells.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { formatTimestamp } from '../app/format.js';

const shorten = (text: string | null): string => (text === null ? '（空）' : text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function AuditDrawer({ reportId, cellId, onClose }: { reportId: number; cellId: string | null; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [scope, setScope] = useState<'cell' | 'report'>(cellId ? 'cell' : 'report');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);

  useEffect(() => {
    setEntries(null);
    const input = scope === 'cell' && cellId ? { reportId, target: cellId, limit: 500 } : { reportId, limit: 500 };
    api.call('audit.history', input).then(setEntries, (error: unknown) => {
      setEntries([]);
      message.error(failureMessage(error));
    });
  }, [api, message, reportId, cellId, scope]);

  const cellLabel = cellId ? (CELL_BY_ID.get(cellId)?.reference ?? cellId) : '';
  return (
    <Drawer title="修改记录" open onClose={onClose} size={720}>
      {cellId && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={scope}
          onChange={(value) => setScope(value as 'cell' | 'report')}
          options={[
            { value: 'cell', label: `选中的单元格：${cellLabel}` },
            { value: 'report', label: '整份报告' },
          ]}
        />
      )}
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={entries === null}
        dataSource={entries ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="没有修改记录" /> }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 140, render: formatTimestamp },
          { title: '使用人', dataIndex: 'actor', width: 80 },
          { title: '操作', dataIndex: 'actionLabel', width: 100 },
          {
            title: '内容',
            key: 'what',
            render: (_: unknown, e: AuditEntry) => (
              <div>
                {e.targetLabel && <Typography.Text strong>{e.targetLabel} </Typography.Text>}
                {(e.oldValue !== null || e.newValue !== null) && (
                  <Typography.Text>
                    {shorten(e.oldValue)} → {shorten(e.newValue)}
                  </Typography.Text>
                )}
                {e.detail && <div><Typography.Text type="secondary">{e.detail}</Typography.Text></div>}
              </div>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
