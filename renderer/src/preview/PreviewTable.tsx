/** One of tables 二/三/四 as printed: every label as the catalogue spells it, merged cells, numbers centred. */
import type { TableLayout } from '../../../shared/catalogue/layout.js';
import { printedCell } from '../../../shared/report/printedText.js';
import type { Report } from '../../../shared/report/schema.js';
import { layoutGrid, type PlacedCell, type PlacedRow } from '../tables/layoutGrid.js';
import { columnPercents } from './columnWidths.js';

export interface PreviewTableProps {
  readonly layout: TableLayout;
  readonly report: Report;
}

export function PreviewTable({ layout, report }: PreviewTableProps) {
  const rows = layoutGrid(layout);
  const header = rows.filter((row) => row.header);
  const body = rows.filter((row) => !row.header);
  return (
    <table className={`preview-table preview-table-${layout.key}`}>
      <colgroup>
        {columnPercents(layout).map((percent, i) => (
          <col key={i} style={{ width: `${percent}%` }} />
        ))}
      </colgroup>
      {header.length > 0 && <thead>{header.map((row) => tableRow(row, report))}</thead>}
      <tbody>{body.map((row) => tableRow(row, report))}</tbody>
    </table>
  );
}

function tableRow(row: PlacedRow, report: Report) {
  return <tr key={row.key}>{row.cells.map((cell) => tableCell(cell, report))}</tr>;
}

function tableCell(grid: PlacedCell, report: Report) {
  const { cell } = grid;
  const spans = {
    rowSpan: grid.rowSpan > 1 ? grid.rowSpan : undefined,
    colSpan: grid.colSpan > 1 ? grid.colSpan : undefined,
  };
  const align = grid.align === 'left' ? 'preview-left' : 'preview-center';
  if (cell.kind === 'value') {
    return (
      <td key={grid.key} {...spans} className={`preview-value ${align}`} data-cell={cell.cellId}>
        {printedCell(report, cell.cellId)}
      </td>
    );
  }
  const role = `preview-${cell.role}`;
  if (cell.vertical) {
    return (
      <th key={grid.key} {...spans} scope="rowgroup" className={`${role} ${align} preview-vertical-cell`}>
        <span className="preview-vertical">{cell.text}</span>
      </th>
    );
  }
  const scope = cell.role === 'rowHeader' ? 'row' : cell.role === 'columnHeader' ? 'col' : undefined;
  return (
    <th key={grid.key} {...spans} scope={scope} className={`${role} ${align}`}>
      {cell.text}
    </th>
  );
}
