/**
 * Glyph runs of a PDF's text layer (pdfjs-dist) grouped into lines and cells by position: runs whose baselines
 * are within 0.4 em form a line; runs closer than 0.35 em along a line form one cell. Page numbers in the
 * top and bottom margins ("-3-", "— 3 —", "第3页") are dropped. Lines of all pages follow one another.
 */

export interface GlyphRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfChunk {
  text: string;
  x: number;
  right: number;
}

export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  readonly chunks: PdfChunk[];
}

const PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(共\s*\d+\s*页)?$|^\d+\s*\/\s*\d+$/;

/** Lines of one page, top to bottom; `height` is the page height (for the margins). */
export function pageLines(runs: readonly GlyphRun[], page: number, height: number): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: GlyphRun[] }[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) <= 0.4 * Math.max(line.size, run.size)) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  const result: PdfLine[] = [];
  for (const line of lines) {
    const runsByX = line.runs.sort((a, b) => a.x - b.x);
    const chunks: PdfChunk[] = [];
    for (const run of runsByX) {
      const last = chunks[chunks.length - 1];
      if (last && run.x - last.right < 0.35 * run.size) {
        last.text += run.x - last.right > 0.15 * run.size && /[\dA-Za-z]$/.test(last.text) && /^[\dA-Za-z]/.test(run.text) ? ` ${run.text}` : run.text;
        last.right = Math.max(last.right, run.x + run.width);
      } else chunks.push({ text: run.text, x: run.x, right: run.x + run.width });
    }
    for (const chunk of chunks) {
      // Leading spaces are indentation: move the chunk's start to where its first character stands.
      const lead = /^[\s\u3000]*/.exec(chunk.text)![0];
      chunk.x += [...lead].reduce((width, ch) => width + (ch === '\u3000' ? line.size : line.size * 0.25), 0);
      chunk.text = chunk.text.trim();
    }
    const text = chunks.map((c) => c.text).join('');
    const inMargin = line.y < height * 0.09 || line.y > height * 0.93;
    if (inMargin && PAGE_NUMBER.test(text)) continue;
    result.push({ page, y: line.y, size: Math.max(...line.runs.map((r) => r.size)), chunks });
  }
  return result;
}
