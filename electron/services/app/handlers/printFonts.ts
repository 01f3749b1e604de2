/**
 * The office typefaces of this machine, searched once (the first print), and channel reports.printFonts: which
 * font will set each part of this report and which characters fall back to Noto Serif SC — shown on the
 * sign-off screen before the report is signed.
 */
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { findOfficeFonts, systemFontDirs, type FontSearch } from '../../pdf/officeFonts.js';
import { PdfRefusal, renderReportPdfWithFonts } from '../../pdf/renderReport.js';
import { describeFontUse } from '../../pdf/typefaces.js';
import { getReportRow, loadReport } from '../../records/reports.js';
import type { Workspace } from '../workspace.js';

/** A lazy, once-only search of the font folders. */
export function officeFontsOnce(dirs?: readonly string[]): () => FontSearch {
  let found: FontSearch | undefined;
  return () => (found ??= findOfficeFonts(dirs ?? systemFontDirs()));
}

export function printFontHandlers(ws: Workspace, fontDir: string | undefined, officeFonts: () => FontSearch): Pick<Handlers, 'reports.printFonts'> {
  return {
    'reports.printFonts': async ({ reportId }) => {
      const report = loadReport(ws.db, getReportRow(ws.db, reportId));
      const search = officeFonts();
      try {
        const { fonts } = await renderReportPdfWithFonts(report, { ...(fontDir ? { fontDir } : {}), officeFonts: search.faces });
        return {
          roles: fonts.roles.map((r) => ({ role: r.role, label: r.label, family: r.family, file: r.file, fallbackChars: r.fallbackChars })),
          lines: describeFontUse(fonts.roles),
          problems: [...fonts.problems, ...search.unreadable.map((u) => `字体文件“${u.path}”无法使用（${u.reason}），已跳过`)].slice(0, 20),
        };
      } catch (error) {
        if (error instanceof PdfRefusal) refuse('REFUSED', error.message);
        throw error;
      }
    },
  };
}
