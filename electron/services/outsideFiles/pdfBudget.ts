/**
 * A look at every stream of a PDF from elsewhere *before* pdfjs decodes any of it: each Flate stream is inflated
 * here with a cap on its output (zlib stops at the cap, so a 2 MB file that would inflate to gigabytes costs a
 * few milliseconds and a few MB), LZW and RunLength streams are decoded the same way with a cap, and the
 * text-showing operators (Tj, TJ) of what was decoded are counted. A file over any cap is refused before pdfjs
 * sees it. Images are skipped (reading text and attachments never decodes them); streams that cannot be
 * measured here (encrypted ones) are left to the worker's own memory and time limits (outsideWorkerPool.ts).
 */
import { constants as bufferConstants } from 'node:buffer';
import { constants, inflateSync } from 'node:zlib';

export interface PdfBudget {
  /** Decoded bytes of one stream (a page's content, a font, an object stream). */
  readonly streamBytes: number;
  /** Decoded bytes of all streams together. */
  readonly totalBytes: number;
  /** Decoded bytes of one embedded file (our attachment is an exchange file: a few dozen KB). */
  readonly embeddedFileBytes: number;
  /** Text-showing operators (Tj, TJ, ', ") in all decoded streams. */
  readonly textOperators: number;
}

export const PDF_BUDGET: PdfBudget = {
  streamBytes: 32 * 1024 * 1024,
  totalBytes: 96 * 1024 * 1024,
  embeddedFileBytes: 8 * 1024 * 1024,
  textOperators: 400_000,
};

export type PdfBudgetVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: 'inflatesTooMuch' | 'attachmentTooLarge' | 'tooManyTextOperators' };

const STREAM = /stream\r?\n/g;

export function checkPdfBudget(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): PdfBudgetVerdict {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  let operators = 0;
  STREAM.lastIndex = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const keyword = match.index;
    if (text.slice(keyword - 3, keyword) === 'end') continue; // "endstream\n"
    const dictionary = dictionaryBefore(text, keyword);
    if (dictionary === null) continue;
    const start = keyword + match[0].length;
    const end = streamEnd(text, dictionary, start);
    STREAM.lastIndex = end;
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const embedded = /\/Type\s*\/EmbeddedFile\b/.test(dictionary);
    const cap = embedded ? budget.embeddedFileBytes : Math.min(budget.streamBytes, budget.totalBytes - total);
    const decoded = decode(bytes.subarray(start, end), filtersOf(dictionary), cap, dictionary);
    if (decoded === 'overCap') return { ok: false, reason: embedded ? 'attachmentTooLarge' : 'inflatesTooMuch' };
    if (decoded === null) continue;
    total += decoded.length;
    if (!embedded) operators += countTextOperators(decoded);
    if (operators > budget.textOperators) return { ok: false, reason: 'tooManyTextOperators' };
  }
  return { ok: true };
}

/** The dictionary of the stream whose keyword is at `keyword`: back to the "obj" that opens it. */
function dictionaryBefore(text: string, keyword: number): string | null {
  const from = Math.max(0, keyword - 4096);
  const head = text.slice(from, keyword);
  const obj = head.lastIndexOf('obj');
  const dictionary = obj >= 0 ? head.slice(obj + 3) : head;
  return dictionary.includes('<<') ? dictionary : null;
}

/** Where the stream's data ends: its direct /Length when that fits, else the next "endstream". */
function streamEnd(text: string, dictionary: string, start: number): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length) {
    const end = start + Number(length[1]);
    if (end <= text.length && /^\s*endstream/.test(text.slice(end, end + 32))) return end;
  }
  const found = text.indexOf('endstream', start);
  return found < 0 ? text.length : found;
}

function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!filter) return [];
  return [...filter[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
}

/** The stream decoded through its filters, 'overCap' when it would exceed `cap`, null when it cannot be measured. */
function decode(data: Uint8Array, filters: readonly string[], cap: number, dictionaryText = ''): Uint8Array | 'overCap' | null {
  let current: Uint8Array = data;
  for (const filter of filters) {
    switch (filter) {
      case 'FlateDecode':
      case 'Fl': {
        const inflated = inflateCapped(current, cap);
        if (inflated === 'overCap' || inflated === null) return inflated;
        current = inflated;
        break;
      }
      case 'LZWDecode':
      case 'LZW': {
        const decoded = lzwCapped(current, cap, !/\/EarlyChange\s+0\b/.test(dictionaryText));
        if (decoded === 'overCap') return decoded;
        current = decoded;
        break;
      }
      case 'RunLengthDecode':
      case 'RL': {
        const decoded = runLengthCapped(current, cap);
        if (decoded === 'overCap') return decoded;
        current = decoded;
        break;
      }
      case 'ASCIIHexDecode':
      case 'AHx':
        current = Buffer.from(Buffer.from(current).toString('latin1').replace(/[^0-9A-Fa-f]/g, ''), 'hex');
        break;
      case 'ASCII85Decode':
      case 'A85':
        current = ascii85(current);
        break;
      default:
        // Images (DCT, JPX, CCITT, JBIG2) are never decoded for text; Crypt is left to the worker's limits.
        return null;
    }
    if (current.length > cap) return 'overCap';
  }
  return filters.length === 0 ? (current.length > cap ? 'overCap' : current) : current;
}

function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'overCap' | null {
  try {
    // Z_SYNC_FLUSH: a truncated stream gives what it has (as pdfjs reads it) instead of an error.
    return inflateSync(data, { maxOutputLength: Math.min(cap, bufferConstants.MAX_LENGTH), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'overCap';
    return null;
  }
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1').replace(/\s/g, '');
  const endAt = text.indexOf('~>');
  const body = (endAt >= 0 ? text.slice(0, endAt) : text).replace(/^<~/, '');
  const out: number[] = [];
  let group: number[] = [];
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const code = ch.charCodeAt(0) - 33;
    if (code < 0 || code > 84) continue;
    group.push(code);
    if (group.length === 5) {
      const value = group.reduce((v, c) => v * 85 + c, 0);
      out.push((value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
      group = [];
    }
  }
  if (group.length > 1) {
    const n = group.length;
    while (group.length < 5) group.push(84);
    const value = group.reduce((v, c) => v * 85 + c, 0);
    out.push(...[(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].slice(0, n - 1));
  }
  return Uint8Array.from(out);
}

/** Tj, TJ, ' and " as operators (after a string or an array, before whitespace or the end). */
function countTextOperators(decoded: Uint8Array): number {
  let count = 0;
  for (let i = 1; i < decoded.length; i++) {
    const c = decoded[i]!;
    const isTj = c === 0x54 && (decoded[i + 1] === 0x6a || decoded[i + 1] === 0x4a); // T j / T J
    if (!isTj) continue;
    const after = decoded[i + 2];
    if (after !== undefined && after !== 0x20 && after !== 0x0a && after !== 0x0d && after !== 0x09) continue;
    count++;
  }
  return count;
}

/** LZW as PDF readers decode it (codes of 9–12 bits, 256 clear, 257 end), stopped at `cap` bytes of output. */
function lzwCapped(data: Uint8Array, cap: number, earlyChange: boolean): Uint8Array | 'overCap' {
  const early = earlyChange ? 1 : 0;
  const prefix = new Uint16Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    length[i] = 1;
  }
  const out = new Uint8Array(Math.min(cap, Math.max(1024, data.length * 4)));
  let buffer = out;
  let written = 0;
  let codeLength = 9;
  let nextCode = 258;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  const sequence = new Uint8Array(4096);
  for (;;) {
    while (bitCount < codeLength && at < data.length) {
      bits = ((bits << 8) | data[at++]!) >>> 0;
      bitCount += 8;
    }
    if (bitCount < codeLength) break;
    bitCount -= codeLength;
    const code = (bits >>> bitCount) & ((1 << codeLength) - 1);
    bits &= (1 << bitCount) - 1;
    if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    let n: number;
    if (code < 256 || code < nextCode) {
      n = code < 256 ? 1 : length[code]!;
      for (let j = n - 1, q = code; j >= 0; j--, q = prefix[q]!) sequence[j] = suffix[q]!;
    } else if (previous >= 0) {
      n = length[previous]! + 1;
      for (let j = n - 2, q = previous; j >= 0; j--, q = prefix[q]!) sequence[j] = suffix[q]!;
      sequence[n - 1] = sequence[0]!;
    } else break;
    if (previous >= 0 && nextCode < 4096) {
      prefix[nextCode] = previous;
      suffix[nextCode] = sequence[0]!;
      length[nextCode] = Math.min(length[previous]! + 1, 4095);
    }
    if (previous >= 0) {
      nextCode++;
      const m = nextCode + early;
      if ((m & (m - 1)) === 0) codeLength = Math.min(Math.log2(m) + 1, 12);
    }
    previous = code;
    if (written + n > cap) return 'overCap';
    if (written + n > buffer.length) {
      const grown = new Uint8Array(Math.min(cap, Math.max(buffer.length * 2, written + n)));
      grown.set(buffer.subarray(0, written));
      buffer = grown;
    }
    buffer.set(sequence.subarray(0, n), written);
    written += n;
  }
  return buffer.subarray(0, written);
}

/** RunLengthDecode (a length byte, then a literal run or one byte repeated), stopped at `cap` bytes of output. */
function runLengthCapped(data: Uint8Array, cap: number): Uint8Array | 'overCap' {
  const chunks: Uint8Array[] = [];
  let written = 0;
  let at = 0;
  while (at < data.length) {
    const n = data[at++]!;
    if (n === 128) break;
    const run = n < 128 ? data.subarray(at, at + n + 1) : new Uint8Array(257 - n).fill(data[at] ?? 0);
    at += n < 128 ? n + 1 : 1;
    written += run.length;
    if (written > cap) return 'overCap';
    chunks.push(run);
  }
  return Buffer.concat(chunks);
}
