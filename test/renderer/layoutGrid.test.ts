/**
 * The table layouts as rows of an HTML table (renderer/src/tables/layoutGrid.ts), which the print preview and
 * the editor draw: every cell lands in the grid column its label or number belongs to.
 */
import { describe, expect, it } from 'vitest';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS, type TableLayout } from '../../shared/catalogue/layout.js';
import { layoutGrid } from '../../renderer/src/tables/layoutGrid.js';

const layout = (key: TableLayout['key']): TableLayout => TABLE_LAYOUTS.find((t) => t.key === key)!;
const valueCells = (key: TableLayout['key']) =>
  layoutGrid(layout(key)).flatMap((row) => row.cells.flatMap((c) => (c.cell.kind === 'value' ? [{ id: c.cell.cellId, column: c.column, colSpan: c.colSpan }] : [])));

describe('table layouts as grid rows', () => {
  it.each(TABLE_LAYOUTS.map((t) => [t.key, t] as const))('fills every row of table %s exactly, with no overlap or hole', (_key, table) => {
    const grid = layoutGrid(table);
    const covered = grid.map(() => new Array<number>(table.columnCount).fill(0));
    for (const row of grid) {
      for (const cell of row.cells) {
        for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
          for (let c = cell.column; c < cell.column + cell.colSpan; c++) covered[r]![c]!++;
        }
      }
    }
    expect(covered.every((row) => row.every((n) => n === 1))).toBe(true);
    expect(new Set(grid.flatMap((row) => row.cells.map((c) => c.key))).size).toBe(grid.flatMap((row) => row.cells).length);
  });

  it('puts each number of table 三 under its applicant column, after the three label columns', () => {
    for (const { id, column } of valueCells('applications')) {
      const columnKey = id.split('.').pop();
      expect(column).toBe(3 + APPLICANT_COLUMNS.findIndex((c) => c.key === columnKey));
    }
  });

  it('puts each number of table 四 under its group and outcome', () => {
    for (const { id, column } of valueCells('appeals')) {
      const [, group, outcome] = id.split('.');
      const expected = APPEAL_GROUPS.findIndex((g) => g.key === group) * 5 + APPEAL_COLUMNS.findIndex((c) => c.key === outcome);
      expect(column).toBe(expected);
    }
  });

  it('spans the decisions and the fee of table 二 over the three number columns', () => {
    expect(valueCells('active').filter((c) => c.colSpan === 3).map((c) => c.id)).toEqual([
      'active.licensing.decisions',
      'active.penalties.decisions',
      'active.enforcement.decisions',
      'active.fees.amount',
    ]);
  });

  it('marks the header rows a table repeats, and aligns as the template does', () => {
    const grid = layoutGrid(layout('applications'));
    expect(grid.map((row) => row.header)).toEqual(grid.map((_row, i) => i < 3));
    const vertical = grid.flatMap((row) => row.cells).find((c) => c.cell.kind === 'label' && c.cell.vertical)!;
    expect([vertical.row, vertical.column, vertical.rowSpan, vertical.align]).toEqual([5, 0, 22, 'center']);
    const received = grid[3]!.cells[0]!;
    expect([received.cell.kind === 'label' && received.cell.text, received.align]).toEqual(['一、本年新收政府信息公开申请数量', 'left']);
    expect(grid.flatMap((row) => row.cells).filter((c) => c.cell.kind === 'value').every((c) => c.align === 'center')).toBe(true);
  });
});
