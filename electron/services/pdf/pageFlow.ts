/**
 * The running page: a cursor that moves down the type area, starts a new A4 page (with its "— n —" number
 * below the type area) when the next piece does not fit, and draws styled lines of text. Nothing is ever
 * drawn below the type area except the page number.
 */
import { CONTENT, PAGE, TYPE, baselineIn } from './geometry.js';
import { breakLines, type Line, type Run } from './lineBreak.js';
import type { TextStyle } from './prose.js';
import { NOTO, Typefaces } from './typefaces.js';

const MARK_COLOUR = '#c00000';

/** The bundled faces' registered names (a PageFlow without office fonts draws everything with these). */
export const FONT_NAMES = NOTO;

export class PageFlow {
  /** Top of the free space on the current page. */
  y: number = CONTENT.top;
  pageCount = 0;
  private numbered = false;
  private readonly widths = new Map<string, number>();

  /**
   * @param mark printed at the top right of every page above the type area (草稿（未签发） on an unsigned
   * report), so no page of a draft can be taken for the signed report.
   */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly mark?: string,
    readonly typefaces: Typefaces = new Typefaces(),
  ) {}

  newPage(): void {
    this.finishPage();
    this.doc.addPage({ size: [PAGE.width, PAGE.height], margins: PAGE.margins });
    this.pageCount += 1;
    this.numbered = false;
    this.y = CONTENT.top;
  }

  /** Puts the number at the foot of the current page (last, so text extraction reads it after the page). */
  finishPage(): void {
    if (this.pageCount > 0 && !this.numbered) {
      if (this.mark) this.drawMark(this.mark);
      this.drawPageNumber();
    }
    this.numbered = true;
  }

  /** Room left on this page. */
  get remaining(): number {
    return CONTENT.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.pageCount === 0 || height > this.remaining + 0.01) this.newPage();
  }

  measure(text: string, style: TextStyle, size: number): number {
    const key = `${style}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const piece of this.typefaces.segments(text, style)) width += this.doc.font(piece.font).fontSize(size).widthOfString(piece.text);
      this.widths.set(key, width);
    }
    return width;
  }

  lines(runs: readonly Run<TextStyle>[], size: number, widthOfLine: (index: number) => number): Line<TextStyle>[] {
    return breakLines(runs, widthOfLine, (text, style) => this.measure(text, style, size));
  }

  /** Draws one line with its left edge at `x` and its alphabetic baseline at `baseline`. */
  drawLine(line: Line<TextStyle>, x: number, baseline: number, size: number): void {
    let cursor = x;
    for (const run of line.runs) {
      for (const piece of this.typefaces.segments(run.text, run.style)) {
        if (piece.font === NOTO.regular || piece.font === NOTO.bold) for (const char of piece.text) this.typefaces.noteFallback(run.style, char);
        this.doc.font(piece.font).fontSize(size).text(piece.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
        cursor += this.measure(piece.text, run.style, size);
      }
    }
  }

  /**
   * A paragraph of body text (16 pt on the 22-line grid), first line indented by `indentEm` characters. Across
   * a page break neither its first line stays alone at the foot nor its last line goes alone to the next page.
   */
  paragraph(runs: readonly Run<TextStyle>[], options: { indentEm?: number; size?: number; pitch?: number } = {}): void {
    const size = options.size ?? TYPE.bodySize;
    const pitch = options.pitch ?? TYPE.bodyLinePitch;
    const indent = (options.indentEm ?? 2) * size;
    const lines = this.lines(runs, size, (i) => CONTENT.width - (i === 0 ? indent : 0));
    let i = 0;
    while (i < lines.length) {
      if (this.pageCount === 0) this.newPage();
      const left = lines.length - i;
      let fit = Math.floor((this.remaining + 0.01) / pitch);
      if (fit < left) {
        if (left - fit === 1) fit -= 1; // no last line alone at the top of the next page
        if (i === 0 && fit === 1) fit = 0; // no first line alone at the foot of this one
      }
      for (const end = Math.min(lines.length, i + fit); i < end; i++) {
        this.drawLine(lines[i]!, CONTENT.left + (i === 0 ? indent : 0), baselineIn(this.y, pitch, size), size);
        this.y += pitch;
      }
      if (i < lines.length) this.newPage();
    }
  }

  /** The mark in bold red at the top right, half-way between the paper's edge and the type area. */
  private drawMark(text: string): void {
    const size = TYPE.markSize;
    const width = this.doc.font(NOTO.bold).fontSize(size).widthOfString(text);
    const baseline = CONTENT.top / 2 + size * 0.38;
    this.doc.save();
    this.doc.fillColor(MARK_COLOUR).font(NOTO.bold).fontSize(size).text(text, CONTENT.right - width, baseline, { lineBreak: false, baseline: 'alphabetic' });
    this.doc.restore();
  }

  private drawPageNumber(): void {
    const text = `— ${this.pageCount} —`;
    const size = TYPE.pageNumberSize;
    const width = this.doc.font(NOTO.regular).fontSize(size).widthOfString(text);
    const baseline = CONTENT.bottom + TYPE.pageNumberGap + size * 0.88;
    this.doc.font(NOTO.regular).fontSize(size).text(text, (PAGE.width - width) / 2, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
}
