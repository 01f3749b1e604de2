/**
 * Reading one entry of a ZIP archive (a .docx) with limits against zip bombs: at most MAX_ENTRIES entries,
 * every inflated byte counted while inflating (per entry and in total) and inflation stopped at the cap,
 * compressed data fed in small pieces so one piece cannot expand to more than a few MB.
 */
import { Inflate } from 'fflate';

export const MAX_ENTRIES = 4000;
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const PIECE = 4096;

export class ZipError extends Error {
  constructor(readonly reason: 'damaged' | 'tooLarge' | 'tooManyEntries' | 'unsupported') {
    super(reason);
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => {
  if (at + 2 > b.length) throw new ZipError('damaged');
  return b[at]! | (b[at + 1]! << 8);
};
const u32 = (b: Uint8Array, at: number): number => {
  if (at + 4 > b.length) throw new ZipError('damaged');
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
};

function centralDirectory(bytes: Uint8Array): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged');
  const count = u16(bytes, eocd + 10);
  if (count > MAX_ENTRIES) throw new ZipError('tooManyEntries');
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('unsupported');
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipError('damaged');
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > bytes.length) throw new ZipError('damaged');
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return entries;
}

/** An archive opened for reading a few entries under a shared byte budget. */
export class ZipReader {
  private readonly entries: Map<string, Entry>;
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = new Map(centralDirectory(bytes).map((e) => [e.name, e]));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Every entry's name, in the order of the central directory. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The inflated bytes of one entry; throws ZipError when damaged or over a limit. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('damaged');
    if (entry.size > MAX_ENTRY_BYTES) throw new ZipError('tooLarge');
    const local = entry.localOffset;
    if (u32(this.bytes, local) !== 0x04034b50) throw new ZipError('damaged');
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError('damaged');
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) return this.count(data.slice());
    if (entry.method !== 8) throw new ZipError('unsupported');
    const parts: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      this.countBytes(chunk.length, size);
      parts.push(chunk);
    });
    try {
      for (let offset = 0; offset < data.length; offset += PIECE) {
        inflater.push(data.subarray(offset, Math.min(offset + PIECE, data.length)), offset + PIECE >= data.length);
      }
    } catch (error) {
      throw error instanceof ZipError ? error : new ZipError('damaged');
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  private count(data: Uint8Array): Uint8Array {
    this.countBytes(data.length, data.length);
    return data;
  }

  private countBytes(added: number, entrySize: number): void {
    this.inflated += added;
    if (entrySize > MAX_ENTRY_BYTES || this.inflated > MAX_TOTAL_BYTES) throw new ZipError('tooLarge');
  }
}
