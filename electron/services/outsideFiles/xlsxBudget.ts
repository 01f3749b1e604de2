/**
 * Opening an .xlsx from elsewhere (the ledger, the roster) without letting read-excel-file inflate anything:
 * every part it reads (.xml and .rels) is inflated here by our capped ZIP reader (entry count, bytes per entry
 * and in total counted while inflating, decision 0010), the XML is measured (sheet extent and row count, shared
 * strings, the longest text, no DTD or entity declarations), and only then is a new archive of those parts,
 * *stored* (not compressed), handed to read-excel-file. read-excel-file's own unzip reads local entries as a
 * stream, so an entry hidden from the central directory, or named twice, would otherwise be inflated without
 * any cap; in the rebuilt archive there is nothing to inflate and nothing we did not measure. What the library
 * builds from the parts is bounded once more (total text of all cells), and the outside-files worker's heap,
 * memory and time limits stand behind all of it (outsideWorkerPool.ts).
 */
import readXlsxFile from 'read-excel-file/node';
import { zipSync } from 'fflate';
import { ZipError, ZipReader } from '../../../shared/import/readers/zip.js';

export interface XlsxBudget {
  /** Rows of one sheet (by cell reference and by <row> elements). */
  readonly rows: number;
  /** Columns of one sheet (by cell reference). */
  readonly columns: number;
  /** Entries of the shared strings table (<si>). */
  readonly sharedStrings: number;
  /** Characters of one piece of text (Excel itself allows 32,767 in a cell). */
  readonly cellChars: number;
  /** Characters of all cells of all sheets together, as read (a shared string counts at every cell using it). */
  readonly totalChars: number;
}

export const XLSX_BUDGET: XlsxBudget = {
  rows: 200_000,
  columns: 500,
  sharedStrings: 1_000_000,
  cellChars: 32_767,
  totalChars: 64 * 1024 * 1024,
};

export type XlsxProblem =
  | 'damaged'
  | 'notXlsx'
  | 'inflatesTooMuch'
  | 'tooManyEntries'
  | 'tooManyCells'
  | 'tooManyStrings'
  | 'cellTooLong'
  | 'declaresEntities'
  | 'tooMuchText';

export interface XlsxSheet {
  readonly sheet: string;
  readonly data: unknown[][];
}

export type XlsxRead = { readonly ok: true; readonly sheets: XlsxSheet[] } | { readonly ok: false; readonly problem: XlsxProblem };

/** The parts read-excel-file reads (its own filter: .xml and .xml.rels); images and printer settings are not passed on. */
const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');
const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

export async function readXlsxCapped(bytes: Uint8Array, budget: XlsxBudget = XLSX_BUDGET): Promise<XlsxRead> {
  const parts: Record<string, Uint8Array> = {};
  try {
    const zip = new ZipReader(bytes);
    const names = zip.names();
    if (!names.includes('xl/workbook.xml')) return { ok: false, problem: 'notXlsx' };
    const decoder = new TextDecoder();
    for (const name of names) {
      if (name.endsWith('/')) continue;
      // Every entry counts against the caps (a bomb anywhere in the archive is refused, as before the worker);
      // only the XML parts are measured and passed on.
      const data = zip.read(name);
      if (!isXmlPart(name)) continue;
      const problem = measureXml(name, decoder.decode(data), budget);
      if (problem) return { ok: false, problem };
      parts[name] = data;
    }
  } catch (error) {
    if (error instanceof ZipError && error.reason === 'tooLarge') return { ok: false, problem: 'inflatesTooMuch' };
    if (error instanceof ZipError && error.reason === 'tooManyEntries') return { ok: false, problem: 'tooManyEntries' };
    return { ok: false, problem: 'damaged' };
  }
  let sheets: XlsxSheet[];
  try {
    // Stored, not deflated: read-excel-file copies bytes we have already measured and inflates nothing.
    const rebuilt = zipSync(parts, { level: 0 });
    sheets = (await readXlsxFile(Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength))) as unknown as XlsxSheet[];
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!Array.isArray(sheets)) return { ok: false, problem: 'damaged' };
  return textOf(sheets) > budget.totalChars ? { ok: false, problem: 'tooMuchText' } : { ok: true, sheets };
}

/** What is wrong with one inflated part, or null. */
function measureXml(name: string, xml: string, budget: XlsxBudget): XlsxProblem | null {
  // Excel never writes a DTD; entity declarations are how an XML "billion laughs" is built.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return 'declaresEntities';
  if (longestText(xml) > budget.cellChars) return 'cellTooLong';
  if (name === 'xl/sharedStrings.xml' || /sharedStrings[^/]*\.xml$/.test(name)) {
    if (countTags(xml, '<si>', '<si ', '<si/>') > budget.sharedStrings) return 'tooManyStrings';
  }
  if (isSheet(name) && sheetTooLarge(xml, budget)) return 'tooManyCells';
  return null;
}

/** Occurrences of either opening form of a tag. */
function countTags(xml: string, ...forms: string[]): number {
  let count = 0;
  for (const form of forms) for (let at = xml.indexOf(form); at >= 0; at = xml.indexOf(form, at + form.length)) count++;
  return count;
}

/** The longest text between two tags, counting an entity (&amp; &#x4E00;) as the one character it stands for. */
function longestText(xml: string): number {
  let longest = 0;
  for (let open = xml.indexOf('>'); open >= 0; ) {
    const close = xml.indexOf('<', open + 1);
    const end = close < 0 ? xml.length : close;
    // Only a long raw run can be long once its entities are read.
    if (end - open - 1 > longest) longest = Math.max(longest, decodedLength(xml, open + 1, end));
    if (close < 0) break;
    open = xml.indexOf('>', close);
  }
  return longest;
}

function decodedLength(xml: string, from: number, to: number): number {
  let length = to - from;
  for (let at = xml.indexOf('&', from); at >= 0 && at < to; at = xml.indexOf('&', at + 1)) {
    const semicolon = xml.indexOf(';', at);
    if (semicolon > at && semicolon < to && semicolon - at <= 10) length -= semicolon - at;
  }
  return length;
}

/** A sheet whose cells reach past the budget's rows or columns, or that has more <row> elements than rows. */
function sheetTooLarge(xml: string, budget: XlsxBudget): boolean {
  const ref = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,9})"/g;
  for (let m = ref.exec(xml); m; m = ref.exec(xml)) {
    let column = 0;
    for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
    if (column > budget.columns || Number(m[2]) > budget.rows) return true;
  }
  const rowRef = /<row\b[^>]*?\br="(\d{1,10})"/g;
  for (let m = rowRef.exec(xml); m; m = rowRef.exec(xml)) if (Number(m[1]) > budget.rows) return true;
  return countTags(xml, '<row>', '<row ', '<row/>') > budget.rows;
}

/** Characters of every text cell as read-excel-file gives them (numbers and dates are short). */
function textOf(sheets: readonly XlsxSheet[]): number {
  let total = 0;
  for (const sheet of sheets) {
    for (const row of sheet.data ?? []) {
      if (!Array.isArray(row)) continue;
      for (const value of row) if (typeof value === 'string') total += value.length;
    }
  }
  return total;
}
