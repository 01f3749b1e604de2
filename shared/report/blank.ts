/** A new, blank report for an agency and year: every count 0, the fee "0", no prose, no date. */
import { CELLS } from '../catalogue/cells.js';
import { reportTitle, type AgencyLevel } from '../catalogue/sections.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type CellValue, type Report } from './schema.js';

/** All 200 cells at zero (the fee as "0"). */
export function zeroCells(): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const cell of CELLS) cells[cell.id] = cell.kind === 'fee' ? '0' : 0;
  return cells;
}

export interface NewReportInput {
  readonly agency: string;
  readonly level: AgencyLevel;
  readonly year: number;
  readonly issuer?: string;
}

export function blankReport({ agency, level, year, issuer = '' }: NewReportInput): Report {
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    template: TEMPLATE_2021,
    agency,
    level,
    year,
    title: reportTitle(agency, year),
    preamble: '',
    sections: { overview: '', problems: '', other: '' },
    cells: zeroCells(),
    issuer,
    date: null,
    signoff: null,
  };
}
