/**
 * 历次签发: every signed revision of the report with who signed it and when; an earlier revision opens
 * read-only as it was signed (the preview of that version), and its PDF is printed again exactly as signed.
 */
import { Alert, App, Button, Drawer, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/api.js';
import type { Report } from '../../../../shared/report/schema.js';
import { failureMessage, useApi } from '../../api/ApiContext.js';
import { ReportPreview } from '../../preview/ReportPreview.js';

type Revision = ChannelOutput<'reports.revisions'>[number];

export function RevisionsDrawer({ reportId, current, onClose }: { reportId: number; current: number; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ revision: number; report: Report } | null>(null);

  useEffect(() => {
    api.call('reports.revisions', { reportId }).then(setRevisions, (error: unknown) => setProblem(failureMessage(error)));
  }, [api, reportId]);

  const open = async (revision: number): Promise<void> => {
    try {
      setOpened(await api.call('reports.openRevision', { reportId, revision }));
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  const exportPdf = async (revision: number, signoffSheet: boolean): Promise<void> => {
    try {
      const result = await api.call('reports.exportRevisionPdf', { reportId, revision, signoffSheet });
      if ('path' in result) message.success(`已导出第${revision}版签发的 PDF：${result.path}`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  return (
    <Drawer title={opened ? `第${opened.revision}版（签发时的内容，只读）` : '历次签发'} open onClose={onClose} size={opened ? 980 : 560} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} />}
      {opened ? (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Button onClick={() => setOpened(null)}>← 历次签发</Button>
            <Button onClick={() => exportPdf(opened.revision, false)}>导出这一版的 PDF</Button>
            <Button onClick={() => exportPdf(opened.revision, true)}>导出这一版的 PDF（附审签单）</Button>
          </Space>
          <div aria-label={`第${opened.revision}版签发时的报告`} className="revision-preview">
            <ReportPreview report={opened.report} />
          </div>
        </>
      ) : (
        <List
          loading={revisions === null && !problem}
          dataSource={revisions ?? []}
          locale={{ emptyText: '这份报告还没有签发过。' }}
          renderItem={(r) => (
            <List.Item
              actions={
                r.kept
                  ? [
                      <Button key="open" size="small" onClick={() => open(r.revision)}>
                        查看
                      </Button>,
                      <Button key="pdf" size="small" onClick={() => exportPdf(r.revision, false)}>
                        导出 PDF
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space>
                    <span>第{r.revision}版</span>
                    {r.revision === current && <Tag color="green">当前</Tag>}
                    {r.kind === 'published' && <Tag>已发布的报告导入</Tag>}
                  </Space>
                }
                description={
                  <>
                    {r.kind === 'signed' ? `拟稿 ${r.drafter} · 审核 ${r.reviewer} · 签发 ${r.approver} · ${r.signedAt}` : `成文日期 ${r.signedAt || '未知'}`}
                    <br />
                    <Typography.Text type="secondary" copyable={{ text: r.fingerprint }}>
                      指纹 {r.fingerprint.slice(0, 16)}…
                    </Typography.Text>
                    {!r.kept && <div>此版签发于本软件保存签发版本之前，没有留存签发时的内容。</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
