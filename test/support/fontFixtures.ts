/**
 * Open fonts laid out as an office's machine has its fonts: a copy of a free font (Noto Serif SC from
 * node_modules, DejaVu from Debian) with its name table rewritten to an office family (仿宋_GB2312, 黑体 …) and
 * saved under the office file name (simfang.ttf …), and collections (.ttc) built from such copies. Never a
 * commercial font: only the names are the offices'.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultFontDir } from '../../electron/services/pdf/fonts.js';

export const NOTO_REGULAR = (): Buffer => readFileSync(`${defaultFontDir()}/400Regular/NotoSerifSC_400Regular.ttf`);
export const NOTO_BOLD = (): Buffer => readFileSync(`${defaultFontDir()}/700Bold/NotoSerifSC_700Bold.ttf`);
export const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

interface Table {
  readonly tag: string;
  readonly data: Buffer;
}

function tablesOf(font: Buffer): { version: number; tables: Table[] } {
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.push({ tag: font.toString('latin1', at, at + 4), data: font.subarray(offset, offset + font.readUInt32BE(at + 12)) });
  }
  return { version: font.readUInt32BE(0), tables };
}

/** A name table with the family in Chinese (zh-CN) and English records, and the PostScript name. */
function nameTable(family: string, postscript: string): Buffer {
  const records: [platform: number, encoding: number, language: number, nameId: number, text: string][] = [
    [3, 1, 0x0409, 1, postscript],
    [3, 1, 0x0409, 2, 'Regular'],
    [3, 1, 0x0409, 4, postscript],
    [3, 1, 0x0409, 6, postscript],
    [3, 1, 0x0804, 1, family],
    [3, 1, 0x0804, 4, family],
  ];
  const strings = records.map(([, , , , text]) => Buffer.from(text, 'utf16le').swap16());
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach(([platform, encoding, language, nameId], i) => {
    const at = 6 + 12 * i;
    header.writeUInt16BE(platform, at);
    header.writeUInt16BE(encoding, at + 2);
    header.writeUInt16BE(language, at + 4);
    header.writeUInt16BE(nameId, at + 6);
    header.writeUInt16BE(strings[i]!.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** One font's header, directory and tables, the tables placed from `base` (a collection's fonts follow each other). */
function layOut(version: number, tables: readonly Table[], base: number): { head: Buffer; body: Buffer } {
  const head = Buffer.alloc(12 + 16 * tables.length);
  head.writeUInt32BE(version, 0);
  head.writeUInt16BE(tables.length, 4);
  let offset = base + head.length;
  const parts: Buffer[] = [];
  [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1)).forEach((table, i) => {
    const at = 12 + 16 * i;
    head.write(table.tag, at, 'latin1');
    head.writeUInt32BE(0, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(pad4(table.data.length));
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return { head, body: Buffer.concat(parts) };
}

/** `font` with its names replaced: family `family` (Chinese) and PostScript name `postscript`. */
export function renamedFont(font: Buffer, family: string, postscript: string): Buffer {
  const { version, tables } = tablesOf(font);
  const renamed = tables.map((t) => (t.tag === 'name' ? { tag: 'name', data: nameTable(family, postscript) } : t));
  const { head, body } = layOut(version, renamed, 0);
  return Buffer.concat([head, body]);
}

/** A collection (.ttc) of the given single fonts, in order. */
export function collection(fonts: readonly Buffer[]): Buffer {
  const header = Buffer.alloc(12 + 4 * fonts.length);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(fonts.length, 8);
  const parts: Buffer[] = [header];
  let offset = header.length;
  fonts.forEach((font, i) => {
    const { version, tables } = tablesOf(font);
    const { head, body } = layOut(version, tables, offset);
    header.writeUInt32BE(offset, 12 + 4 * i);
    parts.push(head, body);
    offset += head.length + body.length;
  });
  return Buffer.concat(parts);
}

export function writeFont(path: string, bytes: Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}
