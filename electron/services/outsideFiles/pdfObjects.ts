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
  /** Trailer dictionaries and XRef stream dictionaries, in file order. */
  readonly trailers: readonly PdfDict[];
}

const SPACE = '(?:[\\0\\t\\n\\f\\r ]|%[^\\r\\n]*)+';
const HEADER = new RegExp(`(?<![0-9])(\\d{1,10})${SPACE}(\\d{1,5})${SPACE}obj(?![^\\0\\t\\n\\f\\r %()<>\\[\\]{}/])`, 'g');
const TRAILER = /trailer/g;
const END = /end(?:stream|steam[\0\t\n\f\r ]|strea[\0\t\n\f\r ])/g;

export function scanPdfObjects(bytes: Uint8Array): PdfFileObjects {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const values = new Map<number, PdfValue>();
  const pending: { num: number; gen: number; dict: PdfDict; after: number }[] = [];
  const trailers: PdfDict[] = [];
  HEADER.lastIndex = 0;
  for (let match = HEADER.exec(text); match; match = HEADER.exec(text)) {
    const num = Number(match[1]);
    const gen = Number(match[2]);
    const lexer = new PdfLexer(bytes, match.index + match[0].length);
    const value = lexer.readValue();
    if (value === undefined || value instanceof PdfKeyword) continue;
    const after = lexer.pos;
    const next = new PdfLexer(bytes, after).token();
    if (isDict(value) && next.kind === 'keyword' && next.word === 'stream') {
      pending.push({ num, gen, dict: value, after: skipSpace(bytes, after) + 'stream'.length });
      if (nameOf(value.get('Type')) === 'XRef') trailers.push(value);
    } else values.set(num, value);
  }
  TRAILER.lastIndex = 0;
  for (let match = TRAILER.exec(text); match; match = TRAILER.exec(text)) {
    const value = new PdfLexer(bytes, match.index + match[0].length).readValue();
    if (!(value instanceof PdfKeyword) && isDict(value)) trailers.push(value);
  }
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => (value instanceof PdfRef ? values.get(value.num) : value);
  const streams = pending.map(({ num, gen, dict, after }) => {
    const start = dataStart(bytes, after);
    return { num, gen, dict, start, end: dataEnd(bytes, text, start, resolve(dict.get('Length'))) };
  });
  return { streams, values, trailers };
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

function dataEnd(bytes: Uint8Array, text: string, start: number, length: PdfValue | undefined): number {
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    const at = skipSpace(bytes, start + length);
    if (text.startsWith('endstream', at) && !isRegularAt(bytes, at + 9)) return start + length;
  }
  END.lastIndex = start;
  const found = END.exec(text);
  return found ? found.index : start; // no end: pdfjs refuses the stream, nothing of it is decoded
}

function isRegularAt(bytes: Uint8Array, at: number): boolean {
  const c = bytes[at];
  return c !== undefined && !isWhite(c) && !'()<>[]{}/%'.includes(String.fromCharCode(c));
}
