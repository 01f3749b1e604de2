/**
 * Channels reports.exportDocx, reports.exportHtml and reports.webPage: the report in the office's own formats —
 * a Word document in the official template's layout, and one self-contained web page for the 公开专栏 (saved as
 * a file, or handed to the window for 复制为网页). The file names say what the file is (草稿 / 第N版签发).
 */
import { reportArticleHtml, reportHtml } from '../../../../shared/export/reportHtml.js';
import { suggestedFileName, type FileState } from '../../../../shared/export/fileNames.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { renderReportDocx } from '../../export/docxReport.js';
import { writeFileAtomic } from '../../files/reportFile.js';
import { getReportRow, loadReport, type ReportRow } from '../../records/reports.js';
import type { Workspace } from '../workspace.js';

/** What a report of the records is, for its file name. */
export function fileStateOf(row: Pick<ReportRow, 'status' | 'revision' | 'lock_kind'>): FileState {
  if (row.status === 'draft') return { kind: 'draft' };
  return row.lock_kind === 'published' ? { kind: 'published' } : { kind: 'signed', revision: row.revision };
}

export function formatHandlers(ws: Workspace): Pick<Handlers, 'reports.exportDocx' | 'reports.exportHtml' | 'reports.webPage'> {
  const save = async (title: string, defaultName: string, filter: { name: string; extensions: string[] }, data: () => Promise<Uint8Array | string>) => {
    const path = await ws.dialogs.chooseSavePath({ title, defaultName, filters: [filter] });
    if (path === null) return { cancelled: true as const };
    const written = await writeFileAtomic(path, await data());
    if (!written.ok) refuse('IO', `没有导出：${written.message}`);
    return { path };
  };
  return {
    'reports.exportDocx': async ({ reportId }) => {
      const row = getReportRow(ws.db, reportId);
      const report = loadReport(ws.db, row);
      return save('导出 Word 文档', suggestedFileName(report, fileStateOf(row), 'docx'), { name: 'Word 文档', extensions: ['docx'] }, () => renderReportDocx(report));
    },
    'reports.exportHtml': async ({ reportId }) => {
      const row = getReportRow(ws.db, reportId);
      const report = loadReport(ws.db, row);
      return save('导出网页', suggestedFileName(report, fileStateOf(row), 'html'), { name: '网页', extensions: ['html', 'htm'] }, async () => reportHtml(report));
    },
    'reports.webPage': ({ reportId }) => {
      const report = loadReport(ws.db, getReportRow(ws.db, reportId));
      return { html: reportArticleHtml(report), text: reportPlainText(report) };
    },
  };
}

/** The page as plain text for programs that take no HTML from the clipboard: the prose and the headings. */
function reportPlainText(report: ReturnType<typeof loadReport>): string {
  return reportHtml(report)
    .replace(/<(?:head)[\s\S]*?<\/head>/, '')
    .replace(/<\/(?:p|h1|h2|tr)>/g, '\n')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
