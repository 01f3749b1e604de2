/**
 * After saving: the report is in the records as published (read-only). From here, open it, or create this
 * year's draft with last year's balances carried forward (`reports.createNextYear`) and open that.
 */
import { Alert, Button, Result, Space } from 'antd';
import { useState } from 'react';
import type { ReportDetail } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import type { Route } from '../app/route.js';

export function SavedPanel({ saved, go, onAnother }: { saved: ReportDetail; go: (route: Route) => void; onAnother: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { summary } = saved;
  const next = summary.year + 1;

  const createNextYear = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const draft = await api.call('reports.createNextYear', { reportId: summary.id });
      go({ screen: 'editor', reportId: draft.summary.id });
    } catch (error) {
      setProblem(failureMessage(error));
      setBusy(false);
    }
  };

  return (
    <Result
      className="import-saved"
      status="success"
      title={`已保存：${summary.agency} ${summary.year} 年度报告`}
      subTitle={`按已公开的报告保存为只读${summary.importedFrom ? `，来源文件“${summary.importedFrom.fileName}”` : ''}。如需更正，可在报告中解除签发后修改。`}
      extra={
        <Space orientation="vertical" size={16} align="center">
          <Space wrap>
            <Button onClick={() => go({ screen: 'editor', reportId: summary.id })}>打开已保存的报告</Button>
            <Button type="primary" loading={busy} onClick={createNextYear} autoFocus>
              创建 {next} 年度草稿（结转上年数字）
            </Button>
            <Button onClick={onAnother}>再导入一份</Button>
          </Space>
          {problem && <Alert type="error" showIcon role="alert" title={problem} />}
        </Space>
      }
    />
  );
}
