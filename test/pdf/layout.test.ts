/**
 * How the pages fall: long prose runs over pages without losing or clipping a line, nothing strays outside
 * the GB/T 9704 type area, no printed line starts with a closing mark, table 三 repeats its header rows on
 * the page it continues on, long titles break in balanced lines, and a character the font lacks stops the
 * PDF with a sentence that names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf, PdfRefusal } from '../../electron/services/pdf/renderReport.js';
import PDFDocument from 'pdfkit';
import { TABLE_LAYOUTS } from '../../shared/catalogue/layout.js';
import { SECTION_HEADINGS } from '../../shared/catalogue/sections.js';
import { loadFonts } from '../../electron/services/pdf/fonts.js';
import { CONTENT, mm } from '../../electron/services/pdf/geometry.js';
import { FONT_NAMES, PageFlow } from '../../electron/services/pdf/pageFlow.js';
import { measureTable, openingHeight, paginateTable } from '../../electron/services/pdf/tables.js';
import { paragraphsOf } from '../../electron/services/pdf/prose.js';
import { seedReport } from '../support/reports.js';
import { PdfFile, requirePoppler, squeeze } from './poppler.js';
import { withLongPreamble, withLongProse } from './reports.js';

let long: PdfFile;
beforeAll(async () => {
  requirePoppler();
  long = new PdfFile(await renderReportPdf(withLongProse(seedReport())));
});
afterAll(() => long?.remove());

const TOLERANCE = 1.5; // points: glyph boxes of pdftotext are a little generous

describe('five pages of prose', () => {
  it('every paragraph is printed whole, in order, over a plausible number of pages', () => {
    const report = withLongProse(seedReport());
    const paragraphs = paragraphsOf(report.sections.overview);
    const text = squeeze(long.rawText());
    let from = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(squeeze(p), from);
      expect(at, p.slice(0, 12)).toBeGreaterThanOrEqual(from);
      from = at;
    }
    // 40 paragraphs of ~110 characters at 28 a line ≈ 160 lines ≈ 7½ pages of 22, plus the tables.
    expect(long.pageCount()).toBeGreaterThanOrEqual(9);
    expect(long.pageCount()).toBeLessThanOrEqual(13);
  });

  it('nothing is drawn outside the type area (37/35/28/26 mm) except the page number', () => {
    const words = long.words();
    expect(words.length).toBeGreaterThan(500);
    const strays = words.filter((w) => {
      const inside = w.xMin >= mm(28) - TOLERANCE && w.xMax <= w.pageWidth - mm(26) + TOLERANCE && w.yMin >= mm(37) - TOLERANCE && w.yMax <= w.pageHeight - mm(35) + TOLERANCE;
      return !inside && !/^(—|\d+)$/.test(w.text);
    });
    expect(strays).toEqual([]);
    const numbers = words.filter((w) => w.yMin > w.pageHeight - mm(35));
    expect(new Set(numbers.map((w) => w.page)).size).toBe(long.pageCount());
    for (const n of numbers) expect(n.yMax, n.text).toBeLessThanOrEqual(n.pageHeight - mm(20));
  });

  it('no printed line starts with a closing mark (，。、；：？！）」》”)', () => {
    const lines = long.layoutText().split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(200);
    const bad = lines.filter((l) => /^[，。、；：？！）」』》〉”’】〕]/.test(l));
    expect(bad).toEqual([]);
  });
});

describe('table 三 across a page break', () => {
  it('the header rows (申请人情况, 自然人 … 总计) are printed again on the page where the table continues', async () => {
    const file = new PdfFile(await renderReportPdf(withLongPreamble(seedReport())));
    try {
      const header = squeeze('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他');
      const pages = Array.from({ length: file.pageCount() }, (_, i) => squeeze(file.rawText(i + 1)));
      const withHeader = pages.flatMap((text, i) => (text.includes(header) ? [i] : []));
      expect(withHeader.length).toBeGreaterThanOrEqual(2);
      withHeader.forEach((page, i) => i > 0 && expect(page).toBe(withHeader[i - 1]! + 1));
      const [first, last] = [withHeader[0]!, withHeader.at(-1)!];
      expect(pages[first]).toContain('一、本年新收政府信息公开申请数量2000002');
      // Every continuation page holds rows of the table under its header, not the header alone.
      for (const page of withHeader.slice(1)) expect(pages[page]!.split(header)[1]).toMatch(/^(三、本年度办理结果)?（/);
      expect(pages[last]).toContain('四、结转下年度继续办理0000000');
    } finally {
      file.remove();
    }
  });
});

describe('the title', () => {
  const titleLines = async (title: string): Promise<string[]> => {
    const file = new PdfFile(await renderReportPdf({ ...seedReport(), title }));
    try {
      const lines = file.rawText(1).split('\n').map((l) => l.trim());
      return lines.slice(0, lines.indexOf('一、总体情况'));
    } finally {
      file.remove();
    }
  };

  it('the usual title breaks after the year, in two lines', async () => {
    expect(await titleLines('巴楚县发展和改革委员会2023年政府信息公开工作年度报告')).toEqual(['巴楚县发展和改革委员会2023年', '政府信息公开工作年度报告']);
  });

  it('a very long agency name is itself split in balanced lines, the fixed ending keeps its own line', async () => {
    const lines = await titleLines('新疆维吾尔自治区喀什地区巴楚县人民政府办公室2023年政府信息公开工作年度报告');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('政府信息公开工作年度报告');
    expect(lines.join('')).toBe('新疆维吾尔自治区喀什地区巴楚县人民政府办公室2023年政府信息公开工作年度报告');
    const [a, b] = [Array.from(lines[0]!).length, Array.from(lines[1]!).length];
    expect(Math.abs(a - b)).toBeLessThanOrEqual(4);
  });
});

describe('a character the font does not have', () => {
  it('is refused before printing, naming the character and the paragraph it is in', async () => {
    const report = seedReport();
    report.sections.other = `${report.sections.other}\n本年度向𠀀村委会公开相关信息。`;
    const refusal = await renderReportPdf(report).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PdfRefusal);
    const message = (refusal as PdfRefusal).message;
    expect(message).toContain('六、其他需要报告的事项 第2段：“𠀀”（U+20000）');
    expect(message).toContain('未生成 PDF');
  });

  it('names each place when there are several (title, a table cell, the preamble)', async () => {
    const report = { ...seedReport(), title: '巴楚县人民政府2023年政府信息公开工作年度报告😀', preamble: '统计期限\u{2A6D6}说明' };
    report.cells['active.fees.amount'] = '12.5\u{1F4B0}';
    const message = await renderReportPdf(report).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain('标题：“😀”');
    expect(message).toContain('前言 第1段：“\u{2A6D6}”');
    expect(message).toContain('表格 二、行政事业性收费「本年收费金额（单位：万元）」：“\u{1F4B0}”');
  });

  it('every label of the report format and every character of the seed report is in the font', async () => {
    await expect(renderReportPdf(seedReport(), { signoffSheet: { dismissals: [] } })).resolves.toBeInstanceOf(Buffer);
  });
});

describe('table 二 across a page break', () => {
  it('wherever it starts on the page, it breaks only before a caption (第二十条第（…）项), so each part keeps its caption and header', () => {
    const flow = measuringFlow();
    const layout = TABLE_LAYOUTS.find((t) => t.key === 'active')!;
    const geometry = measureTable(flow, layout, (id) => String(seedReport().cells[id] ?? ''));
    let broken = 0;
    for (let startY = CONTENT.top; startY < CONTENT.bottom - openingHeight(layout, geometry); startY += 2) {
      const pages = paginateTable(layout, geometry, startY);
      expect(pages.flat()).toEqual(layout.rows.map((_, i) => i)); // every row once, in order
      for (const page of pages.slice(1)) {
        broken++;
        const first = layout.rows[page[0]!]!;
        expect(first.some((cell) => cell.kind === 'label' && cell.role === 'caption'), `start ${startY.toFixed(0)}`).toBe(true);
      }
    }
    expect(broken).toBeGreaterThan(20);
  });
});

/** A page flow over a document that is never written, for measuring text with the real fonts. */
function measuringFlow(): PageFlow {
  const fonts = loadFonts();
  if (!fonts.ok) throw new Error(fonts.message);
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  doc.registerFont(FONT_NAMES.regular, fonts.faces.regular);
  doc.registerFont(FONT_NAMES.bold, fonts.faces.bold);
  return new PageFlow(doc);
}

describe('paragraphs across a page break', () => {
  it('no page starts with the lone last line of a paragraph, and none ends with its lone first line or a heading', async () => {
    let split = 0;
    for (const report of [withLongProse(seedReport()), seedReport(), withLongPreamble(seedReport())]) {
      const paragraphs = [report.preamble, ...Object.values(report.sections)].flatMap(paragraphsOf).map(squeeze);
      const file = new PdfFile(await renderReportPdf(report));
      try {
        const lines = (page: number) => file.rawText(page).split('\n').map(squeeze).filter((l) => l !== '');
        for (let page = 1; page < file.pageCount(); page++) {
          const [bottom, top] = [lines(page).at(-1)!, lines(page + 1)[0]!];
          expect(Object.values(SECTION_HEADINGS), `page ${page} ends with a heading`).not.toContain(bottom);
          const paragraph = paragraphs.find((p) => p.includes(bottom + top));
          if (!paragraph) continue;
          split++;
          expect(paragraph.startsWith(bottom), `page ${page} ends with the first line alone: ${bottom}`).toBe(false);
          expect(paragraph.endsWith(top), `page ${page + 1} starts with the last line alone: ${top}`).toBe(false);
        }
      } finally {
        file.remove();
      }
    }
    expect(split).toBeGreaterThan(3);
  });
});
