/**
 * The roster file (名单): plain text or .csv (UTF-8, UTF-16 or GBK/GB18030 as Chinese Windows saves it) or the
 * first sheet of an .xlsx that has names. Never throws: the roster, or one Chinese sentence naming the file.
 * The bytes are read in the outside-files worker (rosterOutside, readRosterFile); an .xlsx is opened under the
 * caps of ../outsideFiles/xlsxBudget.ts, so read-excel-file never inflates anything itself.
 */
import { rosterFromRows, rosterFromText, type RosterResult } from '../../../shared/rollup/roster.js';
import { decodeText } from '../import/decodeText.js';
import { readFileCapped } from '../files/readCapped.js';
import { sniffBytes } from '../files/sniff.js';
import { outsideFiles } from '../outsideFiles/outsideWorkerPool.js';
import { readXlsxCapped, XLSX_BUDGET, type XlsxBudget, type XlsxProblem } from '../outsideFiles/xlsxBudget.js';

const MAX_ROSTER_BYTES = 8 * 1024 * 1024;
const ROSTER_LINES = 100_000;
const ROSTER_COLUMNS = 500;
const ROSTER_LINE_CHARS = 10_000;
const ROSTER_XLSX_BUDGET: XlsxBudget = { ...XLSX_BUDGET, rows: ROSTER_LINES, columns: ROSTER_COLUMNS };

export async function readRosterFile(path: string): Promise<RosterResult> {
  const read = await readFileCapped(path, MAX_ROSTER_BYTES, {
    directory: (p) => `名单“${p}”是一个文件夹，不是文件`,
    tooLarge: (p, size) => `名单“${p}”过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是单位名单`,
  });
  if (!read.ok) return { ok: false, message: `无法读取名单：${read.message}` };
  return rosterOutside(path, read.bytes);
}

/** rosterFromBytes in the outside-files worker: the records process only sends the bytes and gets plain data back. */
export function rosterOutside(name: string, bytes: Uint8Array): Promise<RosterResult> {
  return outsideFiles().read({ kind: 'roster', name, bytes });
}

/** Each way the capped opener stops an .xlsx (../outsideFiles/xlsxBudget.ts), as the roster's predicate. */
const XLSX_REFUSALS: Record<XlsxProblem, string> = {
  damaged: '不是可读取的 Excel（.xlsx）文件，可能已损坏',
  notXlsx: '是压缩文件，但不是 Excel 表格（.xlsx）',
  inflatesTooMuch: '解压后过大，不像是单位名单（可能是恶意构造的文件）',
  tooManyEntries: '包含的文件过多（可能是恶意构造的压缩文件），已停止读取',
  tooManyCells: `的表格过大（超过${ROSTER_LINES / 10_000}万行或${ROSTER_COLUMNS}列），不像是单位名单`,
  tooManyStrings: '中的文字条目过多（可能是恶意构造的 Excel 文件），已停止读取',
  cellTooLong: '中有一段文字超过 Excel 单元格允许的32767个字（可能是恶意构造的文件），已停止读取',
  declaresEntities: '中含有 Excel 不会写入的 XML 实体声明（可能是恶意构造的文件），已停止读取',
  tooMuchText: '中的文字总量过大（可能是恶意构造的 Excel 文件），已停止读取',
};

/** The roster in a file's bytes (runs in the outside-files worker; tests may call it in place). */
export async function rosterFromBytes(name: string, bytes: Uint8Array): Promise<RosterResult> {
  const kind = sniffBytes(bytes);
  let result: RosterResult;
  if (kind === 'zip') {
    const read = await readXlsxCapped(bytes, ROSTER_XLSX_BUDGET);
    if (!read.ok) return { ok: false, message: `名单“${name}”${XLSX_REFUSALS[read.problem]}` };
    const withNames = read.sheets.map((s) => rosterFromRows(s.data)).find((r) => r.ok);
    result = withNames ?? { ok: false, message: '名单的工作表中没有任何单位名称' };
  } else if (kind === 'text') {
    const text = decodeText(bytes);
    if (text === null) return { ok: false, message: `名单“${name}”不是文本文件（应为每行一个单位的文本、.csv 或 .xlsx）` };
    if (!textFitsRoster(text)) return { ok: false, message: `名单“${name}”的行数过多或某一行过长（超过${ROSTER_LINES / 10_000}万行，或一行超过${ROSTER_LINE_CHARS}个字），不像是单位名单` };
    result = rosterFromText(text);
  } else {
    return { ok: false, message: `名单“${name}”不是文本、.csv 或 .xlsx 文件${kind === 'oldOffice' ? '（旧版 .xls 请另存为 .xlsx）' : ''}` };
  }
  return result.ok ? result : { ok: false, message: `名单“${name}”：${result.message}` };
}

/**
 * A roster is a list of units (a county has a few hundred; a city a few thousand): a text of more than
 * ROSTER_LINES lines, or a line longer than ROSTER_LINE_CHARS, is not one — and splitting a single 8 MB line
 * on its commas would build millions of cells. Counted before anything is split.
 */
function textFitsRoster(text: string): boolean {
  let lines = 0;
  let lineStart = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 10;
    if (code !== 10 && code !== 13) continue;
    if (at - lineStart > ROSTER_LINE_CHARS) return false;
    if (++lines > ROSTER_LINES) return false;
    lineStart = at + 1;
  }
  return true;
}
