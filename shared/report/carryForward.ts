/**
 * Next year's draft from last year's report (report-format.md, "Carrying balances forward"):
 * 上年结转 per column = last year's 结转下年度; 现行有效 starts at last year's value; agency, level and issuer
 * stay; everything else starts empty (0). Last year's 五 is not copied: the editor shows it beside this year's.
 */
import { ACTIVE_DOCUMENT_ROWS, APPLICANT_COLUMNS, CELLS, FEE_CELL_ID, applicationCellId } from '../catalogue/cells.js';
import { reportTitle } from '../catalogue/sections.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type CellValue, type Report } from './schema.js';

/** All 200 cells at zero (the fee as "0"). */
export function zeroCells(): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const cell of CELLS) cells[cell.id] = cell.kind === 'fee' ? '0' : 0;
  return cells;
}

export function carryForward(last: Report): Report {
  const cells = zeroCells();
  for (const col of APPLICANT_COLUMNS) {
    cells[applicationCellId('carriedOver', col.key)] = last.cells[applicationCellId('carriedForward', col.key)] ?? null;
  }
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const id = `active.${row.key}.inForce`;
    cells[id] = last.cells[id] ?? null;
  }
  cells[FEE_CELL_ID] = '0';
  const year = last.year + 1;
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    template: TEMPLATE_2021,
    agency: last.agency,
    level: last.level,
    year,
    title: reportTitle(last.agency, year),
    preamble: '',
    sections: { overview: '', problems: '', other: '' },
    cells,
    issuer: last.issuer,
    date: null,
    signoff: null,
  };
}
