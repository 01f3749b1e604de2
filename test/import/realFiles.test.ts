// Mechanisms met on real published files (issue 15), each on our own text in the layout where it was met, with
// real or made-up figures: titles over several lines, the level of a 某市人民政府, code points of PDF text
// layers, justification spaces, a collapsed （六）, mixed formats in table 二, text in a value cell, the empty
// cell a spanned label leaves, blank-cell lines, and a lost label at the table's end.
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from '../../shared/catalogue/cells.js';
import { closeJustificationSpaces, findTitle, judgeLevel } from '../../shared/import/metadata.js';
import { normaliseCodePoints } from '../../shared/import/codePoints.js';
import { textRows } from '../../shared/import/readers/textRows.js';
import { recogniseReport } from '../../shared/import/recognise.js';
import type { ImportResult } from '../../shared/import/types.js';
import { checkReport } from '../../shared/rules/engine.js';
import { CORPUS_REPORTS, reportText, tableRows, TEXT_LAYOUTS } from './realReportCorpus.js';

function recognise(text: string): ImportResult {
  const outcome = recogniseReport(textRows(text), 'text');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}
const tabs = TEXT_LAYOUTS.tabs!;
const seedReport = CORPUS_REPORTS[0]!;
const cityReport = CORPUS_REPORTS[3]!;
const row = (key: string) => APPLICANT_COLUMNS.map((c) => `applications.${key}.${c.key}`);

describe('the agency and its level', () => {
  it('the agency printed on its own line(s) above "2023年政府信息公开工作年度报告" is the title\'s agency', () => {
    expect(findTitle([['某市某区人民政府'], ['2023年政府信息公开工作年度报告']], 2)).toMatchObject({ agency: '某市某区人民政府', year: 2023, rows: 2, start: 0 });
    expect(findTitle([['某县'], ['某镇人民政府'], ['2023年政府信息公开工作年度报告']], 3)).toMatchObject({ agency: '某县某镇人民政府', rows: 3 });
    // A sentence above the title is not an agency.
    expect(findTitle([['根据条例，现报告如下。'], ['2023年政府信息公开工作年度报告']], 2)).toMatchObject({ agency: '' });
  });

  it('without an agency in the title, the preamble\'s 本报告由…编制 names it; the signature is the last resort', () => {
    const text = reportText({ ...seedReport, titleLines: ['2023年政府信息公开工作年度报告'], preamble: '本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。', issuer: '某县政务公开领导小组' }, tabs);
    const { report, notes } = recognise(text);
    expect(report.agency).toBe('某县人民政府');
    expect(notes.some((n) => n.message.includes('本报告由'))).toBe(true);
  });

  it('a 某市人民政府 with 规章 in table 二 is a 设区的市 (so W-1 stays quiet); without evidence it stays county-level and the review is asked', () => {
    const { report, notes } = recognise(reportText(cityReport, tabs));
    expect(report.level).toBe('city');
    expect(notes.some((n) => n.message.includes('设区的市'))).toBe(true);
    expect(checkReport(report).filter((f) => f.rule === 'W-1')).toEqual([]);
    expect(judgeLevel('某某市人民政府', { regulations: false, text: '全市各县（市、区）均按时发布年报。' }).level).toBe('city');
    const unsure = judgeLevel('某某市人民政府', { regulations: false, text: '' });
    expect(unsure.level).toBe('county');
    expect(unsure.note).toContain('请在审核时改正机关级别');
    expect(judgeLevel('某某市某区人民政府', { regulations: true, text: '' })).toEqual({ level: 'county', note: null });
  });
});

describe('characters and spaces of PDF text layers', () => {
  it('radical and compatibility code points are ordinary characters before any 繁体 judgement', () => {
    // ⻓ (radicals supplement) 长, ⽣ (Kangxi) 生, ⾧ (Kangxi, NFKC 長) read as 长 in a simplified report, 﨑 compatibility.
    expect(normaliseCodePoints('⻓期 ⽣产 ⾧度 ⻔户')).toBe('长期 生产 长度 门户');
    const text = reportText(seedReport, tabs).replace('总体情况\n本年度', '总体情况\n本年度⻔户⽹站⻓期稳定，').replace(/行政许可/, '⾏政许可');
    const { report, notes } = recognise(text);
    expect(notes.some((n) => n.message.includes('繁体'))).toBe(false);
    expect(report.cells['active.licensing.decisions']).toBe(33959);
    expect(report.sections.overview).toContain('门户网站长期稳定');
  });

  it('justification spaces next to Chinese characters go; spaces between Latin words and numbers stay', () => {
    expect(closeJustificationSpaces('邮 编 ：223100 ， 电 话 ：0517-1234 5678')).toBe('邮编：223100，电话：0517-1234 5678');
    expect(closeJustificationSpaces('2023 年 受理申请 2 件')).toBe('2023年受理申请2件');
    expect(closeJustificationSpaces('电子邮箱：gk@example.gov.cn, Open Data 2.0')).toBe('电子邮箱：gk@example.gov.cn, Open Data 2.0');
    const { report } = recognise(reportText({ ...seedReport, preamble: '地 址 ：某县人民路 1 号 ， 邮 编 ：843800' }, tabs));
    expect(report.preamble).toBe('地址：某县人民路1号，邮编：843800');
  });
});

describe('certain values and questions in table 三', () => {
  const collapsed = (values: readonly string[]) =>
    reportText(seedReport, (rows) => {
      const out = rows.filter((r) => !/^[12]\.申请人|^3\.其他/.test(r[0] ?? ''));
      const at = out.findIndex((r) => r[0] === '（七）总计');
      if (at >= 0) out.splice(at, 0, ['（六）其他处理', ...values]);
      return tabs(out);
    });

  it('a single-row （六）其他处理 of zeros makes its three rows 0, said in a note', () => {
    const { report, notes } = recognise(collapsed(['0', '0', '0', '0', '0', '0', '0']));
    for (const key of ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other']) for (const id of row(key)) expect(report.cells[id]).toBe(0);
    expect(notes.find((n) => n.cells.includes('applications.otherHandling.feeUnpaid.total'))?.message).toContain('必然都是0');
    expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a single-row （六） with a figure stays a question for its first two rows', () => {
    const { report, notes } = recognise(collapsed(['1', '0', '0', '0', '0', '0', '1']));
    expect(report.cells['applications.otherHandling.other.natural']).toBe(1);
    expect(report.cells['applications.otherHandling.noCorrection.natural']).toBeNull();
    expect(report.cells['applications.otherHandling.feeUnpaid.total']).toBeNull();
    expect(notes.some((n) => n.cells.includes('applications.otherHandling.noCorrection.total') && n.message.includes('请核对'))).toBe(true);
  });

  it('the empty cell a two-column label left behind never shifts the row: placed by the table\'s width, or a question', () => {
    // Table 三 with three label columns; （一）予以公开 spans two and its total was printed blank.
    const grid = (rows: readonly (readonly string[])[]) =>
      rows.map((r) => (r.length === 8 ? (r[0] === '（一）予以公开' ? [r[0], '', '', '1', '', '', '', '', '', ''] : [r[0]!, '', '', ...r.slice(1)]) : r));
    const { report } = recognise(reportText(seedReport, (rows) => tabs(grid(rows))));
    expect(report.cells['applications.granted.natural']).toBe(1);
    expect(report.cells['applications.granted.commercial']).toBe(0);
    // Without a table of even width, the same row is a question, not a wrong number.
    const uneven = recognise(reportText(seedReport, (rows) => tabs(rows.map((r) => (r[0] === '（一）予以公开' ? [r[0], '', '1', '', '', '', '', '', ''] : r)))));
    expect(uneven.report.cells['applications.granted.natural']).toBeNull();
    expect(uneven.notes.some((n) => n.kind === 'unparsed' && n.cells.includes('applications.granted.natural'))).toBe(true);
  });

  it('one cell per line keeps the lines of blank cells, so the row keeps its columns', () => {
    const text = reportText(seedReport, (rows) => rows.flatMap((r) => (r[0] === '一、本年新收政府信息公开申请数量' ? [r[0], '2', '', '', '', '', '', '2'] : r)));
    const { report, notes } = recognise(text);
    expect(row('received').map((id) => report.cells[id])).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(notes.find((n) => n.cells.includes('applications.received.commercial'))?.kind).toBe('blank');
  });

  it('a last row whose label was lost is placed by order, with a note', () => {
    const tables = tableRows({ ...seedReport.figures, 'applications.carriedForward.natural': 3, 'applications.carriedForward.total': 3 });
    const text = reportText({ ...seedReport, figures: { ...seedReport.figures, 'applications.carriedForward.natural': 3, 'applications.carriedForward.total': 3 } }, (rows) =>
      tabs(rows === tables.applications || rows.some((r) => r[0] === '四、结转下年度继续办理') ? rows.map((r) => (r[0] === '四、结转下年度继续办理' ? ['', ...r.slice(1)] : r)) : rows),
    );
    const { report, notes } = recognise(text);
    expect(report.cells['applications.carriedForward.natural']).toBe(3);
    expect(notes.some((n) => n.kind === 'variant' && n.message.includes('行名在原文中缺失') && n.cells.includes('applications.carriedForward.total'))).toBe(true);
  });
});

describe('table 二 in mixed formats', () => {
  const active2019 = [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', '0', '0', '0'],
    ['规范性文件', '2', '2', '9'],
    ['第二十条第（五）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', '12', '减少4', '8'],
    ['第二十条第（六）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政处罚', '30', '增2', '41'],
    ['行政强制', '5', '0', '4'],
    ['第二十条第（八）项'],
    ['信息内容', '本年收费金额（单位：万元）'],
    ['行政事业性收费', '3.5'],
  ];
  const text = (layout: (rows: string[][]) => string[]) =>
    reportText(seedReport, (rows) => (rows[0]?.[0] === '第二十条第（一）项' ? layout(active2019) : tabs(rows)));

  it('the fee under the 2021 heading 本年收费金额 is read although the rest of table 二 is 2019, and says so', () => {
    const { report, notes } = recognise(text(tabs));
    expect(report.cells['active.fees.amount']).toBe('3.5');
    expect(report.cells['active.normativeDocuments.inForce']).toBeNull();
    expect(notes.some((n) => n.kind === 'template' && n.cells.includes('active.fees.amount') && n.message.includes('2021年版'))).toBe(true);
  });

  it('text in a value cell (减少4, 增2) neither cuts the row nor pulls a number into the wrong column', () => {
    for (const layout of [tabs, TEXT_LAYOUTS['one cell per line, blank line between rows']!, TEXT_LAYOUTS['a lone "|" after each cell']!, (rows: string[][]) => rows.flatMap((r) => r)]) {
      const { report } = recognise(text(layout));
      expect([report.cells['active.licensing.decisions'], report.cells['active.penalties.decisions'], report.cells['active.enforcement.decisions']]).toEqual([8, 41, 4]);
    }
  });
});
