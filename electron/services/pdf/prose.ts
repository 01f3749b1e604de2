/**
 * The prose of a report as printed paragraphs: one paragraph per line of the text, blank lines dropped, the
 * clerk's own leading spaces removed (the PDF indents by two characters itself), and a leading sub-heading
 * such as "（一）主动公开。" or "一、…。" marked so it is printed bold.
 */
import type { Run } from './lineBreak.js';

export type TextStyle = 'regular' | 'bold';

/** Paragraphs of a prose field, in order, as the clerk typed them. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/\t/g, ' '))
    .filter((line) => line !== '');
}

const SUBHEADING = /^(（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)/;
/** A heading ends at its first full stop when that comes early; a short line without one is all heading. */
const MAX_HEADING_CHARS = 30;

/** A paragraph as styled runs: a leading sub-heading bold, the rest regular. */
export function styledParagraph(paragraph: string): Run<TextStyle>[] {
  if (!SUBHEADING.test(paragraph)) return [{ text: paragraph, style: 'regular' }];
  const stop = paragraph.indexOf('。');
  if (stop >= 0 && stop < MAX_HEADING_CHARS) {
    const heading = paragraph.slice(0, stop + 1);
    const rest = paragraph.slice(stop + 1);
    return rest ? [{ text: heading, style: 'bold' }, { text: rest, style: 'regular' }] : [{ text: heading, style: 'bold' }];
  }
  if (stop < 0 && Array.from(paragraph).length <= MAX_HEADING_CHARS) return [{ text: paragraph, style: 'bold' }];
  return [{ text: paragraph, style: 'regular' }];
}
