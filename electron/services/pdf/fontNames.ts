/**
 * The names a font file gives itself, read from its `name` table without loading the whole file: a TrueType
 * or OpenType font (.ttf/.otf) or each face of a collection (.ttc). Only the header, the table directories and
 * the name tables are read, so a folder of large CJK fonts is scanned in milliseconds. A file that is not a
 * font, or is cut short, gives a FontFileError — never a crash.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface FaceNames {
  /** Index of the face in a collection (0 for a single font). */
  readonly index: number;
  /** Every family name the face carries (name IDs 1 and 16, all languages): "仿宋", "FangSong", … */
  readonly families: readonly string[];
  /** The PostScript name (name ID 6), which pdfkit uses to pick a face out of a collection. */
  readonly postscriptName: string;
  /** True for a face of a collection (.ttc): fontkit and pdfkit must be told which face. */
  readonly inCollection: boolean;
}

export class FontFileError extends Error {
  override readonly name = 'FontFileError';
}

const MAX_FACES = 64;
const MAX_TABLES = 512;
const MAX_NAME_TABLE = 4 * 1024 * 1024;

/** Reads `length` bytes at `position`, or throws when the file is shorter. */
function readAt(fd: number, size: number, position: number, length: number): Buffer {
  if (position < 0 || length < 0 || position + length > size) throw new FontFileError('文件不完整');
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n <= 0) throw new FontFileError('文件不完整');
    done += n;
  }
  return buffer;
}

const SFNT_VERSIONS = new Set([0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */]);

/** The names of every face in the font file at `path`. */
export function readFontNames(path: string): FaceNames[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, size, 0, 12);
    const tag = head.readUInt32BE(0);
    if (tag === 0x74746366 /* ttcf */) {
      const count = head.readUInt32BE(8);
      if (count === 0 || count > MAX_FACES) throw new FontFileError('字体集合的字体数不对');
      const offsets = readAt(fd, size, 12, 4 * count);
      return Array.from({ length: count }, (_, i) => ({ ...faceNames(fd, size, offsets.readUInt32BE(4 * i), i), inCollection: true }));
    }
    if (!SFNT_VERSIONS.has(tag)) throw new FontFileError('不是 TrueType/OpenType 字体');
    return [{ ...faceNames(fd, size, 0, 0), inCollection: false }];
  } finally {
    closeSync(fd);
  }
}

function faceNames(fd: number, size: number, offset: number, index: number): Omit<FaceNames, 'inCollection'> {
  const header = readAt(fd, size, offset, 12);
  if (!SFNT_VERSIONS.has(header.readUInt32BE(0))) throw new FontFileError('字体数据已损坏');
  const tables = header.readUInt16BE(4);
  if (tables === 0 || tables > MAX_TABLES) throw new FontFileError('字体表目录已损坏');
  const directory = readAt(fd, size, offset + 12, 16 * tables);
  for (let t = 0; t < tables; t++) {
    if (directory.toString('latin1', 16 * t, 16 * t + 4) !== 'name') continue;
    const at = directory.readUInt32BE(16 * t + 8);
    const length = directory.readUInt32BE(16 * t + 12);
    if (length < 6 || length > MAX_NAME_TABLE) throw new FontFileError('字体名称表已损坏');
    return { index, ...namesIn(readAt(fd, size, at, length)) };
  }
  throw new FontFileError('字体没有名称表');
}

/** Family and PostScript names from a `name` table (Windows Unicode and Mac Roman records). */
export function namesIn(table: Buffer): { families: string[]; postscriptName: string } {
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const families = new Set<string>();
  let postscriptName = '';
  for (let r = 0; r < count; r++) {
    const at = 6 + 12 * r;
    if (at + 12 > table.length) throw new FontFileError('字体名称表已损坏');
    const platform = table.readUInt16BE(at);
    const nameId = table.readUInt16BE(at + 6);
    const length = table.readUInt16BE(at + 8);
    const start = strings + table.readUInt16BE(at + 10);
    if (nameId !== 1 && nameId !== 16 && nameId !== 6) continue;
    if (start + length > table.length) throw new FontFileError('字体名称表已损坏');
    const bytes = table.subarray(start, start + length);
    let text: string;
    if (platform === 3 || platform === 0) text = length % 2 === 0 ? Buffer.from(bytes).swap16().toString('utf16le') : '';
    else if (platform === 1) text = bytes.toString('latin1');
    else continue;
    text = text.split('\u0000').join('').trim();
    if (!text) continue;
    if (nameId === 6) postscriptName ||= text;
    else families.add(text);
  }
  return { families: [...families], postscriptName };
}
