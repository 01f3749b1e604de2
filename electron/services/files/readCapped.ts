/**
 * Reading a whole file the person chose, refusing a folder, a device, a pipe or a file larger than the caller's
 * cap before any byte is read. Links are followed, and the cap holds for what is actually read (a file that
 * grows while it is read, or a link swapped for a device, still stops at the cap). Never throws: the bytes, or
 * one Chinese sentence naming the file.
 */
import { open, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { describeFileError } from './fileErrors.js';
import { specialFileKind as notRegular } from './fileKind.js';

export type BytesResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

export interface CappedReadRefusals {
  directory(path: string): string;
  tooLarge(path: string, size: number): string;
}

export async function readFileCapped(path: string, maxBytes: number, refusals: CappedReadRefusals): Promise<BytesResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: refusals.directory(path) };
    const kind = notRegular(info);
    if (kind || !info.isFile()) return { ok: false, message: `“${path}”是${kind ?? '特殊文件'}，不是普通文件，不能读取` };
    if (info.size > maxBytes) return { ok: false, message: refusals.tooLarge(path, info.size) };
    // O_NONBLOCK: a path swapped for a pipe after the check cannot hang the open.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const opened = await handle.stat();
      const openedKind = notRegular(opened);
      if (openedKind || !opened.isFile()) return { ok: false, message: `“${path}”是${openedKind ?? '特殊文件'}，不是普通文件，不能读取` };
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(opened.size + 1, 1)));
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          // One byte more than its size was room for: it is growing, or it is over the cap.
          if (length > maxBytes) return { ok: false, message: refusals.tooLarge(path, length) };
          return { ok: false, message: `“${path}”在读取时仍在变化（可能正被其他程序写入），请稍后再试` };
        }
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return { ok: false, message: refusals.tooLarge(path, length) };
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, message: describeFileError(error, path, '读取') };
  }
}
