/**
 * Reading a report file from disk and writing one safely. Reading never throws: it answers with the report
 * or one Chinese sentence naming the file; a PDF this app made yields the report attached inside it. Writing
 * goes to a temporary file that is synced and renamed over the target, so a full disk or a killed process
 * never leaves a half-written report or PDF.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readExchangeText } from '../../../shared/report/exchange.js';
import type { Report } from '../../../shared/report/schema.js';
import { outsideFiles } from '../outsideFiles/outsideWorkerPool.js';
import { readAttachedReport } from '../pdf/readAttachment.js';
import { describeFileError } from './fileErrors.js';
import { readFileCapped } from './readCapped.js';
import { sniffBytes } from './sniff.js';

/** An exchange file is a few dozen KB; anything this large is not one. */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;

export type ReportFileResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly message: string };

/**
 * The file at `path` read as a report. A PDF is parsed in the outside-files worker
 * (../outsideFiles/outsideWorkerPool.ts), never in this process: a hostile PDF costs that worker, not the records.
 */
export async function readReportFile(path: string): Promise<ReportFileResult> {
  const read = await readFileCapped(path, MAX_REPORT_FILE_BYTES, {
    directory: (p) => `“${p}”是一个文件夹，不是文件`,
    tooLarge: (p, size) => `“${p}”过大（${megabytes(size)}），不是年报交换文件（通常不超过1 MB）`,
  });
  if (!read.ok) return read;
  return reportFromBytes(path, read.bytes);
}

/**
 * The report in bytes already read from `path` (an exchange file or a PDF this app made); never throws. A PDF —
 * whose streams can inflate a thousandfold — is parsed in the outside-files worker; exchange JSON, already capped
 * in size and with nothing to inflate, is parsed here (a roll-up reads thousands of them).
 */
export async function reportFromBytes(path: string, bytes: Uint8Array): Promise<ReportFileResult> {
  if (sniffBytes(bytes) === 'pdf') return outsideFiles().read({ kind: 'report', name: path, bytes });
  return readReportBytes(path, bytes);
}

/** The bytes of the file `path` read as a report, in this thread (the outside-files worker calls this). */
export async function readReportBytes(path: string, bytes: Uint8Array): Promise<ReportFileResult> {
  const kind = sniffBytes(bytes);
  if (kind === 'pdf') return readOwnPdf(path, bytes);
  if (kind !== 'text') {
    return { ok: false, message: `“${path}”是${OTHER_KINDS[kind]}；这里只读年报交换文件（.nianbao.json）和本软件生成的 PDF，已发布的报告请用“导入”（nianbao import）读取` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `“${path}”不是 UTF-8 编码的文本文件，可能已损坏或不是年报交换文件` };
  }
  const result = readExchangeText(text);
  return result.ok ? result : { ok: false, message: `“${path}”：${result.message}` };
}

/** A PDF made by this app carries its exchange JSON as an attachment; any other PDF is a published one, for import. */
async function readOwnPdf(path: string, bytes: Uint8Array): Promise<ReportFileResult> {
  const attached = await readAttachedReport(bytes);
  switch (attached.kind) {
    case 'damaged':
      return { ok: false, message: `“${path}”是损坏的或无法读取的 PDF 文件` };
    case 'none':
      return { ok: false, message: `“${path}”是 PDF 文件，但不是年报软件生成的（没有附带报告数据）；已发布的报告请先用 nianbao import 导入` };
    case 'notUtf8':
      return { ok: false, message: `“${path}”附带的报告数据不是 UTF-8 文本，可能已损坏` };
    case 'attached': {
      const result = readExchangeText(attached.text);
      return result.ok ? result : { ok: false, message: `“${path}”附带的报告数据有误：${result.message}` };
    }
  }
}

/** Recognises files that are clearly something else, so the message can say what they are. */
const OTHER_KINDS: Record<'zip' | 'oldOffice' | 'sqlite', string> = {
  zip: 'Word 或其他压缩格式文件',
  oldOffice: '旧版 Word/Excel 文件（.doc/.xls）',
  sqlite: '数据库文件',
};

const megabytes = (size: number): string => `${(size / 1024 / 1024).toFixed(1)} MB`;

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Writes `text` to `path` atomically: temp file in the same folder, fsync, rename. */
export function writeTextFileAtomic(path: string, text: string): Promise<WriteResult> {
  return writeFileAtomic(path, text);
}

/**
 * Writes text (as UTF-8) or bytes (a PDF) to `path` atomically: a temporary file in the same folder (a short
 * name of its own, so any target name of legal length works), fsync, rename, then fsync of the folder so the
 * rename itself survives a power cut.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<WriteResult> {
  const temp = join(dirname(path), `.nianbao-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
    return { ok: true };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, message: describeFileError(error, path, '写入') };
  }
}

/** fsync of a folder (what makes a rename durable); Windows and some file systems refuse it, which is fine. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file itself was synced; the folder entry follows with the file system's own flush.
  }
}
