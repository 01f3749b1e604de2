/**
 * The text layer of a published PDF as glyph runs per page (pdfjs-dist 5, legacy build for Node 20), then
 * lines and rows. A PDF that carries our attached exchange file is only reported as such (its attachment is read
 * by ../pdf/readAttachment.ts). The loading task is always destroyed, also when the file is damaged; pdfjs runs
 * with stopAtErrors off (../pdf/pdfjs.ts says why). Limits keep a hostile file short: MAX_PAGES pages,
 * MAX_RUNS glyph runs.
 */
import { openPdf, type PdfLoadingTask } from '../pdf/pdfjs.js';
import { ATTACHMENT_NAME } from '../pdf/attachmentName.js';
import type { SourceRow } from '../../../shared/import/types.js';
import { pageLines, type GlyphRun, type PdfLine } from './pdfLines.js';
import { pdfRows } from './pdfRows.js';

export const MAX_PAGES = 80;
export const MAX_RUNS = 200_000;

export type PdfTextResult =
  | { readonly kind: 'rows'; readonly rows: SourceRow[] }
  | { readonly kind: 'attached' }
  | { readonly kind: 'noText' }
  | { readonly kind: 'damaged' }
  | { readonly kind: 'tooLarge' };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  let task: PdfLoadingTask | undefined;
  try {
    task = await openPdf(bytes);
    const pdf = await task.promise;
    const attachments = (await pdf.getAttachments()) as Record<string, { filename?: string }> | null;
    if (attachments && Object.values(attachments).some((a) => a.filename === ATTACHMENT_NAME)) return { kind: 'attached' };
    if (pdf.numPages > MAX_PAGES) return { kind: 'tooLarge' };
    const lines: PdfLine[] = [];
    let runsSeen = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , , height = 842] = page.view;
      const content = await page.getTextContent();
      const runs: GlyphRun[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string' || !item.transform) continue;
        if (++runsSeen > MAX_RUNS) return { kind: 'tooLarge' };
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
        // Text drawn rotated (a vertical header set as rotated text) is no row label.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
        runs.push({ text: item.str, x, y, width: item.width ?? 0, size: Math.max(Math.abs(d), Math.abs(a), 1) });
      }
      lines.push(...pageLines(runs, n, height));
    }
    if (lines.length === 0) return { kind: 'noText' };
    return { kind: 'rows', rows: pdfRows(lines) };
  } catch {
    return { kind: 'damaged' };
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
