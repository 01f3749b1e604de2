/**
 * The report as a Word document in the official template's layout (国办公开办函〔2021〕30号): the title in
 * 方正小标宋简体, the six sections with headings in 黑体 and the prose in 仿宋_GB2312 (sub-headings （一）… in
 * 楷体_GB2312), tables 二/三/四 drawn from the one layout description (shared/catalogue/layout.ts) with their
 * merged cells (w:gridSpan / w:vMerge), the template's column proportions and single borders, the issuer and
 * date, A4 with the GB/T 9704 margins, 22 lines a page and page numbers "— 1 —" on the outer side.
 * Built with the `docx` library (decision 0015); the font table then names each office typeface's substitute.
 */
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { chineseDate } from '../../../shared/calendar.js';
import { cellAlignment, placeCells, TABLE_LAYOUTS, type LayoutCell, type TableLayout } from '../../../shared/catalogue/layout.js';
import { SECTION_HEADINGS, SECTION_ORDER, type ProseSectionKey } from '../../../shared/catalogue/sections.js';
import { columnWidthsIn, OFFICIAL_SIZES, OFFICIAL_TYPEFACES, type TypefaceRole } from '../../../shared/export/officialTemplate.js';
import { leadingHeading, paragraphsOf, printedCell, printedTitle, titleSeam } from '../../../shared/report/printedText.js';
import type { Report } from '../../../shared/report/schema.js';
import { withFontSubstitutes } from './docxFontTable.js';

/** Twentieths of a point per millimetre. */
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** GB/T 9704: A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; type area 156 × 225 mm. */
export const DOCX_PAGE = {
  width: twips(210),
  height: twips(297),
  margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26), footer: twips(35 - 7 - 5), header: twips(15) },
  contentWidth: twips(156),
} as const;
/** 22 lines in the 225 mm type area: an exact line pitch of 29 pt (580 twips), as offices set 固定值. */
const BODY_LINE = Math.floor(twips(225) / 22);
const half = (pt: number): number => Math.round(pt * 2);
const BODY_SIZE = half(OFFICIAL_SIZES.body);
/** Two characters of 三号 text: the first-line indent of every paragraph and heading. */
const INDENT_2 = OFFICIAL_SIZES.body * 20 * 2;
/** The template's tables: 宋体 10 pt, the note in 楷体. */
const TABLE_SIZE = 20;
const TABLE_FONT = '宋体';

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' as const });
const face = (role: TypefaceRole) => font(OFFICIAL_TYPEFACES[role][0]);

export interface DocxOptions {
  /** The date written as the document's creation and change date (the sign-off or report date; never the clock). */
  readonly date?: Date;
}

/** The .docx bytes of a report. */
export async function renderReportDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  children.push(...titleParagraphs(report));
  children.push(emptyLine());
  for (const paragraph of paragraphsOf(report.preamble)) children.push(proseParagraph(paragraph));
  for (const key of SECTION_ORDER) {
    const layout = TABLE_LAYOUTS.find((table) => table.key === key);
    if (layout) {
      children.push(heading(layout.heading, true));
      children.push(tableOf(layout, report));
    } else {
      const prose = paragraphsOf(report.sections[key as ProseSectionKey]);
      children.push(heading(SECTION_HEADINGS[key as ProseSectionKey], prose.length > 0));
      for (const paragraph of prose) children.push(proseParagraph(paragraph));
    }
  }
  children.push(...issuerAndDate(report));

  const doc = new Document({
    title: printedTitle(report),
    subject: `${report.agency}${report.year}年度政府信息公开工作年度报告`,
    creator: report.issuer.trim() || report.agency || '年报 Nianbao',
    lastModifiedBy: '年报 Nianbao',
    description: '由年报 Nianbao 按国办公开办函〔2021〕30号格式生成，可在 Word、WPS 中修改后由年报导入',
    keywords: `政府信息公开 年度报告 ${report.year}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: face('body'), size: BODY_SIZE, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
      // Table text as styles, not on every run: the template's 宋体 10 pt, the note in 楷体, centred or flush left.
      paragraphStyles: [
        { id: CELL_STYLE.center, name: '年报表格居中', run: { font: font(TABLE_FONT), size: TABLE_SIZE }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 260, lineRule: LineRuleType.AT_LEAST } } },
        { id: CELL_STYLE.left, name: '年报表格左对齐', basedOn: CELL_STYLE.center, run: { font: font(TABLE_FONT), size: TABLE_SIZE }, paragraph: { alignment: AlignmentType.LEFT } },
        { id: CELL_STYLE.note, name: '年报表格说明', basedOn: CELL_STYLE.left, run: { font: face('heading2'), size: TABLE_SIZE } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
            margin: { ...DOCX_PAGE.margin, gutter: 0 },
            pageNumbers: { start: 1 },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  return withFontSubstitutes(new Uint8Array(bytes), options.date ?? documentDate(report));
}

/** The sign-off date, else the report's date, else 1 January after the reported year (never the clock). */
function documentDate(report: Report): Date {
  const text = report.signoff?.signedAt.slice(0, 10) ?? report.date ?? `${report.year + 1}-01-01`;
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return parsed ? new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3]))) : new Date(Date.UTC(report.year + 1, 0, 1));
}

/** Characters of 二号 type in the 156 mm type area. */
const TITLE_CHARS_PER_LINE = Math.floor((156 / 25.4) * 72 / OFFICIAL_SIZES.title);

/** The title centred; a title longer than a line is broken before "政府信息公开工作年度报告", as the PDF breaks it. */
function titleParagraphs(report: Report): Paragraph[] {
  const title = printedTitle(report);
  const seam = charWidth(title) > TITLE_CHARS_PER_LINE ? titleSeam(title) : undefined;
  const run = (text: string, breakBefore = false) => new TextRun({ text, font: face('title'), size: half(OFFICIAL_SIZES.title), ...(breakBefore ? { break: 1 } : {}) });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: seam ? [run(seam.head), run(seam.tail, true)] : [run(title)],
    }),
  ];
}

const emptyLine = (): Paragraph => new Paragraph({ children: [] });

/** A section heading 一、…: 黑体, indented two characters like a paragraph, kept with what follows. */
function heading(text: string, keepNext: boolean): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT_2 }, keepNext, keepLines: true, children: [new TextRun({ text, font: face('heading1') })] });
}

/** A paragraph of prose, indented two characters; its leading sub-heading （一）…。 in 楷体. */
function proseParagraph(text: string): Paragraph {
  const lead = leadingHeading(text);
  const runs = lead === undefined ? [new TextRun(text)] : [new TextRun({ text: lead, font: face('heading2') }), ...(text.length > lead.length ? [new TextRun(text.slice(lead.length))] : [])];
  return new Paragraph({ alignment: AlignmentType.BOTH, indent: { firstLine: INDENT_2 }, children: runs });
}

const CELL_STYLE = { center: 'NianbaoCellCenter', left: 'NianbaoCellLeft', note: 'NianbaoCellNote' } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** One of tables 二/三/四 from its layout: every label as the catalogue spells it, merged cells as placed. */
function tableOf(layout: TableLayout, report: Report): Table {
  const widths = columnWidthsIn(layout.key, DOCX_PAGE.contentWidth);
  const placed = placeCells(layout);
  const rows = placed.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < layout.headerRowCount,
        cantSplit: true,
        height: { value: 340, rule: 'atLeast' },
        children: row.map((p) => {
          const width = widths.slice(p.column, p.column + p.colSpan).reduce((a, b) => a + b, 0);
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(p.colSpan > 1 ? { columnSpan: p.colSpan } : {}),
            ...(p.rowSpan > 1 ? { rowSpan: p.rowSpan } : {}),
            verticalAlign: VerticalAlign.CENTER,
            ...(p.cell.kind === 'label' && p.cell.role === 'caption' ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'C6D9F1' } } : {}),
            children: [cellParagraph(layout, p.cell, report)],
          });
        }),
      }),
  );
  return new Table({
    rows,
    width: { size: DOCX_PAGE.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
  });
}

function cellParagraph(layout: TableLayout, cell: LayoutCell, report: Report): Paragraph {
  const text = cell.kind === 'value' ? printedCell(report, cell.cellId) : cell.text;
  const note = cell.kind === 'label' && cell.role === 'note';
  const style = note ? CELL_STYLE.note : cellAlignment(layout.key, cell) === 'center' ? CELL_STYLE.center : CELL_STYLE.left;
  return new Paragraph({ style, children: text === '' ? [] : [new TextRun(text)] });
}

/** Width of text in characters of the body size: CJK one, digits and Latin half. */
const charWidth = (text: string): number => Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

/** The issuer centred over the date, the date four characters in from the right (GB/T 9704 7.3.5). */
function issuerAndDate(report: Report): Paragraph[] {
  const issuer = report.issuer.trim();
  const date = report.date ? chineseDate(report.date) : '';
  if (!issuer && !date) return [];
  const out: Paragraph[] = [emptyLine()];
  const charTwips = OFFICIAL_SIZES.body * 20;
  const dateRight = 4 * charTwips;
  if (issuer) {
    const shift = date ? Math.max(0, ((charWidth(date) - charWidth(issuer)) / 2) * charTwips) : 0;
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(dateRight + shift) }, children: [new TextRun(issuer)] }));
  }
  if (date) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: dateRight }, children: [new TextRun(date)] }));
  return out;
}

/** "— 1 —" in 宋体 4号 (14 pt), one character in from the outer edge: right on odd pages, left on even (GB/T 9704 7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const size = half(OFFICIAL_SIZES.pageNumber);
  const run = (text: string) => new TextRun({ text, font: font('宋体'), size });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: OFFICIAL_SIZES.pageNumber * 20 } : { left: OFFICIAL_SIZES.pageNumber * 20 },
        spacing: { line: 360, lineRule: LineRuleType.AUTO },
        children: [run('— '), new TextRun({ children: [PageNumber.CURRENT], font: font('宋体'), size }), run(' —')],
      }),
    ],
  });
}
