/**
 * Channel reports.exportPdf: the sign-off PDF of a report, saved where the person chooses. With `signoffSheet`
 * the last page is the 审签单 listing every dismissed warning with its finding and reason. A report the fonts
 * cannot print is refused with the sentence naming the character; nothing is written then.
 */
import { RULE_BY_ID } from '../../../../shared/rules/catalogue.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { writeFileAtomic } from '../../files/reportFile.js';
import { PdfRefusal } from '../../pdf/renderReport.js';
import type { DismissedWarning } from '../../pdf/signoffSheet.js';
import { getReportRow } from '../../records/reports.js';
import { checkStored, refuseIfTampered, type CheckedReport } from '../checking.js';
import type { FontSearch } from '../../pdf/officeFonts.js';
import type { RenderPdf } from '../printing.js';
import type { Workspace } from '../workspace.js';
import { suggestedFileName } from '../../../../shared/export/fileNames.js';
import { fileStateOf } from './formats.js';

/** Each dismissal with the sentence of the warning it covers (or the rule's title when that warning is gone). */
export function dismissedWarnings(checked: CheckedReport): DismissedWarning[] {
  return checked.dismissals.map((d) => ({
    rule: d.rule,
    message: checked.findings.find((f) => f.dismissalId === d.id)?.message ?? RULE_BY_ID.get(d.rule)?.title ?? d.rule,
    reason: d.reason,
    dismissedBy: d.dismissedBy,
    dismissedAt: d.dismissedAt,
  }));
}

export function printingHandlers(ws: Workspace, render: RenderPdf, fontDir: string | undefined, officeFonts?: () => FontSearch): Pick<Handlers, 'reports.exportPdf'> {
  return {
    'reports.exportPdf': async ({ reportId, signoffSheet }) => {
      const row = getReportRow(ws.db, reportId);
      const checked = checkStored(ws.db, row);
      refuseIfTampered(checked);
      let pdf: Buffer;
      try {
        pdf = await render(checked.report, {
          ...(fontDir ? { fontDir } : {}),
          ...(row.status === 'draft' ? { draft: true } : {}),
          ...(officeFonts ? { officeFonts: officeFonts().faces } : {}),
          ...(signoffSheet ? { signoffSheet: { dismissals: dismissedWarnings(checked) } } : {}),
        });
      } catch (error) {
        if (error instanceof PdfRefusal) refuse('REFUSED', `没有生成 PDF：${error.message}`);
        throw error;
      }
      const defaultName = suggestedFileName(checked.report, fileStateOf(row), 'pdf');
      const path = await ws.dialogs.chooseSavePath({ title: '导出签发用 PDF', defaultName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] });
      if (path === null) return { cancelled: true as const };
      const written = await writeFileAtomic(path, pdf);
      if (!written.ok) refuse('IO', `没有导出：${written.message}`);
      return { path };
    },
  };
}
