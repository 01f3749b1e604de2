/**
 * Before anything is drawn: every character the PDF would print is looked up in the font, so that a character
 * the font lacks (a rare ideograph from Extension B, an emoji) is named to the clerk with where it is —
 * "六、其他需要报告的事项 第2段：“𠀀”" — instead of coming out of the printer as an empty box.
 */
import { CELL_BY_ID, CELL_IDS } from '../../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import { PROSE_SECTION_KEYS, SECTION_HEADINGS } from '../../../shared/catalogue/sections.js';
import type { Report } from '../../../shared/report/schema.js';
import { paragraphsOf } from './prose.js';
import type { SignoffSheetInput } from './signoffSheet.js';
import { SHEET_WORDS } from './words.js';

export interface PrintedText {
  /** Where the text is, in the clerk's words. */
  readonly where: string;
  readonly text: string;
}

export interface MissingGlyph {
  readonly where: string;
  readonly char: string;
}

/** Everything the PDF prints that comes from the report, the sign-off sheet or the catalogue. */
export function printedTexts(report: Report, sheet?: SignoffSheetInput): PrintedText[] {
  const texts: PrintedText[] = [{ where: '标题', text: report.title }];
  paragraphsOf(report.preamble).forEach((text, i) => texts.push({ where: `前言 第${i + 1}段`, text }));
  for (const key of PROSE_SECTION_KEYS) {
    paragraphsOf(report.sections[key]).forEach((text, i) => texts.push({ where: `${SECTION_HEADINGS[key]} 第${i + 1}段`, text }));
  }
  for (const id of CELL_IDS) {
    const value = report.cells[id];
    if (typeof value === 'string') texts.push({ where: `表格 ${CELL_BY_ID.get(id)!.reference}`, text: value });
  }
  texts.push({ where: '署名', text: report.issuer });
  if (report.date) texts.push({ where: '成文日期', text: report.date });
  for (const layout of TABLE_LAYOUTS) {
    for (const row of layout.rows) for (const cell of row) if (cell.kind === 'label') texts.push({ where: `表格 ${layout.heading}`, text: cell.text });
  }
  if (sheet) {
    const signoff = report.signoff;
    if (signoff) {
      texts.push({ where: `${SHEET_WORDS.title} ${SHEET_WORDS.drafter}`, text: signoff.drafter });
      texts.push({ where: `${SHEET_WORDS.title} ${SHEET_WORDS.reviewer}`, text: signoff.reviewer });
      texts.push({ where: `${SHEET_WORDS.title} ${SHEET_WORDS.approver}`, text: signoff.approver });
    }
    sheet.dismissals.forEach((d, i) => {
      const where = `${SHEET_WORDS.title} 第${i + 1}条${SHEET_WORDS.dismissedShort}`;
      for (const text of [d.rule, d.message, d.reason, d.dismissedBy, d.dismissedAt]) texts.push({ where, text });
    });
  }
  return texts;
}

/** Line ends and tabs are layout, not printed characters; every other character (zero-width ones too) must be in the font. */
const LAYOUT_CHARS = new Set(['\n', '\r', '\t']);

/** Every character outside the font, with where it is; each character is named once per place. */
export function findMissingGlyphs(texts: readonly PrintedText[], hasGlyph: (codePoint: number) => boolean): MissingGlyph[] {
  const missing: MissingGlyph[] = [];
  const seen = new Set<string>();
  for (const { where, text } of texts) {
    for (const char of text) {
      if (LAYOUT_CHARS.has(char)) continue;
      if (hasGlyph(char.codePointAt(0)!)) continue;
      const key = `${where}\u0000${char}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ where, char });
    }
  }
  return missing;
}

const codePointName = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One Chinese sentence naming each missing character and where it is. */
export function describeMissingGlyphs(missing: readonly MissingGlyph[]): string {
  const shown = missing.slice(0, 12).map((m) => `${m.where}：“${m.char}”（${codePointName(m.char)}）`);
  const more = missing.length > 12 ? `等共${missing.length}处` : '';
  return `报告中有打印字体没有的字符，未生成 PDF（否则会印成空白方框）：${shown.join('；')}${more}。请改用常用字或删去这些字符后再生成`;
}
