/**
 * Which picked files the 汇总 screen sends to `rollup.receive`: from a folder (a USB stick), the exchange files,
 * roll-up files and PDFs at any depth (hidden files and Office lock files passed over); files larger than the
 * 8 MB cap are answered here, in Chinese, without sending them. Pure apart from reading the bytes.
 */
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/api.js';
import type { ReceiveOutcome } from '../../../shared/rollup/contract.js';

export interface PickedFile {
  readonly name: string;
  /** The path inside the picked folder (`部门/县财政局.nianbao.json`), or the name for single files. */
  readonly path: string;
  readonly size: number;
}

const UNIT_FILE = /\.(json|pdf)$/i;

/** Files of a folder worth reading; every file picked one by one is read whatever its name. */
export function unitFilesOf<F extends PickedFile>(files: readonly F[], fromFolder: boolean): F[] {
  if (!fromFolder) return [...files];
  return files.filter((f) => UNIT_FILE.test(f.name) && !f.path.split('/').some((part) => part.startsWith('.') || part.startsWith('~$')));
}

/** The answer for a file too large to send (the same cap as every file the person picks). */
export function tooLarge(file: PickedFile): ReceiveOutcome | null {
  if (file.size <= MAX_IMPORT_FILE_BYTES) return null;
  return {
    fileName: file.path,
    outcome: 'unusable',
    agency: null,
    year: null,
    message: `“${file.path}”过大（${(file.size / 1024 / 1024).toFixed(1)} MB），不是年报交换文件或本软件生成的 PDF，已跳过`,
  };
}
