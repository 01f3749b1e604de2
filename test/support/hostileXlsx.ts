/**
 * Hostile spreadsheets built in the tests (nothing of this size belongs in the repository): a small office
 * ledger's parts taken from our own writer, with one part replaced by an attack — a sheet that inflates to a
 * gigabyte of zeros (the deflate data is one flushed segment repeated, so it is made in milliseconds), shared
 * strings by the million, a sheet of 1,048,576 rows, entity declarations ("billion laughs"), one huge shared
 * string used by every cell, an entry hidden from the central directory. The ZIP is written here by hand, so
 * its directory can say what an attacker wants it to say.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { generateLedger } from './ledgers.js';
import { ledgerXlsx } from './ledgerFiles.js';

export interface ZipPart {
  readonly name: string;
  /** The stored data: deflated (method 8) unless `stored`. */
  readonly data: Buffer;
  readonly stored?: boolean;
  /** The inflated size written in the headers (an attacker may write anything). */
  readonly size: number;
  readonly crc?: number;
  /** In the archive's body but left out of the central directory. */
  readonly hidden?: boolean;
}

export const partOf = (name: string, content: Buffer | string): ZipPart => {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
};

/** A ZIP archive of these parts, local headers in order, then the central directory of those not hidden. */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const method = part.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    body.push(local, name, part.data);
    if (!part.hidden) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x0800, 8);
      central.writeUInt16LE(method, 10);
      central.writeUInt32LE(part.crc ?? 0, 16);
      central.writeUInt32LE(part.data.length, 20);
      central.writeUInt32LE(part.size >>> 0, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      directory.push(central, name);
      listed++;
    }
    offset += 30 + name.length + part.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, directoryBytes, end]);
}

/** Raw deflate data that inflates to `segment` repeated `times` times (each flushed segment stands alone). */
export function repeatedRawDeflate(segment: Buffer, times: number): Buffer {
  const flushed = deflateRawSync(segment, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(times).fill(flushed), Buffer.from([0x03, 0x00])]);
}

/** The parts of a real office ledger of `rows` rows, written by our own spreadsheet writer. */
export async function ledgerParts(rows = 20): Promise<ZipPart[]> {
  const unzipped = unzipSync(new Uint8Array(await ledgerXlsx(generateLedger(7, 2024, rows), { title: '某县2024年依申请公开台账' })));
  return Object.entries(unzipped).map(([name, data]) => partOf(name, Buffer.from(data)));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const MB = 1024 * 1024;

async function ledgerWith(replace: Record<string, ZipPart>, extra: ZipPart[] = []): Promise<Buffer> {
  const parts = (await ledgerParts()).map((p) => replace[p.name] ?? p);
  for (const [name, part] of Object.entries(replace)) if (!parts.some((p) => p.name === name)) parts.push(part);
  return zipOf([...parts, ...extra]);
}

/** The sheet replaced by a gigabyte of zeros; its headers claim 40 KB (so only inflating tells). */
export function zipBombXlsx(gigabytes = 1): Promise<Buffer> {
  const data = repeatedRawDeflate(Buffer.alloc(4 * MB), (gigabytes * 1024) / 4);
  return ledgerWith({ [SHEET]: { name: SHEET, data, size: 40_000 } });
}

/** Shared strings with `count` entries (the count attribute tells the truth). */
export function manyStringsXlsx(count = 2_000_000): Promise<Buffer> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${'<si><t/></si>'.repeat(count)}</sst>`;
  return ledgerWith({ [STRINGS]: partOf(STRINGS, xml) });
}

const sheetXml = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** A sheet of Excel's maximum 1,048,576 rows (one number each, written without references, as some writers do). */
export function millionRowsXlsx(rows = 1_048_576): Promise<Buffer> {
  return ledgerWith({ [SHEET]: partOf(SHEET, sheetXml('<row><c><v>0</v></c></row>'.repeat(rows))) });
}

/** Shared strings whose first entry is a "billion laughs": ten entities, each ten of the one before. */
export function billionLaughsXlsx(): Promise<Buffer> {
  const entities = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [${entities}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
  return ledgerWith({ [STRINGS]: partOf(STRINGS, xml) });
}

/** One shared string of Excel's maximum length, used by every cell of a sheet of `rows` rows × 10 columns. */
export function amplifiedStringXlsx(rows = 60_000): Promise<Buffer> {
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'字'.repeat(32_767)}</t></si></sst>`;
  const row = (r: number) => `<row r="${r}">${'ABCDEFGHIJ'.split('').map((c) => `<c r="${c}${r}" t="s"><v>0</v></c>`).join('')}</row>`;
  const body = Array.from({ length: rows }, (_, i) => row(i + 1)).join('');
  return ledgerWith({ [STRINGS]: partOf(STRINGS, strings), [SHEET]: partOf(SHEET, sheetXml(body)) });
}

/** One cell whose text is longer than Excel allows (a few MB of one letter). */
export function longCellXlsx(chars = 4 * MB): Promise<Buffer> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'a'.repeat(chars)}</t></si></sst>`;
  return ledgerWith({ [STRINGS]: partOf(STRINGS, xml) });
}

/** A good ledger with a gigabyte of zeros in a local entry the central directory does not list. */
export async function hiddenEntryXlsx(gigabytes = 1): Promise<Buffer> {
  const data = repeatedRawDeflate(Buffer.alloc(4 * MB), (gigabytes * 1024) / 4);
  // Put first, so that a reader scanning local headers (read-excel-file's) meets it before the real parts.
  return zipOf([{ name: 'xl/worksheets/sheet9.xml', data, size: 0, hidden: true }, ...(await ledgerParts())]);
}
