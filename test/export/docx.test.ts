// The Word export: the official template's layout, read back by our own importer cell by cell and word by word.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../electron/services/export/docxReport.js';
import { fontTableXml } from '../../electron/services/export/docxFontTable.js';
import { sampleReport } from '../bench/sample-reports.js';
import { seededRandom } from '../support/random.js';
import { makeReport, seedReport } from '../support/reports.js';
import { changedCells, printedWords, readBack } from './roundTrip.js';

const partsOf = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('Word export (docx)', () => {
  it('runs on the project’s Node 20 although docx’s nanoid 6 declares node ^22 (it uses nothing newer), and makes a zip package', async () => {
    const bytes = await renderReportDocx(seedReport());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const parts = partsOf(bytes);
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    expect(parts['word/document.xml']).toContain('<w:body>');
  });

  it('reads back the real seed figures: all 200 cells, the prose, the issuer and the date unchanged, with no note', async () => {
    const report = seedReport();
    const back = readBack(await renderReportDocx(report), 'docx');
    expect(changedCells(report, back.report)).toEqual([]);
    expect(printedWords(back.report)).toEqual(printedWords(report));
    expect(back.notes).toEqual([]);
  });

  it('reads back 12 generated reports (random figures, long prose, a preamble, a long agency name) unchanged', async () => {
    const random = seededRandom(13);
    for (let i = 0; i < 12; i++) {
      const report = sampleReport(random, 2020 + (i % 5));
      if (i % 3 === 1) report.preamble = '根据《中华人民共和国政府信息公开条例》规定，现将本机关年度报告如下。本报告所列数据的统计期限自1月1日起至12月31日止。';
      if (i % 4 === 2) {
        report.agency = '新疆维吾尔自治区喀什地区巴楚县色力布亚镇人民政府';
        report.title = `${report.agency}${report.year}年政府信息公开工作年度报告`;
      }
      if (i % 5 === 3) report.sections.other = '本年度收取信息处理费 <0> 元 & 无其他需要报告的事项。\n  （一）另起一段，前有空格。';
      const back = readBack(await renderReportDocx(report), 'docx');
      expect(changedCells(report, back.report), `report ${i}`).toEqual([]);
      expect(printedWords(back.report), `report ${i}`).toEqual(printedWords(report));
    }
  });

  it('lays out the template: A4, GB/T 9704 margins, exact 22-line pitch, page numbers on the outer side', async () => {
    const xml = partsOf(await renderReportDocx(seedReport()))['word/document.xml']!;
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:lineRule="exact"');
    const parts = partsOf(await renderReportDocx(seedReport()));
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts).filter(([name]) => /word\/footer\d+\.xml/.test(name)).map(([, text]) => text);
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toMatch(/PAGE/);
  });

  it('merges cells as the template does (vMerge restart/continue, gridSpan) with the template’s column proportions', async () => {
    const xml = partsOf(await renderReportDocx(seedReport()))['word/document.xml']!;
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    const grid = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid(tables[0]!)).toHaveLength(4);
    expect(grid(tables[1]!)).toHaveLength(10);
    expect(grid(tables[2]!)).toHaveLength(15);
    for (const table of tables) expect(grid(table).reduce((a, b) => a + b, 0)).toBe(8844); // 156 mm
    // Table 三: the note spans 3 columns and 3 rows; 三、本年度办理结果 spans 22 rows.
    expect(tables[1]).toMatch(/<w:gridSpan w:val="3"\/><w:vMerge w:val="restart"\/>/);
    expect(tables[1]!.match(/<w:vMerge w:val="continue"\/>/g)!.length).toBeGreaterThan(21 + 2 + 2);
    expect(tables[2]).toContain('<w:gridSpan w:val="10"/>');
  });

  it('names the office typefaces with their substitutes (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体)', async () => {
    const parts = partsOf(await renderReportDocx(seedReport()));
    expect(parts['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(parts['word/fontTable.xml']).toBe(fontTableXml());
    expect(fontTableXml()).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTableXml()).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('gives the same bytes for the same report (dates from the report, never the clock)', async () => {
    const a = await renderReportDocx(seedReport());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const b = await renderReportDocx(seedReport());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(partsOf(a)['docProps/core.xml']).toContain('2024-01-18T00:00:00Z');
  });

  it('writes 100,000 characters of prose whole and reads them back', async () => {
    const sentence = '本机关持续推进政务公开标准化规范化建设，全年发布信息若干条。';
    const long = Array.from({ length: 100 }, () => sentence.repeat(Math.ceil(1000 / sentence.length)).slice(0, 999)).join('\n');
    expect(long.length).toBeGreaterThanOrEqual(99_990);
    const report = makeReport({ sections: { ...seedReport().sections, overview: long } });
    const back = readBack(await renderReportDocx(report), 'docx');
    expect(back.report.sections.overview).toBe(long);
    expect(changedCells(report, back.report)).toEqual([]);
  });
});
