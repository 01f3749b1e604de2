/**
 * The sign-off PDF of a report: title, optional preamble, sections 一–六 with tables 二/三/四, the issuer and
 * date, page numbers, metadata, the exchange JSON attached (so the PDF can be read back next year) and an
 * optional sign-off sheet. The same report gives the same bytes: the dates inside come from the report, never
 * from the clock, and pdfkit derives the document ID from the metadata, which include the content's fingerprint.
 */
import PDFDocument from 'pdfkit';
import { chineseDate, parseIsoDate } from '../../../shared/calendar.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import { SECTION_HEADINGS, SECTION_ORDER, type ProseSectionKey } from '../../../shared/catalogue/sections.js';
import { writeExchangeText } from '../../../shared/report/exchange.js';
import { reportFingerprint } from '../../../shared/report/fingerprint.js';
import { printedCell } from '../../../shared/report/printedText.js';
import type { Report } from '../../../shared/report/schema.js';
import { ATTACHMENT_NAME } from './attachmentName.js';
import { loadFonts } from './fonts.js';
import { CONTENT, PAGE, TYPE, baselineIn } from './geometry.js';
import type { FontRole, FoundFace } from './officeFonts.js';
import { PageFlow } from './pageFlow.js';
import { describeFontUse, NOTO, openOfficeFaces, Typefaces, type RoleUse } from './typefaces.js';
import { describeMissingGlyphs, findMissingGlyphs, printedTexts } from './preflight.js';
import { paragraphsOf, styledParagraph } from './prose.js';
import { drawSignoffSheet, type SignoffSheetInput } from './signoffSheet.js';
import { bodyRowCount, drawTable, measureTable, openingHeight, paginateTable, type TableGeometry } from './tables.js';
import type { TableLayout } from '../../../shared/catalogue/layout.js';
import { drawTitle } from './title.js';


export interface RenderOptions {
  /** Folder holding NotoSerifSC_400Regular.ttf and NotoSerifSC_700Bold.ttf (flat or in per-weight folders). */
  readonly fontDir?: string;
  /** Adds the sign-off sheet as the last page. */
  readonly signoffSheet?: SignoffSheetInput;
  /** An unsigned report: DRAFT_MARK on every page, so a draft is never taken for the signed report. */
  readonly draft?: boolean;
  /** The office typefaces found on this machine (officeFonts.ts); what is missing is set in Noto Serif SC. */
  readonly officeFonts?: Partial<Record<FontRole, FoundFace>>;
}

/** What the PDF was set in: each role's face, and the characters left to Noto Serif SC; plus unusable fonts. */
export interface FontReport {
  readonly roles: readonly RoleUse[];
  readonly problems: readonly string[];
}

/** What every page of an unsigned report's PDF carries. */
export const DRAFT_MARK = '草稿（未签发）';

/** A report the PDF cannot be made of, with the Chinese sentence that says why (nothing was written). */
export class PdfRefusal extends Error {
  override readonly name = 'PdfRefusal';
}

export async function renderReportPdf(report: Report, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderReportPdfWithFonts(report, options)).pdf;
}

/** The PDF and the fonts it was set in. */
export async function renderReportPdfWithFonts(report: Report, options: RenderOptions = {}): Promise<{ pdf: Buffer; fonts: FontReport }> {
  const fonts = loadFonts(options.fontDir);
  if (!fonts.ok) throw new PdfRefusal(fonts.message);
  const missing = findMissingGlyphs([...printedTexts(report, options.signoffSheet), ...(options.draft ? [{ where: '草稿标记', text: DRAFT_MARK }] : [])], fonts.faces.hasGlyph);
  if (missing.length > 0) throw new PdfRefusal(describeMissingGlyphs(missing));

  const date = documentDate(report);
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [PAGE.width, PAGE.height],
    margins: PAGE.margins,
    font: null as unknown as string, // no Helvetica: every glyph comes from the embedded CJK font
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    compress: true,
    info: {
      Title: report.title,
      Author: report.issuer.trim() || report.agency,
      Subject: `${report.agency}${report.year}年度政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）`,
      Keywords: `政府信息公开 年度报告 ${report.year}`,
      Creator: '年报 Nianbao',
      Producer: '年报 Nianbao (PDFKit)',
      CreationDate: date,
      ModDate: date,
      // pdfkit derives the document ID from these entries: with the content's fingerprint among them, the ID
      // is the same for the same report and differs when anything in it changes.
      Fingerprint: reportFingerprint(report),
    } as PDFKit.DocumentInfo,
  });
  doc.registerFont(NOTO.regular, fonts.faces.regular);
  doc.registerFont(NOTO.bold, fonts.faces.bold);
  const office = openOfficeFaces(options.officeFonts ?? {});
  const typefaces = new Typefaces(office.faces);
  typefaces.register(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const flow = new PageFlow(doc, options.draft ? DRAFT_MARK : undefined, typefaces);
  flow.newPage();
  drawTitle(flow, report);
  for (const paragraph of paragraphsOf(report.preamble)) flow.paragraph(styledParagraph(paragraph));
  for (const key of SECTION_ORDER) {
    const layout = TABLE_LAYOUTS.find((table) => table.key === key);
    if (layout) {
      const geometry = measureTable(flow, layout, (cellId) => printedCell(report, cellId));
      flow.ensure(TYPE.bodyLinePitch + openingHeight(layout, geometry));
      if (startsTooLow(layout, geometry, flow.y + TYPE.bodyLinePitch)) flow.newPage();
      heading(flow, layout.heading);
      drawTable(flow, layout, geometry);
      flow.y += TYPE.bodyLinePitch / 3;
    } else {
      const prose = paragraphsOf(report.sections[key as ProseSectionKey]);
      flow.ensure(TYPE.bodyLinePitch * (1 + keptWithHeading(flow, prose[0])));
      heading(flow, SECTION_HEADINGS[key as ProseSectionKey]);
      for (const paragraph of prose) flow.paragraph(styledParagraph(paragraph));
    }
  }
  drawIssuerAndDate(flow, report);
  // The 审签单 comes last, so it can say which fonts set everything before it.
  const used = typefaces.used();
  if (options.signoffSheet) drawSignoffSheet(flow, report, options.signoffSheet, describeFontUse(used));
  flow.finishPage();

  const exchange = Buffer.from(writeExchangeText(report), 'utf8');
  doc.file(exchange, {
    name: ATTACHMENT_NAME,
    type: 'application/json',
    relationship: 'Data',
    description: '年报交换文件：本报告的全部数据，可由年报软件读回',
    creationDate: date,
    modifiedDate: date,
  } as PDFKit.Mixins.PDFAttachmentOptions);
  doc.end();
  return { pdf: await done, fonts: { roles: used, problems: office.problems } };
}

/**
 * A table that would show only its header and a row or two at the foot of this page, then continue with the
 * header again overleaf, starts on the next page instead (when it is not already at the top of one).
 */
function startsTooLow(layout: TableLayout, geometry: TableGeometry, startY: number): boolean {
  if (startY <= CONTENT.top + TYPE.bodyLinePitch + 0.01) return false;
  const pages = paginateTable(layout, geometry, startY);
  if (pages.length < 2) return false;
  const firstBody = bodyRowCount(layout, pages[0]!, 0) - layout.headerRowCount;
  return firstBody < 4;
}

/**
 * Lines of the first paragraph that must fit under a heading on its page: all of a paragraph of up to three
 * lines (it is never split 1 + 2 or 2 + 1), else two.
 */
function keptWithHeading(flow: PageFlow, paragraph: string | undefined): number {
  if (paragraph === undefined) return 0;
  const lines = flow.lines(styledParagraph(paragraph), TYPE.bodySize, (i) => CONTENT.width - (i === 0 ? 2 * TYPE.bodySize : 0)).length;
  return lines <= 3 ? lines : 2;
}

/** A section heading 一、…: bold, on the body grid, indented like a paragraph (GB/T 9704). */
function heading(flow: PageFlow, text: string): void {
  flow.paragraph([{ text, style: 'heading' }]);
}

/** The issuer (署名) centred over the date, the date four characters in from the right (GB/T 9704 7.3.5). */
function drawIssuerAndDate(flow: PageFlow, report: Report): void {
  const size = TYPE.bodySize;
  const pitch = TYPE.bodyLinePitch;
  const issuer = report.issuer.trim();
  const dateText = report.date ? chineseDate(report.date) : '';
  const issuerLines = issuer ? flow.lines([{ text: issuer, style: 'regular' }], size, () => CONTENT.width - 4 * size) : [];
  const lineCount = issuerLines.length + (dateText ? 1 : 0);
  if (lineCount === 0) return;
  flow.y += pitch;
  flow.ensure(lineCount * pitch);
  const dateWidth = dateText ? flow.measure(dateText, 'regular', size) : 0;
  const dateRight = CONTENT.right - 4 * size;
  const centre = dateText ? dateRight - dateWidth / 2 : CONTENT.right - 4 * size;
  for (const line of issuerLines) {
    const x = Math.min(centre - line.width / 2, CONTENT.right - line.width);
    flow.drawLine(line, x, baselineIn(flow.y, pitch, size), size);
    flow.y += pitch;
  }
  if (dateText) {
    flow.drawLine({ runs: [{ text: dateText, style: 'regular' }], width: dateWidth }, dateRight - dateWidth, baselineIn(flow.y, pitch, size), size);
    flow.y += pitch;
  }
}

/**
 * The date written into the PDF's metadata and attachment: the sign-off date, else the report's date, else
 * 1 January after the reported year — midnight in China (UTC+8). Never the clock, so the bytes repeat.
 */
export function documentDate(report: Report): Date {
  const candidates = [report.signoff?.signedAt.slice(0, 10), report.date ?? undefined, `${report.year + 1}-01-01`];
  for (const candidate of candidates) {
    const parsed = candidate ? parseIsoDate(candidate) : undefined;
    if (parsed) return new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day) - 8 * 3600_000);
  }
  return new Date(Date.UTC(report.year + 1, 0, 1) - 8 * 3600_000);
}
