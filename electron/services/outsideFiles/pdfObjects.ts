/**
 * Every object of a PDF found the way pdfjs finds them when it rebuilds a broken cross-reference table: by
 * scanning the whole file for "n g obj", wherever it stands (inside another stream's data too, since a lying
 * xref can point there). Each stream is read as pdfjs reads it (Parser.makeStream): data after the end of the
 * line that holds "stream"; /Length (direct or indirect) when "endstream" follows it, else up to the first
 * "endstream" (or pdfjs's accepted misspellings). Trailers: every "trailer" dictionary and every XRef stream.
 */
import { isDict, isWhite, nameOf, PdfKeyword, PdfLexer, PdfRef, skipSpace, type PdfDict, type PdfValue } from './pdfSyntax.js';

export interface PdfStreamObject {
  readonly num: number;
  readonly gen: number;
  readonly dict: PdfDict;
  readonly start: number;
  readonly end: number;
}

export interface PdfFileObjects {
  readonly streams: readonly PdfStreamObject[];
  /** The last definition of each object number that is not a stream (as an incremental update replaces it). */
  readonly values: ReadonlyMap<number, PdfValue>;
  /** Every definition of each object number that is not a stream, in file order (pdfjs may be pointed at any). */
  readonly definitions: ReadonlyMap<number, readonly PdfValue[]>;
  /** Trailer dictionaries and XRef stream dictionaries, in file order. */
  readonly trailers: readonly PdfDict[];
  /**
   * The file is built so that reading its objects would take far more work than its size (object headers
   * hidden in comments or strings, each followed by the rest of the file): reading stopped.
   */
  readonly tooComplex: boolean;
}

/** Bytes read while parsing objects, as a multiple of the file's size (a real file needs about 1). */
const WORK_FACTOR = 8;

const SPACE = '(?:[\\0\\t\\n\\f\\r ]|%[^\\r\\n]*)+';
const HEADER = new RegExp(`(?<![0-9])(\\d{1,10})${SPACE}(\\d{1,5})${SPACE}obj(?![^\\0\\t\\n\\f\\r %()<>\\[\\]{}/])`, 'g');
const TRAILER = /trailer/g;
const END = /end(?:stream|steam[\0\t\n\f\r ]|strea[\0\t\n\f\r ])/g;

export function scanPdfObjects(bytes: Uint8Array): PdfFileObjects {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const values = new Map<number, PdfValue>();
  const definitions = new Map<number, PdfValue[]>();
  const pending: { num: number; gen: number; dict: PdfDict; after: number }[] = [];
  const trailers: PdfDict[] = [];
  let work = 0;
  const allowed = WORK_FACTOR * bytes.length + 1024 * 1024;
  const tooComplex = { streams: [], values, definitions, trailers, tooComplex: true };
  HEADER.lastIndex = 0;
  for (let match = HEADER.exec(text); match; match = HEADER.exec(text)) {
    const num = Number(match[1]);
    const gen = Number(match[2]);
    const from = match.index + match[0].length;
    const lexer = new PdfLexer(bytes, from);
    const value = lexer.readValue();
    const nextLexer = new PdfLexer(bytes, lexer.pos);
    const next = nextLexer.token();
    work += Math.max(lexer.furthest, nextLexer.furthest) - from;
    if (work > allowed) return tooComplex;
    if (value === undefined || value instanceof PdfKeyword) continue;
    const after = lexer.pos;
    if (isDict(value) && next.kind === 'keyword' && next.word === 'stream') {
      pending.push({ num, gen, dict: value, after: skipSpace(bytes, after) + 'stream'.length });
      if (nameOf(value.get('Type')) === 'XRef') trailers.push(value);
    } else {
      values.set(num, value);
      const earlier = definitions.get(num);
      if (earlier) earlier.push(value);
      else definitions.set(num, [value]);
    }
  }
  TRAILER.lastIndex = 0;
  for (let match = TRAILER.exec(text); match; match = TRAILER.exec(text)) {
    const lexer = new PdfLexer(bytes, match.index + match[0].length);
    const value = lexer.readValue();
    work += lexer.furthest - lexer.pos + (lexer.pos - match.index);
    if (work > allowed) return tooComplex;
    if (!(value instanceof PdfKeyword) && isDict(value)) trailers.push(value);
  }
  const ends = endMarkers(text);
  const streams = pending.map(({ num, gen, dict, after }) => {
    const start = dataStart(bytes, after);
    // An indirect /Length defined more than once: the longest reading (each decoder reads a prefix the same way).
    const length = dict.get('Length');
    const lengths = length instanceof PdfRef ? (definitions.get(length.num) ?? [undefined]) : [length];
    return { num, gen, dict, start, end: Math.max(...lengths.map((l) => dataEnd(bytes, text, start, l, ends))) };
  });
  return { streams, values, definitions, trailers, tooComplex: false };
}

/** Where each "endstream" (or a misspelling pdfjs accepts) starts, in order: found once for the whole file. */
function endMarkers(text: string): number[] {
  const found: number[] = [];
  END.lastIndex = 0;
  for (let match = END.exec(text); match; match = END.exec(text)) found.push(match.index);
  return found;
}

/** The first of the sorted `ends` at or after `start`. */
function firstEnd(ends: readonly number[], start: number): number | undefined {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid]! < start) low = mid + 1;
    else high = mid;
  }
  return ends[low];
}

/** After "stream": skip to the end of that line (CR, LF or CR LF), as pdfjs's Lexer.skipToNextLine. */
function dataStart(bytes: Uint8Array, after: number): number {
  let i = after;
  while (i < bytes.length) {
    const c = bytes[i++];
    if (c === 0x0d) {
      if (bytes[i] === 0x0a) i++;
      break;
    }
    if (c === 0x0a) break;
  }
  return i;
}

function dataEnd(bytes: Uint8Array, text: string, start: number, length: PdfValue | undefined, ends: readonly number[]): number {
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    const at = skipSpace(bytes, start + length);
    if (text.startsWith('endstream', at) && !isRegularAt(bytes, at + 9)) return start + length;
  }
  return firstEnd(ends, start) ?? start; // no end: pdfjs refuses the stream, nothing of it is decoded
}

function isRegularAt(bytes: Uint8Array, at: number): boolean {
  const c = bytes[at];
  return c !== undefined && !isWhite(c) && !'()<>[]{}/%'.includes(String.fromCharCode(c));
}
