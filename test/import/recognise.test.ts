// The recogniser on hand-made rows: what it places, what it refuses to guess, and when it refuses the input.
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../../shared/catalogue/cells.js';
import { recogniseReport } from '../../shared/import/recognise.js';
import type { ImportResult, SourceRow } from '../../shared/import/types.js';

const seven = (n: number): string[] => [String(n), '0', '0', '0', '0', '0', String(n)];

/** A minimal report: heading, table 三 with every row labelled (value = row index), table 四. */
function rows(edit: (table: SourceRow[]) => SourceRow[] = (t) => t): SourceRow[] {
  const table: SourceRow[] = APPLICATION_ROWS.map((r, i) => [r.label, ...seven(i)]);
  return [
    ['某县人民政府2023年政府信息公开工作年度报告'],
    ['一、总体情况'],
    ['本年度工作平稳。'],
    ['二、主动公开政府信息情况'],
    ['规章', '0', '0', '0'],
    ['三、收到和处理政府信息公开申请情况'],
    ...edit(table),
    ['四、政府信息公开行政复议、行政诉讼情况'],
    Array.from({ length: 15 }, () => '0'),
    ['五、存在的主要问题及改进情况'],
    ['有待加强。'],
    ['六、其他需要报告的事项'],
    ['无。'],
    ['某县人民政府办公室'],
    ['2024年1月18日'],
  ];
}

function recognise(source: SourceRow[]): ImportResult {
  const outcome = recogniseReport(source, 'text');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const index = (key: string) => APPLICATION_ROWS.findIndex((r) => r.key === key);

describe('recognising table rows', () => {
  it('reads every row of table 三 by its label', () => {
    const { report, notes } = recognise(rows());
    for (const [i, r] of APPLICATION_ROWS.entries()) expect(report.cells[`applications.${r.key}.natural`]).toBe(i);
    expect(notes.filter((n) => n.cells.some((id) => id.startsWith('applications.')))).toEqual([]);
  });

  it('reads rows in any order of the source, by label, not by position', () => {
    const { report } = recognise(rows((t) => [...t].reverse()));
    expect(report.cells['applications.received.natural']).toBe(0);
    expect(report.cells['applications.carriedForward.natural']).toBe(24);
  });

  it('a row with fewer numbers than columns is left null with an unparsed note, never guessed', () => {
    const { report, notes } = recognise(rows((t) => t.map((r) => (r[0] === '（一）予以公开' ? [r[0]!, '5', '0', '0', '5'] : r))));
    expect(report.cells['applications.granted.natural']).toBeNull();
    expect(report.cells['applications.granted.total']).toBeNull();
    const note = notes.find((n) => n.cells.includes('applications.granted.natural'));
    expect(note?.kind).toBe('unparsed');
    expect(note?.message).toContain('有4个数字');
  });

  it('a row with more numbers than columns is not cut down to fit', () => {
    const { report, notes } = recognise(rows((t) => t.map((r) => (r[0] === '（七）总计' ? [...r, '9'] : r))));
    expect(report.cells['applications.resultsTotal.natural']).toBeNull();
    expect(notes.some((n) => n.kind === 'unparsed' && n.cells.includes('applications.resultsTotal.total'))).toBe(true);
  });

  it('two lost labels in a gap of exactly two rows are placed by order, each with a note', () => {
    const lost = ['withheld.internalAffairs', 'withheld.processInformation'].map(index);
    const { report, notes } = recognise(rows((t) => t.map((r, i) => (lost.includes(i) ? ['', ...r.slice(1)] : r))));
    expect(report.cells['applications.withheld.internalAffairs.natural']).toBe(lost[0]);
    expect(report.cells['applications.withheld.processInformation.natural']).toBe(lost[1]);
    expect(notes.filter((n) => n.message.includes('行名在原文中缺失'))).toHaveLength(2);
  });

  it('a lost label is not placed when the gap does not make the position certain', () => {
    // Row 6 lost its label and row 7 vanished: one unlabelled row for two places.
    const lostAt = index('withheld.internalAffairs');
    const { report, notes } = recognise(rows((t) => t.filter((_, i) => i !== lostAt + 1).map((r, i) => (i === lostAt ? ['', ...r.slice(1)] : r))));
    expect(report.cells['applications.withheld.internalAffairs.natural']).toBeNull();
    expect(report.cells['applications.withheld.processInformation.natural']).toBeNull();
    expect(notes.filter((n) => n.kind === 'missing' && n.cells.includes('applications.withheld.internalAffairs.natural'))).toHaveLength(1);
  });

  it('a table that is not there is noted as missing and its cells are null', () => {
    const source = rows().filter((r) => r.length !== 15);
    const { report, notes } = recognise(source);
    expect(report.cells['appeals.review.total']).toBeNull();
    expect(notes.some((n) => n.kind === 'missing' && n.cells.length === 15)).toBe(true);
  });

  it('text that has no table of a report is refused with a sentence, not returned as an empty report', () => {
    const outcome = recogniseReport([['会议通知'], ['请各单位于周五前报送材料。']], 'text');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain('不像是一份政府信息公开工作年度报告');
  });

  it('traditional characters are converted before matching and the import says so', () => {
    const source = rows().map((r) => r.map((c) => c.replace('结转下年度继续办理', '結轉下年度繼續辦理').replace('总体情况', '總體情況')));
    const { report, notes } = recognise(source);
    expect(report.cells['applications.carriedForward.natural']).toBe(24);
    expect(notes.some((n) => n.kind === 'variant' && n.message.includes('繁体'))).toBe(true);
  });

  it('is deterministic: the same rows give the same result', () => {
    expect(JSON.stringify(recognise(rows()))).toBe(JSON.stringify(recognise(rows())));
  });
});
