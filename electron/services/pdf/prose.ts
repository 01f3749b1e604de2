/**
 * The prose of a report as printed paragraphs: one paragraph per line of the text, blank lines dropped, the
 * clerk's own leading spaces removed (the PDF indents by two characters itself), and a leading sub-heading
 * such as "（一）主动公开。" or "一、…。" marked so it is printed bold.
 */
import { leadingHeading, paragraphsOf } from '../../../shared/report/printedText.js';
import type { Run } from './lineBreak.js';

/**
 * How a piece of text is set: `regular` body text and tables, `bold` table captions and the 审签单's headings,
 * and the three GB/T 9704 roles — the title, the 一、 headings and the （一） sub-headings — each of which an
 * office typeface may set (typefaces.ts); without one they are Noto Serif SC Bold.
 */
export type TextStyle = 'regular' | 'bold' | 'title' | 'heading' | 'subheading';

/** Paragraphs of a prose field, in order, as the clerk typed them (shared with the print preview). */
export { paragraphsOf };

/** A paragraph as styled runs: a leading sub-heading bold, the rest regular. */
export function styledParagraph(paragraph: string): Run<TextStyle>[] {
  const heading = leadingHeading(paragraph);
  if (heading === undefined) return [{ text: paragraph, style: 'regular' }];
  const rest = paragraph.slice(heading.length);
  return rest ? [{ text: heading, style: 'subheading' }, { text: rest, style: 'regular' }] : [{ text: heading, style: 'subheading' }];
}
