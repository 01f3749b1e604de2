/**
 * The three tables drawn as in the official Word template (captions, header rows, merged cells), as data.
 * Rows list only the cells that start in that row, as HTML does: a cell with `rowSpan` 3 occupies the same
 * columns in the next two rows. Screens, the PDF and the importers all draw from this one description.
 */
import {
  ACTIVE_DECISION_ROWS,
  ACTIVE_DOCUMENT_COLUMNS,
  ACTIVE_DOCUMENT_ROWS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DECISIONS_COLUMN_LABEL,
  FEE_CELL_ID,
  FEE_COLUMN_LABEL,
  FEE_ROW_LABEL,
  RESULT_GROUPS,
  appealCellId,
  applicationCellId,
} from './cells.js';
import { SECTION_HEADINGS } from './sections.js';

export type LabelRole = 'caption' | 'columnHeader' | 'rowHeader' | 'note';

export type LayoutCell =
  | { readonly kind: 'label'; readonly text: string; readonly role: LabelRole; readonly rowSpan?: number; readonly colSpan?: number; readonly vertical?: boolean }
  | { readonly kind: 'value'; readonly cellId: string; readonly rowSpan?: number; readonly colSpan?: number; readonly computed?: boolean };

export interface TableLayout {
  readonly key: 'active' | 'applications' | 'appeals';
  /** The section heading printed above the table. */
  readonly heading: string;
  readonly columnCount: number;
  /** Rows at the top that a renderer repeats when the table breaks across pages. */
  readonly headerRowCount: number;
  readonly rows: readonly (readonly LayoutCell[])[];
}

const label = (text: string, role: LabelRole, span: { rowSpan?: number; colSpan?: number; vertical?: boolean } = {}): LayoutCell => ({
  kind: 'label',
  text,
  role,
  ...span,
});
const value = (cellId: string, span: { rowSpan?: number; colSpan?: number; computed?: boolean } = {}): LayoutCell => ({
  kind: 'value',
  cellId,
  ...span,
});

function activeTable(): TableLayout {
  const rows: LayoutCell[][] = [];
  rows.push([label('第二十条第（一）项', 'caption', { colSpan: 4 })]);
  rows.push([label('信息内容', 'columnHeader'), ...ACTIVE_DOCUMENT_COLUMNS.map((c) => label(c.label, 'columnHeader'))]);
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    rows.push([label(row.label, 'rowHeader'), ...ACTIVE_DOCUMENT_COLUMNS.map((c) => value(`active.${row.key}.${c.key}`))]);
  }
  let lastCaption = '';
  for (const row of ACTIVE_DECISION_ROWS) {
    if (row.caption !== lastCaption) {
      rows.push([label(row.caption, 'caption', { colSpan: 4 })]);
      rows.push([label('信息内容', 'columnHeader'), label(DECISIONS_COLUMN_LABEL, 'columnHeader', { colSpan: 3 })]);
      lastCaption = row.caption;
    }
    rows.push([label(row.label, 'rowHeader'), value(`active.${row.key}.decisions`, { colSpan: 3 })]);
  }
  rows.push([label('第二十条第（八）项', 'caption', { colSpan: 4 })]);
  rows.push([label('信息内容', 'columnHeader'), label(FEE_COLUMN_LABEL, 'columnHeader', { colSpan: 3 })]);
  rows.push([label(FEE_ROW_LABEL, 'rowHeader'), value(FEE_CELL_ID, { colSpan: 3 })]);
  return { key: 'active', heading: SECTION_HEADINGS.active, columnCount: 4, headerRowCount: 0, rows };
}

export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

function applicationsTable(): TableLayout {
  const rows: LayoutCell[][] = [];
  const valueCells = (rowKey: string): LayoutCell[] =>
    APPLICANT_COLUMNS.map((c) => value(applicationCellId(rowKey, c.key), { computed: c.key === 'total' || rowKey === 'resultsTotal' }));
  rows.push([label(APPLICATIONS_NOTE, 'note', { rowSpan: 3, colSpan: 3 }), label('申请人情况', 'columnHeader', { colSpan: 7 })]);
  rows.push([
    label('自然人', 'columnHeader', { rowSpan: 2 }),
    label('法人或其他组织', 'columnHeader', { colSpan: 5 }),
    label('总计', 'columnHeader', { rowSpan: 2 }),
  ]);
  rows.push(APPLICANT_COLUMNS.slice(1, 6).map((c) => label(c.label, 'columnHeader')));

  const resultRowCount = APPLICATION_ROWS.filter((r) => r.group).length; // 22
  const groupSizes = new Map<string, number>();
  for (const r of APPLICATION_ROWS) if (r.group) groupSizes.set(r.group, (groupSizes.get(r.group) ?? 0) + 1);
  let resultsStarted = false;
  let currentGroup: string | undefined;
  for (const row of APPLICATION_ROWS) {
    const cells: LayoutCell[] = [];
    if (!row.group) {
      cells.push(label(row.label, 'rowHeader', { colSpan: 3 }));
    } else {
      if (!resultsStarted) {
        cells.push(label('三、本年度办理结果', 'rowHeader', { rowSpan: resultRowCount, vertical: true }));
        resultsStarted = true;
      }
      const size = groupSizes.get(row.group)!;
      if (size === 1) {
        cells.push(label(row.label, 'rowHeader', { colSpan: 2 }));
      } else {
        if (row.group !== currentGroup) {
          cells.push(label(RESULT_GROUPS.find((g) => g.key === row.group)!.label, 'rowHeader', { rowSpan: size }));
        }
        cells.push(label(row.label, 'rowHeader'));
      }
      currentGroup = row.group;
    }
    cells.push(...valueCells(row.key));
    rows.push(cells);
  }
  return { key: 'applications', heading: SECTION_HEADINGS.applications, columnCount: 10, headerRowCount: 3, rows };
}

function appealsTable(): TableLayout {
  const rows: LayoutCell[][] = [];
  rows.push([label('行政复议', 'columnHeader', { colSpan: 5 }), label('行政诉讼', 'columnHeader', { colSpan: 10 })]);
  rows.push([
    ...APPEAL_COLUMNS.map((c) => label(c.label, 'columnHeader', { rowSpan: 2 })),
    label(APPEAL_GROUPS[1].label, 'columnHeader', { colSpan: 5 }),
    label(APPEAL_GROUPS[2].label, 'columnHeader', { colSpan: 5 }),
  ]);
  rows.push([...APPEAL_COLUMNS, ...APPEAL_COLUMNS].map((c) => label(c.label, 'columnHeader')));
  rows.push(APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => value(appealCellId(g.key, c.key), { computed: c.key === 'total' }))));
  return { key: 'appeals', heading: SECTION_HEADINGS.appeals, columnCount: 15, headerRowCount: 3, rows };
}

export const TABLE_LAYOUTS: readonly TableLayout[] = [activeTable(), applicationsTable(), appealsTable()];

/**
 * How a cell's text is aligned, as the official template sets it: numbers and column headers centred; captions,
 * the note and the row labels of table 三 flush left; the row labels of table 二 (规章, 行政许可 …), merged
 * group labels and the vertical 三、本年度办理结果 centred. The PDF and the screens both follow it.
 */
export function cellAlignment(tableKey: TableLayout['key'], cell: LayoutCell): 'left' | 'center' {
  if (cell.kind === 'value') return 'center';
  if (cell.role === 'caption' || cell.role === 'note') return 'left';
  if (cell.role === 'rowHeader') return tableKey === 'active' || cell.vertical || (cell.rowSpan ?? 1) > 1 ? 'center' : 'left';
  return 'center';
}

/** A cell of a layout placed on its table's grid: the row and column of its top-left corner, and its spans. */
export interface GridPlacement {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly cell: LayoutCell;
}

/**
 * Where every cell of a layout sits, as a browser lays out an HTML table: each row's cells take the next columns
 * not covered by a rowSpan from above. One list per row, in the row's order. The screens, the PDF and the
 * keyboard map all place cells with this.
 */
export function placeCells(layout: TableLayout): GridPlacement[][] {
  const covered = layout.rows.map(() => new Array<boolean>(layout.columnCount).fill(false));
  return layout.rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while (covered[r]![column]) column++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let rr = r; rr < Math.min(r + rowSpan, covered.length); rr++) {
        for (let cc = column; cc < column + colSpan; cc++) covered[rr]![cc] = true;
      }
      const placed = { row: r, column, rowSpan, colSpan, cell };
      column += colSpan;
      return placed;
    });
  });
}
