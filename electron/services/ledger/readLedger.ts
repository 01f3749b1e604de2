/**
 * Reading the office's ledger file (.xlsx or .csv) into records: the bytes are sniffed, an .xlsx is checked
 * entry by entry under the ZIP caps of decision 0010 (and its sheets for an absurd extent) before
 * read-excel-file sees it, a CSV is decoded as UTF-8 or GBK (GB18030). The header row and the column of each
 * field are found as offices write them, and every choice can be overridden. Never throws.
 */
import readXlsxFile from 'read-excel-file/node';
import { ZipError, ZipReader } from '../../../shared/import/readers/zip.js';
import { detectLayout, mapHeaders, missingColumnsMessage, recordsFromRows } from '../../../shared/ledger/columns.js';
import type { ColumnMapping, LedgerLayout } from '../../../shared/ledger/columns.js';
import { parseCsv } from '../../../shared/ledger/csv.js';
import type { LedgerRecord } from '../../../shared/ledger/types.js';
import { readFileCapped } from '../files/readCapped.js';
import { sniffBytes } from '../files/sniff.js';
import { decodeText } from '../import/decodeText.js';
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
      /** Rows of the sheet as text (for the mapping step's preview). */
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

/** Column letters and row number of the largest cell reference in a sheet's XML. */
function sheetExtentTooLarge(xml: string): boolean {
  const ref = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
  for (let m = ref.exec(xml); m; m = ref.exec(xml)) {
    const letters = m[1]!;
    let column = 0;
    for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
    if (column > MAX_COLUMNS || Number(m[2]) > MAX_ROWS) return true;
  }
  const rowRef = /<row\b[^>]*?\br="(\d{1,9})"/g;
  for (let m = rowRef.exec(xml); m; m = rowRef.exec(xml)) if (Number(m[1]) > MAX_ROWS) return true;
  return false;
}

/** Checks the archive under our caps; a refusal, or null when the library may read it. */
function precheckXlsx(bytes: Uint8Array): string | null {
  try {
    const zip = new ZipReader(bytes);
    const names = zip.names();
    if (!names.includes('xl/workbook.xml')) return refusals.notXlsx;
    const decoder = new TextDecoder();
    for (const name of names) {
      if (name.endsWith('/')) continue;
      const data = zip.read(name);
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(name) && sheetExtentTooLarge(decoder.decode(data))) return refusals.tooManyCells;
    }
    return null;
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.reason === 'tooLarge') return refusals.zipTooLarge;
      if (error.reason === 'tooManyEntries') return refusals.zipTooManyEntries;
      return refusals.damagedXlsx;
    }
    return refusals.damagedXlsx;
  }
}

async function xlsxSheets(bytes: Uint8Array): Promise<SheetsResult> {
  const refused = precheckXlsx(bytes);
  if (refused) return { ok: false, message: refused };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as never;
  } catch {
    return { ok: false, message: refusals.damagedXlsx };
  }
  if (!Array.isArray(sheets) || sheets.length === 0) return { ok: false, message: refusals.noSheet };
  return {
    ok: true,
    sheets: sheets.map((s) => ({ name: String(s.sheet), rows: (s.data ?? []).map((row) => (row ?? []).map(cellText)) })),
  };
}

function csvSheets(bytes: Uint8Array): SheetsResult {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: refusals.notText };
  const rows = parseCsv(text);
  if (rows.length > MAX_ROWS || rows.some((r) => r.length > MAX_COLUMNS)) return { ok: false, message: refusals.tooManyCells };
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

/** The same for a file path; a refusal names the file. */
export async function readLedgerFile(path: string, options: LedgerReadOptions = {}): Promise<LedgerRead> {
  const bytes = await readFileCapped(path, MAX_LEDGER_BYTES, refusals);
  if (!bytes.ok) return bytes;
  const read = await readLedgerBytes(bytes.bytes, options);
  if (read.ok) return read.missingColumns ? { ...read, missingColumns: `“${path}”：${read.missingColumns}` } : read;
  return { ok: false, message: `“${path}”${/^(是|中|包含|解压|既|不是|的)/.test(read.message) ? '' : '：'}${read.message}` };
}
