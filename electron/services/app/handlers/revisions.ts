/**
 * Channels reports.revisions, reports.openRevision and reports.exportRevisionPdf: every signed revision of a
 * report with its names (the sign-off dialog offers the last ones), an earlier revision opened read-only as it
 * was signed, and its PDF printed again — the same bytes as the PDF printed when it was signed.
 */
import { suggestedFileName } from '../../../../shared/export/fileNames.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { writeFileAtomic } from '../../files/reportFile.js';
import { PdfRefusal } from '../../pdf/renderReport.js';
import { getReportRow } from '../../records/reports.js';
import { listRevisions, loadSignedRevision } from '../../records/signedRevisions.js';
import type { FontSearch } from '../../pdf/officeFonts.js';
import type { RenderPdf } from '../printing.js';
import type { Workspace } from '../workspace.js';

export function revisionHandlers(
  ws: Workspace,
  render: RenderPdf,
  fontDir: string | undefined,
  officeFonts?: () => FontSearch,
): Pick<Handlers, 'reports.revisions' | 'reports.openRevision' | 'reports.exportRevisionPdf'> {
  const signedRevision = (reportId: number, revision: number) => {
    getReportRow(ws.db, reportId);
    const kept = loadSignedRevision(ws.db, reportId, revision);
    if (!kept) {
      const known = listRevisions(ws.db, reportId).some((r) => r.revision === revision);
      refuse('NOT_FOUND', known ? `第${revision}版签发于本软件保存签发版本之前，记录中没有它签发时的内容。` : `这份报告没有签发过第${revision}版。`);
    }
    return kept!;
  };
  return {
    'reports.revisions': ({ reportId }) => {
      getReportRow(ws.db, reportId);
      return listRevisions(ws.db, reportId).map((r) => ({ ...r }));
    },
    'reports.openRevision': ({ reportId, revision }) => ({ revision, report: signedRevision(reportId, revision).report }),
    'reports.exportRevisionPdf': async ({ reportId, revision, signoffSheet }) => {
      const { report, dismissals } = signedRevision(reportId, revision);
      let pdf: Buffer;
      try {
        // The same fonts as the export of the signed report: on the same machine, the same bytes.
        pdf = await render(report, {
          ...(fontDir ? { fontDir } : {}),
          ...(officeFonts ? { officeFonts: officeFonts().faces } : {}),
          ...(signoffSheet ? { signoffSheet: { dismissals } } : {}),
        });
      } catch (error) {
        if (error instanceof PdfRefusal) refuse('REFUSED', `没有生成 PDF：${error.message}`);
        throw error;
      }
      const defaultName = suggestedFileName(report, { kind: 'signed', revision }, 'pdf');
      const path = await ws.dialogs.chooseSavePath({ title: `导出第${revision}版签发的 PDF`, defaultName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] });
      if (path === null) return { cancelled: true as const };
      const written = await writeFileAtomic(path, pdf);
      if (!written.ok) refuse('IO', `没有导出：${written.message}`);
      return { path };
    },
  };
}
