/**
 * The prose of a report as printed paragraphs: one paragraph per line of the text, blank lines dropped, the
 * clerk's own leading spaces removed (the PDF indents by two characters itself), and a leading sub-heading
 * such as "（一）主动公开。" or "一、…。" marked so it is printed bold.
 */
import { leadingHeading, paragraphsOf } from '../../../shared/report/printedText.js';
import type { Run } from './lineBreak.js';

export type TextStyle = 'regular' | 'bold';

/** Paragraphs of a prose field, in order, as the clerk typed them (shared with the print preview). */
export { paragraphsOf };

/** A paragraph as styled runs: a leading sub-heading bold, the rest regular. */
export function styledParagraph(paragraph: string): Run<TextStyle>[] {
  const heading = leadingHeading(paragraph);
  if (heading === undefined) return [{ text: paragraph, style: 'regular' }];
  const rest = paragraph.slice(heading.length);
  return rest ? [{ text: heading, style: 'bold' }, { text: rest, style: 'regular' }] : [{ text: heading, style: 'bold' }];
}
