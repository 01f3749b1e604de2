/**
 * The bar above the report: back to the list, which report, its status, 已保存 (or what is being saved, or what
 * failed), undo/redo, preview, PDF, exchange file, and sign-off or unlock.
 */
import { App, Button, Dropdown, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { AppStatus } from '../../../shared/api.js';
import { REPORT_STATUS_LABELS } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { formatClock } from '../app/format.js';
import { useStableCallback } from '../app/useStableCallback.js';
import type { Route } from '../app/route.js';
import type { DocumentSnapshot, ReportDocument } from './reportDocument.js';
import { AuditDrawer } from './AuditDrawer.js';
import { FillFromLedger } from './FillFromLedger.js';
import { copyWebPage } from './copyWebPage.js';
import { RevisionsDrawer } from './signoff/RevisionsDrawer.js';
import { SignoffDialog } from './signoff/SignoffDialog.js';
import { UnlockDialog } from './signoff/UnlockDialog.js';

interface ToolbarProps {
  readonly doc: ReportDocument;
  readonly snapshot: DocumentSnapshot;
  readonly view: 'edit' | 'preview';
  readonly status: AppStatus;
  readonly go: (route: Route) => void;
  /** The selected cell, for 修改记录 of that cell. */
  readonly selectedCell: string | null;
}

export function SaveIndicator({ snapshot }: { snapshot: DocumentSnapshot }) {
  const save = snapshot.save;
  if (save.kind === 'saving') return <span className="save-state save-saving" role="status">正在保存…</span>;
  if (save.kind === 'failed') return <span className="save-state save-failed" role="status">未保存</span>;
  return (
    <span className="save-state save-saved" role="status">
      已保存{save.at ? ` ${formatClock(save.at)}` : ''}
    </span>
  );
}

export function EditorToolbar({ doc, snapshot, view, status, go, selectedCell }: ToolbarProps) {
  const api = useApi();
  const { message } = App.useApp();
  const { summary, readOnly, report } = snapshot;
  const [signing, setSigning] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [history, setHistory] = useState(false);
  const [revisions, setRevisions] = useState(false);

  // 打印 prints the preview (print style sheet: A4, GB/T 9704 margins, page numbers, 草稿 on a draft); from the
  // editing view it opens the preview first and prints once it is drawn.
  const printPending = useRef(false);
  const print = useStableCallback(async (): Promise<void> => {
    await doc.settled();
    if (view === 'preview') window.print();
    else {
      printPending.current = true;
      go({ screen: 'editor', reportId: summary.id, view: 'preview' });
    }
  });
  useEffect(() => {
    if (!printPending.current || view !== 'preview') return;
    printPending.current = false;
    requestAnimationFrame(() => window.print());
  }, [view]);

  // Ctrl+P prints, as in every office program; Ctrl+Shift+P switches between editing and the preview. Ctrl+S,
  // the habit of every Word user: everything is saved as it is typed, so it sends what is waiting and says so.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'p' && event.shiftKey) {
        event.preventDefault();
        go({ screen: 'editor', reportId: summary.id, view: view === 'preview' ? 'edit' : 'preview' });
      } else if (key === 'p') {
        event.preventDefault();
        void print();
      } else if (key === 's') {
        event.preventDefault();
        void doc.settled().then(() => {
          const save = doc.getSnapshot().save;
          if (save.kind === 'failed') message.error(`有修改没能保存：${save.message}`);
          else message.success('已保存。每次修改都会自动保存，不必按 Ctrl+S。');
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, go, message, print, summary.id, view]);

  const exportPdf = async (signoffSheet: boolean): Promise<void> => {
    await doc.settled();
    try {
      const result = await api.call('reports.exportPdf', { reportId: summary.id, signoffSheet });
      if ('path' in result) message.success(`已导出 PDF：${result.path}`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const exportExchange = async (): Promise<void> => {
    await doc.settled();
    try {
      const result = await api.call('exchange.exportFile', { reportId: summary.id });
      if ('path' in result) message.success(`已导出交换文件：${result.path}`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  /** Word or the web page, saved where the person chooses (the name offered says 草稿 or 第N版签发). */
  const exportFormat = async (channel: 'reports.exportDocx' | 'reports.exportHtml', what: string): Promise<void> => {
    await doc.settled();
    try {
      const result = await api.call(channel, { reportId: summary.id });
      if ('path' in result) message.success(`已导出${what}：${result.path}`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const copyAsWebPage = async (): Promise<void> => {
    await doc.settled();
    let page;
    try {
      page = await api.call('reports.webPage', { reportId: summary.id });
    } catch (error) {
      message.error(failureMessage(error));
      return;
    }
    try {
      await copyWebPage(page);
      message.success('已复制为网页：可直接粘贴到政府信息公开专栏的编辑器中');
    } catch (error) {
      message.error(`没有复制：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const back = async (): Promise<void> => {
    await doc.settled();
    go({ screen: 'start' });
  };

  const blocked = summary.counts.errors + summary.counts.warnings;
  return (
    <div className="editor-toolbar">
      <Button onClick={back}>← 全部报告</Button>
      <Typography.Text strong className="editor-title" title={report.title}>
        {report.agency} {report.year} 年度
      </Typography.Text>
      <Tag color={readOnly ? 'green' : 'blue'}>
        {REPORT_STATUS_LABELS[summary.status]}
        {summary.revision > 1 ? ` · 第 ${summary.revision} 版` : ''}
      </Tag>
      <SaveIndicator snapshot={snapshot} />
      <div style={{ flex: 1 }} />
      <Space wrap>
        {view === 'edit' && !readOnly && (
          <>
            <Tooltip title="撤销（Ctrl+Z）">
              <Button aria-label="撤销" disabled={!snapshot.canUndo} onClick={() => doc.undo()}>
                撤销
              </Button>
            </Tooltip>
            <Tooltip title="重做（Ctrl+Y）">
              <Button aria-label="重做" disabled={!snapshot.canRedo} onClick={() => doc.redo()}>
                重做
              </Button>
            </Tooltip>
          </>
        )}
        {view === 'edit' && <FillFromLedger doc={doc} reportId={summary.id} agencyId={summary.agencyId} readOnly={readOnly} go={go} />}
        <Button
          onClick={async () => {
            await doc.settled();
            setHistory(true);
          }}
        >
          修改记录
        </Button>
        {(summary.revision > 1 || summary.status === 'signed') && <Button onClick={() => setRevisions(true)}>历次签发</Button>}
        <Tooltip title="Ctrl+Shift+P">
          <Button onClick={() => go({ screen: 'editor', reportId: summary.id, view: view === 'preview' ? 'edit' : 'preview' })}>{view === 'preview' ? '返回编辑' : '预览'}</Button>
        </Tooltip>
        <Tooltip title="Ctrl+P">
          <Button onClick={() => void print()}>打印</Button>
        </Tooltip>
        <Space.Compact>
          <Button onClick={() => exportPdf(false)}>导出 PDF</Button>
          <Button onClick={() => exportFormat('reports.exportDocx', ' Word 文档')}>导出 Word</Button>
          <Dropdown
            menu={{
              items: [
                { key: 'sheet', label: '导出 PDF（附审签单）' },
                { key: 'html', label: '导出网页（.html，供公开专栏发布）' },
                { key: 'copyHtml', label: '复制为网页' },
                { key: 'exchange', label: '导出交换文件（.nianbao.json）' },
              ],
              onClick: ({ key }) => {
                if (key === 'sheet') void exportPdf(true);
                else if (key === 'html') void exportFormat('reports.exportHtml', '网页');
                else if (key === 'copyHtml') void copyAsWebPage();
                else void exportExchange();
              },
            }}
          >
            <Button aria-label="更多导出方式">▾</Button>
          </Dropdown>
        </Space.Compact>
        {readOnly ? (
          <Button onClick={() => setUnlocking(true)}>解锁修改…</Button>
        ) : (
          <Tooltip title={blocked > 0 ? `还有 ${summary.counts.errors} 个错误、${summary.counts.warnings} 个未说明的警告` : '检查已通过，可以签发'}>
            <Button type="primary" onClick={() => setSigning(true)}>
              签发…
            </Button>
          </Tooltip>
        )}
      </Space>
      {signing && <SignoffDialog doc={doc} snapshot={snapshot} userName={status.userName} onClose={() => setSigning(false)} />}
      {history && <AuditDrawer reportId={summary.id} cellId={view === 'edit' ? selectedCell : null} onClose={() => setHistory(false)} />}
      {revisions && <RevisionsDrawer reportId={summary.id} current={summary.revision} onClose={() => setRevisions(false)} />}
      {unlocking && <UnlockDialog doc={doc} snapshot={snapshot} onClose={() => setUnlocking(false)} />}
    </div>
  );
}
