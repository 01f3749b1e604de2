/**
 * How the report's words are printed, for the sign-off PDF and the print preview alike: the title (white space
 * collapsed, and the natural place to break it — before the fixed ending "政府信息公开工作年度报告"), the prose as
 * paragraphs, and the leading sub-heading of a paragraph ("（一）主动公开。") that is printed bold.
 */
import { REPORT_TITLE_SUFFIX } from '../catalogue/sections.js';
import type { Report } from './schema.js';

// ---------------------------------------------------------------- the title

/** The title as printed: runs of white space become one space, none at either end. */
export const printedTitle = (report: Pick<Report, 'title'>): string => report.title.replace(/\s+/g, ' ').trim();

export interface TitleSeam {
  /** "巴楚县人民政府2023年" */
  readonly head: string;
  /** "政府信息公开工作年度报告" (and anything after it) */
  readonly tail: string;
}

/** The title cut before its last "政府信息公开工作年度报告", or undefined when no text stands before that ending. */
export function titleSeam(title: string): TitleSeam | undefined {
  const seam = title.lastIndexOf(REPORT_TITLE_SUFFIX);
  return seam > 0 ? { head: title.slice(0, seam), tail: title.slice(seam) } : undefined;
}

// ---------------------------------------------------------------- prose

/**
 * Paragraphs of a prose field, in order, as the clerk typed them: one per line, blank lines dropped, the
 * clerk's own leading and trailing spaces removed (print indents by two characters itself), tabs as spaces.
 */
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

/**
 * The sub-heading a paragraph opens with, printed bold: "（一）主动公开。" up to its early full stop, or the whole
 * of a short line such as "（二）依申请公开"; undefined when the paragraph does not open with one.
 */
export function leadingHeading(paragraph: string): string | undefined {
  if (!SUBHEADING.test(paragraph)) return undefined;
  const stop = paragraph.indexOf('。');
  if (stop >= 0 && stop < MAX_HEADING_CHARS) return paragraph.slice(0, stop + 1);
  if (stop < 0 && Array.from(paragraph).length <= MAX_HEADING_CHARS) return paragraph;
  return undefined;
}

// ---------------------------------------------------------------- the tables

/** A cell as printed: a count as written, the fee as its exact decimal text, a missing value blank. */
export function printedCell(report: Pick<Report, 'cells'>, cellId: string): string {
  const value = report.cells[cellId];
  return value === null || value === undefined ? '' : String(value);
}
