// The web page export: one self-contained page, the tables merged as in the template, read back cell by cell.
import { describe, expect, it } from 'vitest';
import { reportArticleHtml, reportHtml } from '../../shared/export/reportHtml.js';
import { sampleReport } from '../bench/sample-reports.js';
import { seededRandom } from '../support/random.js';
import { makeReport, seedReport } from '../support/reports.js';
import { changedCells, printedWords, readBack } from './roundTrip.js';

describe('web page export (html)', () => {
  it('reads back the real seed figures: all 200 cells, the prose, the issuer and the date unchanged, with no note', () => {
    const report = seedReport();
    const back = readBack(reportHtml(report), 'html');
    expect(changedCells(report, back.report)).toEqual([]);
    expect(printedWords(back.report)).toEqual(printedWords(report));
    expect(back.notes).toEqual([]);
  });

  it('reads back 12 generated reports unchanged, and the article alone (what 复制为网页 copies) as well', () => {
    const random = seededRandom(31);
    for (let i = 0; i < 12; i++) {
      const report = sampleReport(random, 2020 + (i % 5));
      if (i % 3 === 1) report.preamble = '根据《条例》规定，现将本机关年度报告如下。';
      if (i % 5 === 3) report.sections.other = '本年度收取信息处理费 <b>0</b> 元 & "无" 其他事项。\n（一）另起一段。';
      for (const html of [reportHtml(report), reportArticleHtml(report)]) {
        const back = readBack(html, 'html');
        expect(changedCells(report, back.report), `report ${i}`).toEqual([]);
        expect(printedWords(back.report), `report ${i}`).toEqual(printedWords(report));
      }
    }
  });

  it('is self-contained: inline styles only, no script, class, link, picture or outside address', () => {
    const html = reportHtml(seedReport());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<style|<object|src=|href=|url\(|@import|class=|\son[a-z]+=/i);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("font-family: '仿宋_GB2312', '仿宋', 'FangSong', serif");
  });

  it('merges cells as the template does: the note 3×3, 三、本年度办理结果 over 22 rows, 行政复议 over 5 columns', () => {
    const html = reportHtml(seedReport());
    expect(html).toMatch(/<td rowspan="3" colspan="3"[^>]*>（本列数据的勾稽关系为/);
    expect(html).toMatch(/<td rowspan="22"[^>]*>三、本年度办理结果/);
    expect(html).toMatch(/<th colspan="5"[^>]*>行政复议/);
    expect(html).toMatch(/<th colspan="10"[^>]*>行政诉讼/);
  });

  it('escapes what the clerk typed: no markup comes through from the prose', () => {
    const report = makeReport({ sections: { ...seedReport().sections, problems: '<script>alert(1)</script> & 其他' } });
    const html = reportHtml(report);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他');
    expect(html).not.toContain('<script>');
  });

  it('writes 100,000 characters of prose and reads them back', () => {
    const long = Array.from({ length: 100 }, (_, i) => `第${i}段。${'本机关持续推进政务公开标准化规范化建设。'.repeat(50)}`).join('\n');
    const report = makeReport({ sections: { ...seedReport().sections, problems: long } });
    expect(readBack(reportHtml(report), 'html').report.sections.problems).toBe(long);
  });
});
