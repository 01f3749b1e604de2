/**
 * Reading a whole file the person chose, refusing a folder or a file larger than the caller's cap before any
 * byte is read. Never throws: the bytes, or one Chinese sentence naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { describeFileError } from './fileErrors.js';

export type BytesResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

export interface CappedReadRefusals {
  directory(path: string): string;
  tooLarge(path: string, size: number): string;
}

export async function readFileCapped(path: string, maxBytes: number, refusals: CappedReadRefusals): Promise<BytesResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: refusals.directory(path) };
    if (info.size > maxBytes) return { ok: false, message: refusals.tooLarge(path, info.size) };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, message: describeFileError(error, path, '读取') };
  }
}
