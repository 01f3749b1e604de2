/**
 * Reading the office's ledger file (.xlsx or .csv) into records: the bytes are sniffed, an .xlsx is opened under
 * the caps of ../outsideFiles/xlsxBudget.ts (read-excel-file never inflates anything itself), a CSV is decoded as
 * UTF-8 or GBK (GB18030) and split with limits. The header row and the column of each field are found as offices
 * write them, and every choice can be overridden. Never throws.
 *
 * readLedgerBytes is what the outside-files worker runs (../outsideFiles/outsideJobs.ts); the app and the CLI
 * call readLedgerOutside / readLedgerFile, which send the bytes to that worker, so a hostile spreadsheet costs
 * the worker (heap, memory and time limits), never the process that holds the records.
 */
import { detectLayout, mapHeaders, missingColumnsMessage, recordsFromRows } from '../../../shared/ledger/columns.js';
import type { ColumnMapping, LedgerLayout } from '../../../shared/ledger/columns.js';
import { parseCsvCapped } from '../../../shared/ledger/csv.js';
import type { LedgerRecord } from '../../../shared/ledger/types.js';
import { readFileCapped } from '../files/readCapped.js';
import { sniffBytes } from '../files/sniff.js';
import { decodeText } from '../import/decodeText.js';
import { outsideFiles } from '../outsideFiles/outsideWorkerPool.js';
import { readXlsxCapped, XLSX_BUDGET, type XlsxProblem } from '../outsideFiles/xlsxBudget.js';
import { ledgerRefusals as refusals } from './refusals.js';

export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 200_000;
const MAX_COLUMNS = 500;

export interface LedgerSheet {
  readonly name: string;
  readonly rows: string[][];
}

export type SheetsResult = { readonly ok: true; readonly sheets: LedgerSheet[] } | { readonly ok: false; readonly message: string };

export interface LedgerReadOptions {
  /** The sheet to read (default: the one whose header names most of the needed columns). */
  readonly sheet?: string;
  /** 0-based header row and the column of each field, as the clerk corrected them. */
  readonly headerRow?: number;
  readonly mapping?: ColumnMapping;
}

export type LedgerRead =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly sheets: readonly string[];
      readonly layout: LedgerLayout;
      /** Rows of the sheet as text (for the mapping step's preview; through the worker, the first rows only). */
      readonly rows: readonly (readonly string[])[];
      readonly records: LedgerRecord[];
      /** What needed column is missing, as one sentence; null when the four are mapped. */
      readonly missingColumns: string | null;
    }
  | { readonly ok: false; readonly message: string };

/** A cell as text: real Excel dates as ISO dates, numbers as written, booleans as 是/否. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value).trim();
}

/** Each way the capped opener stops an .xlsx (../outsideFiles/xlsxBudget.ts), as the ledger's sentence. */
const XLSX_REFUSALS: Record<XlsxProblem, string> = {
  damaged: refusals.damagedXlsx,
  notXlsx: refusals.notXlsx,
  inflatesTooMuch: refusals.zipTooLarge,
  tooManyEntries: refusals.zipTooManyEntries,
  tooManyCells: refusals.tooManyCells,
  tooManyStrings: refusals.tooManyStrings,
  cellTooLong: refusals.cellTooLong,
  declaresEntities: refusals.declaresEntities,
  tooMuchText: refusals.tooMuchText,
};

async function xlsxSheets(bytes: Uint8Array): Promise<SheetsResult> {
  const read = await readXlsxCapped(bytes, { ...XLSX_BUDGET, rows: MAX_ROWS, columns: MAX_COLUMNS });
  if (!read.ok) return { ok: false, message: XLSX_REFUSALS[read.problem] };
  const sheets = read.sheets;
  if (sheets.length === 0) return { ok: false, message: refusals.noSheet };
  return {
    ok: true,
    sheets: sheets.map((s) => ({ name: String(s.sheet), rows: (s.data ?? []).map((row) => (row ?? []).map(cellText)) })),
  };
}

function csvSheets(bytes: Uint8Array): SheetsResult {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: refusals.notText };
  const rows = parseCsvCapped(text, { rows: MAX_ROWS, columns: MAX_COLUMNS, cellChars: XLSX_BUDGET.cellChars });
  if (rows === 'overLimit') return { ok: false, message: refusals.csvTooLarge };
  return { ok: true, sheets: [{ name: 'CSV', rows: rows.map((r) => r.map((c) => c.trim())) }] };
}

/** Every sheet of a ledger file as rows of text. */
export async function readLedgerSheets(bytes: Uint8Array): Promise<SheetsResult> {
  if (bytes.length === 0) return { ok: false, message: refusals.empty };
  switch (sniffBytes(bytes)) {
    case 'zip':
      return xlsxSheets(bytes);
    case 'oldOffice':
      return { ok: false, message: refusals.oldExcel };
    case 'text':
      return csvSheets(bytes);
    default:
      return { ok: false, message: refusals.notSpreadsheet };
  }
}

/** The records of a ledger file's bytes, with the layout that was used. */
export async function readLedgerBytes(bytes: Uint8Array, options: LedgerReadOptions = {}): Promise<LedgerRead> {
  const read = await readLedgerSheets(bytes);
  if (!read.ok) return read;
  const sheets = read.sheets;
  const names = sheets.map((s) => s.name);
  let chosen: LedgerSheet | undefined;
  let layout: LedgerLayout | null = null;
  if (options.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === options.sheet);
    if (!chosen) return { ok: false, message: refusals.sheetNotFound(options.sheet) };
    layout = detectLayout(chosen.rows);
  } else {
    let bestScore = -1;
    for (const sheet of sheets) {
      const candidate = detectLayout(sheet.rows);
      const score = candidate ? Object.keys(candidate.mapping).length : 0;
      if (score > bestScore) {
        chosen = sheet;
        layout = candidate;
        bestScore = score;
      }
    }
  }
  if (!chosen) return { ok: false, message: refusals.noSheet };
  if (chosen.rows.length === 0) return { ok: false, message: refusals.noRows };
  const headerRow = options.headerRow ?? layout?.headerRow ?? 0;
  const mapping =
    options.mapping ?? (options.headerRow === undefined ? layout?.mapping : mapHeaders(chosen.rows[headerRow] ?? [])) ?? {};
  const finalLayout: LedgerLayout = { headerRow, mapping, headers: chosen.rows[headerRow] ?? [] };
  const missing = layout || options.mapping || options.headerRow !== undefined ? missingColumnsMessage(mapping) : refusals.noHeader;
  return {
    ok: true,
    sheet: chosen.name,
    sheets: names,
    layout: finalLayout,
    rows: chosen.rows,
    records: missing ? [] : recordsFromRows(chosen.rows, finalLayout),
    missingColumns: missing,
  };
}

/** readLedgerBytes in the outside-files worker: the records process only sends the bytes and gets plain data back. */
export function readLedgerOutside(bytes: Uint8Array, options: LedgerReadOptions = {}): Promise<LedgerRead> {
  return outsideFiles().read({ kind: 'ledger', bytes, options });
}

/** The same for a file path; a refusal names the file. */
export async function readLedgerFile(path: string, options: LedgerReadOptions = {}): Promise<LedgerRead> {
  const bytes = await readFileCapped(path, MAX_LEDGER_BYTES, refusals);
  if (!bytes.ok) return bytes;
  const read = await readLedgerOutside(bytes.bytes, options);
  if (read.ok) return read.missingColumns ? { ...read, missingColumns: `“${path}”：${read.missingColumns}` } : read;
  return { ok: false, message: `“${path}”${/^(是|中|包含|解压|既|不是|的)/.test(read.message) ? '' : '：'}${read.message}` };
}
