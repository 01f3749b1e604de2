/**
 * The roster file (名单): plain text or .csv (UTF-8, UTF-16 or GBK/GB18030 as Chinese Windows saves it) or the
 * first sheet of an .xlsx that has names. Never throws: the roster, or one Chinese sentence naming the file.
 */
import readXlsxFile from 'read-excel-file/node';
import { ZipError, ZipReader } from '../../../shared/import/readers/zip.js';
import { rosterFromRows, rosterFromText, type RosterResult } from '../../../shared/rollup/roster.js';
import { decodeText } from '../import/decodeText.js';
import { readFileCapped } from '../files/readCapped.js';
import { sniffBytes } from '../files/sniff.js';

const MAX_ROSTER_BYTES = 8 * 1024 * 1024;

export async function readRosterFile(path: string): Promise<RosterResult> {
  const read = await readFileCapped(path, MAX_ROSTER_BYTES, {
    directory: (p) => `名单“${p}”是一个文件夹，不是文件`,
    tooLarge: (p, size) => `名单“${p}”过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是单位名单`,
  });
  if (!read.ok) return { ok: false, message: `无法读取名单：${read.message}` };
  return rosterFromBytes(path, read.bytes);
}

export async function rosterFromBytes(name: string, bytes: Buffer): Promise<RosterResult> {
  const kind = sniffBytes(bytes);
  let result: RosterResult;
  if (kind === 'zip') {
    const bomb = zipProblem(bytes);
    if (bomb) return { ok: false, message: `名单“${name}”${bomb}` };
    let sheets: { sheet: string; data: unknown[][] }[];
    try {
      sheets = (await readXlsxFile(bytes)) as unknown as { sheet: string; data: unknown[][] }[];
    } catch {
      return { ok: false, message: `名单“${name}”不是可读取的 Excel（.xlsx）文件，可能已损坏` };
    }
    const withNames = sheets.map((s) => rosterFromRows(s.data)).find((r) => r.ok);
    result = withNames ?? { ok: false, message: '名单的工作表中没有任何单位名称' };
  } else if (kind === 'text') {
    const text = decodeText(bytes);
    if (text === null) return { ok: false, message: `名单“${name}”不是文本文件（应为每行一个单位的文本、.csv 或 .xlsx）` };
    result = rosterFromText(text);
  } else {
    return { ok: false, message: `名单“${name}”不是文本、.csv 或 .xlsx 文件${kind === 'oldOffice' ? '（旧版 .xls 请另存为 .xlsx）' : ''}` };
  }
  return result.ok ? result : { ok: false, message: `名单“${name}”：${result.message}` };
}

/**
 * A spreadsheet is hostile input like any outside file (decision 0012): before read-excel-file inflates it, the
 * archive's directory and the parts it will inflate are read once with our capped reader (entry count, inflated
 * bytes per entry and in total), so a zip bomb is refused instead of filling memory.
 */
function zipProblem(bytes: Uint8Array): string | null {
  try {
    const zip = new ZipReader(bytes);
    for (const part of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
      if (zip.has(part)) zip.read(part);
    }
    return null;
  } catch (error) {
    if (error instanceof ZipError && (error.reason === 'tooLarge' || error.reason === 'tooManyEntries')) return '解压后过大，不像是单位名单（可能是恶意构造的文件）';
    return '不是可读取的 Excel（.xlsx）文件，可能已损坏';
  }
}
