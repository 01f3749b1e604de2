/**
 * The text layer of a published PDF as glyph runs per page (pdfjs-dist 5, legacy build for Node 20), then
 * lines and rows. Limits keep a hostile file short: at most MAX_PAGES pages and MAX_RUNS glyph runs.
 */
import type { SourceRow } from '../../../shared/import/types.js';
import { pageLines, type GlyphRun, type PdfLine } from './pdfLines.js';
import { pdfRows } from './pdfRows.js';

export const MAX_PAGES = 80;
export const MAX_RUNS = 200_000;

export type PdfTextResult = { readonly kind: 'rows'; readonly rows: SourceRow[] } | { readonly kind: 'noText' } | { readonly kind: 'damaged' } | { readonly kind: 'tooLarge' };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  let pdf: Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs')['getDocument']>['promise']> | undefined;
  try {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
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
        const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), 1);
        // Text drawn rotated (a vertical header set as rotated text) has no use as a row label.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
        runs.push({ text: item.str, x, y, width: item.width ?? 0, size });
      }
      lines.push(...pageLines(runs, n, height));
      page.cleanup();
    }
    if (lines.length === 0) return { kind: 'noText' };
    return { kind: 'rows', rows: pdfRows(lines) };
  } catch {
    return { kind: 'damaged' };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
