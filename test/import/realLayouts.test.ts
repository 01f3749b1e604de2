// Layouts met in real published reports (decision 0010, "Measured on real published reports"), rebuilt with our
// own sentences around real published figures: the text each page gives when copied, read cell for cell.
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../../shared/catalogue/cells.js';
import { textRows } from '../../shared/import/readers/textRows.js';
import { recogniseReport } from '../../shared/import/recognise.js';
import type { ImportResult } from '../../shared/import/types.js';

type Row = readonly string[];

const zeros = (n: number): string[] => Array.from({ length: n }, () => '0');

/** Table 二 as the 2021 format prints it, with its group and column headers. */
function activeRows(regulations: Row, documents: Row, licensing: string, penalties: string, enforcement: string, fee: string): Row[] {
  return [
    ['第二十条第(一)项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', ...regulations],
    ['行政规范性文件', ...documents],
    ['第二十条第(五)项'],
    ['信息内容', '本年处理决定数量'],
    ['行政许可', licensing],
    ['第二十条第(六)项'],
    ['信息内容', '本年处理决定数量'],
    ['行政处罚', penalties],
    ['行政强制', enforcement],
    ['第二十条第(八)项'],
    ['信息内容', '本年收费金额(单位:万元)'],
    ['行政事业性收费', fee],
  ];
}

/** Table 三: its header and one row per official label, values from `values` (zeros where absent). */
function applicationRows(values: Record<string, Row> = {}): Row[] {
  return [
    ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况'],
    ['自然人', '法人或其他组织', '总计'],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ...APPLICATION_ROWS.map((r) => [r.label, ...(values[r.key] ?? zeros(7))]),
  ];
}

const appealsRows = (values: Row = zeros(15)): Row[] => [['行政复议', '行政诉讼'], ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], values];

function report(agency: string, tables: { active: Row[]; applications: Row[]; appeals: Row[] }, layout: (rows: Row[]) => string[]): string {
  return [
    `${agency}2023年政府信息公开工作年度报告`,
    '一、总体情况',
    '本年度我们按时更新了公开栏目，办理了收到的申请。',
    '二、主动公开政府信息情况',
    ...layout(tables.active),
    '三、收到和处理政府信息公开申请情况',
    ...layout(tables.applications),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...layout(tables.appeals),
    '五、存在的主要问题及改进情况',
    '栏目更新还不够及时，明年按月检查。',
    '六、其他需要报告的事项',
    '本年度没有收取信息处理费。',
    `${agency}`,
    '2024年1月20日',
  ].join('\n');
}

function recognise(text: string): ImportResult {
  const outcome = recogniseReport(textRows(text), 'text');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('layouts of real published reports, copied as text', () => {
  it('each cell on a line with a lone "|" on the line after it is one cell per line (a township page, 2023)', () => {
    // Every cell, then "|" — no mark where a row ends.
    const barAfterCell = (rows: Row[]) => rows.flatMap((row) => row.flatMap((cell) => [cell, '|']));
    const text = report('某镇人民政府', { active: activeRows(['0', '0', '6'], zeros(3), '0', '0', '0', '0'), applications: applicationRows(), appeals: appealsRows() }, barAfterCell);
    const { report: read, notes } = recognise(text);
    expect(read.cells['active.regulations.inForce']).toBe(6);
    expect(read.cells['active.fees.amount']).toBe('0');
    for (const r of APPLICATION_ROWS) expect(read.cells[`applications.${r.key}.total`]).toBe(0);
    expect(read.cells['appeals.review.total']).toBe(0);
    expect(notes.filter((n) => n.kind === 'unparsed' || n.kind === 'missing' && n.cells.length > 0)).toEqual([]);
  });

  it('rows opened by a lone "|", each cell ending " |", the last one followed by the empty bars of merged cells (a district office, 2022)', () => {
    const rowStartBars = (rows: Row[]) =>
      rows.flatMap((row) => ['|', ...row.map((cell, k) => (k === row.length - 1 && row.length === 8 ? `${cell} | |||||||||` : `${cell} |`))]);
    const one = (natural: string): Row => [natural, '0', '0', '0', '0', '0', natural];
    const applications = applicationRows({
      received: one('8'),
      granted: one('2'),
      partlyGranted: one('2'),
      'withheld.processInformation': one('1'),
      'unavailable.notHeld': one('2'),
      'otherHandling.other': one('1'),
      resultsTotal: one('8'),
    });
    // The 规章 row's 现行有效件数 was printed empty.
    const text = report('某区人民政府办公室', { active: activeRows(['0', '0', ''], ['5', '12', '8'], '0', '0', '0', '0'), applications, appeals: appealsRows() }, rowStartBars);
    const { report: read, notes } = recognise(text);
    expect(read.cells['applications.received.natural']).toBe(8);
    expect(read.cells['applications.received.total']).toBe(8);
    expect(read.cells['applications.resultsTotal.total']).toBe(8);
    expect(read.cells['applications.withheld.processInformation.total']).toBe(1);
    expect(read.cells['active.normativeDocuments.repealed']).toBe(12);
    expect(read.cells['active.regulations.inForce']).toBe(0);
    expect(notes.find((n) => n.cells.includes('active.regulations.inForce'))?.kind).toBe('blank');
    expect(notes.filter((n) => n.kind === 'unparsed')).toEqual([]);
  });

  it('a mirror that prints pinyin after characters (規(guī)章) is read without the glosses, and says so', () => {
    const glossed = (rows: Row[]) =>
      rows.map((row) =>
        row.map((cell) => cell.replace('规章', '規(guī)章').replace('规范性', '規(guī)范性').replace('现行', '現(xiàn)行').replace('数', '數(shù)')).join(' | ') + ' |',
      );
    const text = report('某镇人民政府', { active: activeRows(zeros(3), ['1', '0', '3'], '0', '41', '4', '0'), applications: applicationRows(), appeals: appealsRows() }, glossed);
    const { report: read, notes } = recognise(text);
    expect(read.cells['active.normativeDocuments.inForce']).toBe(3);
    expect(read.cells['active.penalties.decisions']).toBe(41);
    expect(read.cells['active.enforcement.decisions']).toBe(4);
    expect(notes.some((n) => n.kind === 'variant' && n.message.includes('拼音'))).toBe(true);
    expect(notes.filter((n) => n.kind === 'unparsed' || n.kind === 'missing' && n.cells.length > 0)).toEqual([]);
  });

  it('a table printed with every row label and not one number is all blanks (0, noted), not a missing table', () => {
    const labelsOnly = (rows: Row[]) => rows.flatMap((row) => (/^\d+$/.test(row[1] ?? '') || row[1] === '' ? [row[0]!] : row));
    const text = report('某镇人民政府', { active: activeRows(zeros(3), zeros(3), '', '', '', ''), applications: applicationRows(), appeals: appealsRows() }, (rows) =>
      labelsOnly(rows).filter((line) => !/^\d+$/.test(line)),
    );
    const { report: read, notes } = recognise(text);
    expect(read.cells['active.licensing.decisions']).toBe(0);
    expect(read.cells['applications.received.natural']).toBe(0);
    expect(read.cells['applications.carriedForward.total']).toBe(0);
    expect(notes.find((n) => n.cells.includes('applications.received.natural'))?.kind).toBe('blank');
    expect(notes.some((n) => n.message.includes('没有找到表三'))).toBe(false);
  });

  it('without a 四、 heading, the column header 总计 is not taken for （七）总计: a table 三 cut short leaves table 四 missing, not misread', () => {
    // 总计 comes out on a line of its own with the empty cells of the merged header after it, as a copied page gives it.
    const rows = (lines: Row[]) =>
      lines.flatMap((row) => (row.at(-1) === '总计' ? [row.slice(0, -1), ['总计', '', '', '', '']] : [row])).map((row) => row.join('\t'));
    const text = [
      '某局2022年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      ...rows(activeRows(zeros(3), zeros(3), '16', '0', '0', '0')),
      '三、收到和处理政府信息公开申请情况',
      ...rows(applicationRows().slice(0, 6)),
    ].join('\n');
    const { report: read, notes } = recognise(text);
    expect(read.cells['applications.received.natural']).toBe(0);
    expect(read.cells['appeals.review.total']).toBeNull();
    expect(notes.find((n) => n.cells.includes('appeals.review.total'))?.kind).toBe('missing');
  });
});
