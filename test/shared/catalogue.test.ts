import { describe, expect, it } from 'vitest';
import { CELLS, CELL_BY_ID, CELL_IDS, RESULT_ROW_KEYS } from '../../shared/catalogue/cells.js';
import { APPLICATIONS_NOTE, placeCells, TABLE_LAYOUTS, type TableLayout } from '../../shared/catalogue/layout.js';

/** Places every layout cell on a grid, as a renderer would, and fails on overlaps or holes. */
function placeOnGrid(table: TableLayout): (string | null)[][] {
  const grid: (string | null)[][] = table.rows.map(() => Array<string | null>(table.columnCount).fill(null));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < table.columnCount && grid[r]![c] !== null) c++;
      const name = cell.kind === 'label' ? `label:${cell.text}` : `value:${cell.cellId}`;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const target = grid[r + dr];
          if (!target || c + dc >= table.columnCount) throw new Error(`${table.key}: ${name} runs off the grid`);
          if (target[c + dc] !== null) throw new Error(`${table.key}: ${name} overlaps ${target[c + dc]}`);
          target[c + dc] = name;
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}

describe('placing layout cells (the PDF, the screens and the keyboard map all use placeCells)', () => {
  it.each(TABLE_LAYOUTS.map((t) => [t.key, t] as const))('%s: every cell sits where a browser would put it', (_key, table) => {
    const grid = placeOnGrid(table);
    for (const placed of placeCells(table).flat()) {
      const name = placed.cell.kind === 'label' ? `label:${placed.cell.text}` : `value:${placed.cell.cellId}`;
      for (let dr = 0; dr < placed.rowSpan; dr++) for (let dc = 0; dc < placed.colSpan; dc++) expect(grid[placed.row + dr]![placed.column + dc]).toBe(name);
    }
  });
});

describe('cell catalogue', () => {
  it('has exactly the 200 ids of the report format, each once', () => {
    expect(CELL_IDS).toHaveLength(200);
    expect(new Set(CELL_IDS).size).toBe(200);
    expect(CELLS.filter((c) => c.table === 'active')).toHaveLength(10);
    expect(CELLS.filter((c) => c.table === 'applications')).toHaveLength(175);
    expect(CELLS.filter((c) => c.table === 'appeals')).toHaveLength(15);
    expect(CELLS.filter((c) => c.kind === 'fee').map((c) => c.id)).toEqual(['active.fees.amount']);
  });

  it.each([
    ['active.regulations.issued', '规章', '本年制发件数'],
    ['active.normativeDocuments.inForce', '行政规范性文件', '现行有效件数'],
    ['active.fees.amount', '行政事业性收费', '本年收费金额（单位：万元）'],
    ['applications.partlyGranted.natural', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '自然人'],
    ['applications.withheld.securityStability.otherOrg', '3.危及“三安全一稳定”', '其他'],
    ['applications.unavailable.needsCreation.total', '2.没有现成信息需要另行制作', '总计'],
    ['applications.otherHandling.feeUnpaid.legalService', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '法律服务机构'],
    ['applications.carriedForward.total', '四、结转下年度继续办理', '总计'],
    ['appeals.litigationAfterReview.pending', '复议后起诉', '尚未审结'],
  ])('prints %s with its exact labels', (id, row, column) => {
    expect(CELL_BY_ID.get(id)).toMatchObject({ rowLabel: row, columnLabel: column });
  });

  it('sums the 21 result rows into （七）总计', () => {
    expect(RESULT_ROW_KEYS).toHaveLength(21);
    expect(RESULT_ROW_KEYS[0]).toBe('granted');
    expect(RESULT_ROW_KEYS.at(-1)).toBe('otherHandling.other');
  });
});

describe('table layout', () => {
  it.each(TABLE_LAYOUTS.map((t) => [t.key, t] as const))('%s fills its grid with no hole and no overlap', (_key, table) => {
    const grid = placeOnGrid(table);
    for (const row of grid) expect(row.every((c) => c !== null)).toBe(true);
  });

  it('draws every one of the 200 cells exactly once', () => {
    const drawn = TABLE_LAYOUTS.flatMap((t) => t.rows.flat()).flatMap((c) => (c.kind === 'value' ? [c.cellId] : []));
    expect(drawn.sort()).toEqual([...CELL_IDS].sort());
  });

  it('draws table 三 as the template: the 勾稽 note over 3×3, 三、本年度办理结果 spanning 22 rows', () => {
    const table = TABLE_LAYOUTS.find((t) => t.key === 'applications')!;
    expect(table.rows[0]![0]).toMatchObject({ text: APPLICATIONS_NOTE, rowSpan: 3, colSpan: 3 });
    expect(APPLICATIONS_NOTE).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    const results = table.rows.flat().find((c) => c.kind === 'label' && c.text === '三、本年度办理结果');
    expect(results).toMatchObject({ rowSpan: 22, vertical: true });
    const spans = Object.fromEntries(
      table.rows.flat().flatMap((c) => (c.kind === 'label' && /^（[三四五六]）/.test(c.text) ? [[c.text, c.rowSpan]] : [])),
    );
    expect(spans).toEqual({ '（三）不予公开': 8, '（四）无法提供': 3, '（五）不予处理': 5, '（六）其他处理': 3 });
    expect(table.rows).toHaveLength(3 + 25);
  });

  it('draws table 四 with 行政复议 over 5 columns and 行政诉讼 over 10', () => {
    const table = TABLE_LAYOUTS.find((t) => t.key === 'appeals')!;
    expect(table.rows[0]).toMatchObject([
      { text: '行政复议', colSpan: 5 },
      { text: '行政诉讼', colSpan: 10 },
    ]);
    expect(table.rows[3]!.map((c) => (c.kind === 'value' ? c.cellId : ''))[4]).toBe('appeals.review.total');
  });

  it('draws table 二 with the four captions of the template', () => {
    const table = TABLE_LAYOUTS.find((t) => t.key === 'active')!;
    const captions = table.rows.flat().flatMap((c) => (c.kind === 'label' && c.role === 'caption' ? [c.text] : []));
    expect(captions).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
  });
});
