/**
 * The start screen: every report in the records by agency and year, with its status, its open errors and
 * warnings, and the days left to its legal deadline; new reports start here.
 */
import { SignatureTag } from '../signatures/SignatureTag.js';
import { App, Badge, Button, Empty, Layout, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, ReportSummary } from '../../../shared/api.js';
import { REPORT_STATUS_LABELS } from '../../../shared/api.js';
import { AGENCY_LEVEL_SHORT_LABELS } from '../../../shared/catalogue/sections.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { AppHeader } from '../app/AppHeader.js';
import { formatTimestamp } from '../app/format.js';
import type { Route } from '../app/route.js';
import { deadlineState, todayOf } from './deadline.js';
import { NewReportDialog } from './NewReportDialog.js';

const TONE_COLOURS = { normal: undefined, soon: '#d46b08', overdue: '#cf1322' } as const;
/** 年度, the deadline and the time each stay on one line (a year broken as 「2026 年」「度」 reads badly). */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function StartScreen({ status, onStatus, go }: { status: AppStatus; onStatus: (s: AppStatus) => void; go: (route: Route) => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    api.call('reports.list', {}).then(setReports, (error: unknown) => {
      setReports([]);
      message.error(failureMessage(error));
    });
  }, [api, message]);
  useEffect(load, [load]);
  // The window comes back into focus after 文件 → 导入报告… (a native dialog of the main process) or another
  // program: the list is read again, so a report imported from the menu shows at once.
  useEffect(() => {
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [load]);

  const remove = async (report: ReportSummary): Promise<void> => {
    try {
      await api.call('reports.delete', { reportId: report.id, confirm: true });
      message.success(`已删除 ${report.agency} ${report.year} 年度的草稿`);
      load();
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const today = todayOf(new Date());
  const columns = [
      {
        title: '机关',
        key: 'agency',
        render: (_: unknown, r: ReportSummary) => (
          <Space size={6}>
            <Typography.Text strong>{r.agency}</Typography.Text>
            <Tag variant="filled">{AGENCY_LEVEL_SHORT_LABELS[r.level]}</Tag>
          </Space>
        ),
      },
      { title: '年度', dataIndex: 'year', key: 'year', width: 100, render: (year: number) => <span style={NO_WRAP}>{year} 年度</span> },
      {
        title: '状态',
        key: 'status',
        width: 90,
        render: (_: unknown, r: ReportSummary) =>
          r.status === 'signed' ? (
            <Space size={2} wrap>
              <Tag color="green">{REPORT_STATUS_LABELS.signed}</Tag>
              {r.signature && r.signature !== 'verified' && r.origin !== 'published-import' && <SignatureTag status={r.signature} />}
            </Space>
          ) : (
            <Tag color="blue">{REPORT_STATUS_LABELS.draft}</Tag>
          ),
      },
      {
        title: '检查',
        key: 'counts',
        width: 170,
        render: (_: unknown, r: ReportSummary) => (
          <Space size={12}>
            <Badge color={r.counts.errors ? '#cf1322' : '#d9d9d9'} text={`错误 ${r.counts.errors}`} />
            <Badge color={r.counts.warnings ? '#d48806' : '#d9d9d9'} text={`警告 ${r.counts.warnings}`} />
          </Space>
        ),
      },
      {
        title: '法定期限',
        key: 'deadline',
        width: 310,
        render: (_: unknown, r: ReportSummary) => {
          if (r.status === 'signed') return <Typography.Text type="secondary">已签发</Typography.Text>;
          const state = deadlineState(r.year, r.level, today);
          return <span style={{ ...NO_WRAP, color: TONE_COLOURS[state.tone] }}>{state.text}</span>;
        },
      },
      { title: '最近修改', dataIndex: 'updatedAt', key: 'updatedAt', width: 150, render: (at: string) => <span style={NO_WRAP}>{formatTimestamp(at)}</span> },
      {
        title: '',
        key: 'actions',
        width: 120,
        render: (_: unknown, r: ReportSummary) => (
          <Space onClick={(event) => event.stopPropagation()}>
            <Button type="link" size="small" onClick={() => go({ screen: 'editor', reportId: r.id })}>
              打开
            </Button>
            {r.status === 'draft' && r.revision === 1 && (
              <Popconfirm
                title="删除这份草稿？"
                description="删除后内容仍留在操作记录里，但报告不再出现在列表中。"
                okText="删除"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={() => remove(r)}
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
      },
  ];

  return (
    <Layout style={{ minHeight: '100%' }}>
      <AppHeader status={status} onStatus={onStatus} />
      <Layout.Content style={{ padding: '20px 32px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            年度报告
          </Typography.Title>
          <Space>
            <Button onClick={() => go({ screen: 'ledger' })}>依申请公开台账</Button>
            <Button onClick={() => go({ screen: 'rollup' })}>汇总各单位报告…</Button>
            <Button onClick={() => go({ screen: 'import' })}>导入已发布的报告…</Button>
            <Button type="primary" onClick={() => setCreating(true)}>
              新建报告
            </Button>
          </Space>
        </Space>
        <Table<ReportSummary>
          rowKey="id"
          loading={reports === null}
          dataSource={reports ?? []}
          columns={columns}
          pagination={false}
          onRow={(r) => ({ onClick: () => go({ screen: 'editor', reportId: r.id }), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description="还没有报告。点「新建报告」开始，或导入上年已发布的报告。" /> }}
        />
        {creating && (
          <NewReportDialog
            reports={reports ?? []}
            onCancel={() => setCreating(false)}
            onCreated={(reportId) => {
              setCreating(false);
              go({ screen: 'editor', reportId });
            }}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}
