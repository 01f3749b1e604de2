/**
 * A look at every stream of a PDF from elsewhere *before* pdfjs decodes any of it. Objects are found as pdfjs
 * finds them when it rebuilds a broken xref (pdfObjects.ts: every "n g obj" in the file, stream ends as pdfjs
 * finds them, /Length direct or indirect), so a lying /Length, a broken xref or an incremental update hides
 * nothing. An encrypted file is decrypted first with the empty user password (pdfEncryption.ts), under every
 * security setup its trailers name and also as written, and each reading is measured. Each stream is decoded
 * here through its filters with a cap on the output — Flate and Brotli by zlib (which stops at the cap), LZW and
 * RunLength by our own capped decoders, ASCIIHex/ASCII85 — so a 2 MB file that would inflate to gigabytes costs
 * a few milliseconds and a few MB; filters pdfjs does not know (Crypt among them) pass data through, as in pdfjs;
 * the text-showing operators (Tj, TJ) of what was decoded are counted. A file over any cap is refused before
 * pdfjs sees it.
 *
 * Images: pdfjs decodes an image XObject (/Subtype /Image) only to draw it, and we only read text and
 * attachments, so image streams are skipped — unless the file also uses one as something pdfjs does read (an
 * attachment, page contents, a font or a CMap), which is measured like any other stream. A stream that is read
 * for text or as an attachment and decodes through an image filter is measured by its image header (DCT, JPX:
 * width × height × components) or refused (JBIG2, CCITT: never found there in a real file).
 */
import { constants as bufferConstants } from 'node:buffer';
import { brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';
import { pdfSecurity, type StreamDecryptor } from './pdfEncryption.js';
import { scanPdfObjects, type PdfFileObjects, type PdfStreamObject } from './pdfObjects.js';
import { isDict, nameOf, PdfKeyword, PdfLexer, PdfName, PdfRef, type PdfDict, type PdfValue } from './pdfSyntax.js';

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

export type PdfBudgetRefusal = 'inflatesTooMuch' | 'attachmentTooLarge' | 'tooManyTextOperators' | 'imageWhereTextExpected' | 'tooComplex' | 'needsPassword' | 'unsupportedEncryption';

export type PdfBudgetVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: PdfBudgetRefusal };

/** More streams than any real report has (a 1,000-page document has about 10,000): read as built to stall us. */
const MAX_STREAMS = 100_000;

export function checkPdfBudget(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): PdfBudgetVerdict {
  const objects = scanPdfObjects(bytes);
  if (objects.tooComplex || objects.streams.length > MAX_STREAMS) return { ok: false, reason: 'tooComplex' };
  const security = pdfSecurity(objects);
  if (security.kind !== 'readable') return { ok: false, reason: security.kind };
  for (const decrypt of security.decryptors) {
    const verdict = measureReading(bytes, objects, decrypt, budget);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

/** Keys whose streams pdfjs decodes when it reads text or attachments, whatever the stream's own /Subtype says. */
const READ_KEYS = /\/(EF|Contents|FontFile[23]?|ToUnicode|Encoding|CharProcs|UseCMap)(?![^\0\t\n\f\r ()<>[\]{}/%])/g;

/** One reading of the file (one decryptor): every stream measured, the totals kept. */
function measureReading(bytes: Uint8Array, objects: PdfFileObjects, decrypt: StreamDecryptor, budget: PdfBudget): PdfBudgetVerdict {
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => (value instanceof PdfRef ? objects.values.get(value.num) : value);
  let total = 0;
  let operators = 0;
  const decodedObjectStreams: Uint8Array[] = [];
  const measure = (stream: PdfStreamObject, embedded: boolean): PdfBudgetRefusal | null => {
    const cap = embedded ? budget.embeddedFileBytes : Math.min(budget.streamBytes, budget.totalBytes - total);
    const overCap: PdfBudgetRefusal = embedded ? 'attachmentTooLarge' : 'inflatesTooMuch';
    const readings = filterReadings(objects, stream.dict);
    if (readings === null) return 'tooComplex';
    const data = decrypt(stream, bytes.subarray(stream.start, stream.end));
    let decoded: Uint8Array | null = null;
    for (const reading of readings) {
      const result = decode(data, stream.dict, reading, cap);
      if (result === 'overCap') return overCap;
      if (result === 'imageFilter') return 'imageWhereTextExpected';
      if (result !== null && (decoded === null || result.length > decoded.length)) decoded = result;
    }
    if (decoded === null) return null;
    total += decoded.length;
    if (total > budget.totalBytes) return overCap;
    if (!embedded) operators += countTextOperators(decoded);
    if (operators > budget.textOperators) return 'tooManyTextOperators';
    if (nameOf(resolve(stream.dict.get('Type'))) === 'ObjStm') decodedObjectStreams.push(decoded);
    return null;
  };
  const isImage = (stream: PdfStreamObject): boolean => nameOf(resolve(stream.dict.get('Subtype'))) === 'Image';
  const isEmbedded = (stream: PdfStreamObject, attachments: ReadonlySet<number>): boolean =>
    attachments.has(stream.num) || nameOf(resolve(stream.dict.get('Type'))) === 'EmbeddedFile';
  // Object streams first: the dictionaries they hold say which streams are read.
  const first = new Set(objects.streams.filter((s) => !isImage(s) && nameOf(resolve(s.dict.get('Type'))) === 'ObjStm'));
  for (const stream of first) {
    const refused = measure(stream, false);
    if (refused) return { ok: false, reason: refused };
  }
  const references = readReferences([bytes, ...decodedObjectStreams], resolve);
  if (references === null) return { ok: false, reason: 'tooComplex' };
  const { attachments, read } = references;
  for (const stream of objects.streams) {
    if (first.has(stream)) continue;
    if (isImage(stream) && !attachments.has(stream.num) && !read.has(stream.num)) continue;
    const refused = measure(stream, isEmbedded(stream, attachments));
    if (refused) return { ok: false, reason: refused };
  }
  return { ok: true };
}

/**
 * Object numbers of attachments (the streams of /EF dictionaries) and of other streams pdfjs reads; null when
 * reading the values after those keys would take far more work than the bytes hold (values that never end).
 */
function readReferences(sources: readonly Uint8Array[], resolve: (value: PdfValue | undefined) => PdfValue | undefined): { attachments: Set<number>; read: Set<number> } | null {
  const allowed = 8 * sources.reduce((sum, source) => sum + source.length, 0) + 1024 * 1024;
  let work = 0;
  const attachments = new Set<number>();
  const read = new Set<number>();
  const collect = (value: PdfValue | undefined, into: Set<number>, depth: number): void => {
    if (value instanceof PdfRef) {
      into.add(value.num);
      if (depth < 2) collect(resolve(value), into, depth + 1);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, into, depth));
    else if (isDict(value)) for (const v of value.values()) collect(v, into, depth);
  };
  for (const source of sources) {
    const text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('latin1');
    READ_KEYS.lastIndex = 0;
    for (let match = READ_KEYS.exec(text); match; match = READ_KEYS.exec(text)) {
      const lexer = new PdfLexer(source, match.index + match[0].length);
      const value = lexer.readValue();
      work += lexer.furthest - match.index;
      if (work > allowed) return null;
      if (value === undefined || value instanceof PdfKeyword) continue;
      collect(value, match[1] === 'EF' ? attachments : read, 0);
    }
  }
  return { attachments, read };
}

type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

/** At most this many ways to read one stream's filters (objects its /Filter names, defined more than once). */
const MAX_FILTER_READINGS = 4;

/**
 * The ways pdfjs may resolve the objects a stream's /Filter and /DecodeParms refer to: one, unless such an
 * object is defined more than once in the file (pdfjs takes the one its xref names, which may be any); null
 * when there are too many.
 */
function filterReadings(objects: PdfFileObjects, dict: PdfDict): Resolve[] | null {
  const refs: PdfRef[] = [];
  for (const key of ['F', 'Filter', 'DP', 'DecodeParms']) {
    const value = dict.get(key);
    if (value instanceof PdfRef) refs.push(value);
    const direct = value instanceof PdfRef ? objects.values.get(value.num) : value;
    if (Array.isArray(direct)) for (const item of direct) if (item instanceof PdfRef) refs.push(item);
  }
  let readings: Map<number, PdfValue>[] = [new Map()];
  for (const ref of refs) {
    const definitions = objects.definitions.get(ref.num) ?? [];
    if (definitions.length < 2) continue;
    if (readings.length * definitions.length > MAX_FILTER_READINGS) return null;
    readings = readings.flatMap((chosen) => definitions.map((d) => new Map([...chosen, [ref.num, d]])));
  }
  return readings.map((chosen) => (value) => (value instanceof PdfRef ? (chosen.has(value.num) ? chosen.get(value.num) : objects.values.get(value.num)) : value));
}

/** The filter names of a stream as pdfjs reads them (/F before /Filter; references followed), null when pdfjs would fail. */
function filtersOf(dict: PdfDict, resolve: Resolve): { names: string[]; params: (PdfValue | undefined)[] } | null {
  const filter = resolve(dict.has('F') ? dict.get('F') : dict.get('Filter'));
  const params = resolve(dict.has('DP') ? dict.get('DP') : dict.get('DecodeParms'));
  if (filter instanceof PdfName) return { names: [filter.name], params: [params] };
  if (!Array.isArray(filter)) return { names: [], params: [] };
  const names: string[] = [];
  for (const item of filter) {
    const name = nameOf(resolve(item));
    if (name === undefined) return null;
    names.push(name);
  }
  return { names, params: names.map((_, i) => (Array.isArray(params) ? resolve(params[i]) : undefined)) };
}

const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JPX', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

/**
 * The stream decoded through its filters: 'overCap' when it would exceed `cap`, 'imageFilter' when it goes
 * through an image filter that cannot be measured, null when pdfjs could not decode it either.
 */
function decode(data: Uint8Array, dict: PdfDict, resolve: Resolve, cap: number): Uint8Array | 'overCap' | 'imageFilter' | null {
  const filters = filtersOf(dict, resolve);
  if (filters === null) return null;
  let current: Uint8Array = data;
  for (let i = 0; i < filters.names.length; i++) {
    const filter = filters.names[i]!;
    const params = filters.params[i];
    if (IMAGE_FILTERS.has(filter)) {
      if (i !== filters.names.length - 1) return 'imageFilter';
      const size = imageSize(filter, current);
      if (size === 'unknown') return 'imageFilter';
      return size > cap ? 'overCap' : null;
    }
    switch (filter) {
      case 'FlateDecode':
      case 'Fl': {
        const inflated = inflateCapped(current, cap);
        if (inflated === 'overCap' || inflated === null) return inflated;
        current = inflated;
        break;
      }
      case 'BrotliDecode': {
        const decoded = brotliCapped(current, cap);
        if (decoded === 'overCap' || decoded === null) return decoded;
        current = decoded;
        break;
      }
      case 'LZWDecode':
      case 'LZW': {
        const early = isDict(params) ? resolve(params.get('EarlyChange')) : undefined;
        const decoded = lzwCapped(current, cap, early !== 0);
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
        current = Buffer.from(Buffer.from(current).toString('latin1').replace(/>[^]*$/, '').replace(/[^0-9A-Fa-f]/g, ''), 'hex');
        break;
      case 'ASCII85Decode':
      case 'A85':
        current = ascii85(current);
        break;
      default:
        // pdfjs passes data through a filter it does not know (Crypt among them: see pdfEncryption.ts).
        break;
    }
    if (current.length > cap) return 'overCap';
  }
  return current.length > cap ? 'overCap' : current;
}

/** Decoded size of a JPEG (its frame header) or JPEG 2000 (its SIZ marker); 'unknown' for JBIG2 and CCITT. */
function imageSize(filter: string, data: Uint8Array): number | 'unknown' {
  if (filter === 'DCTDecode' || filter === 'DCT') {
    for (let i = 0; i + 9 < data.length; i++) {
      if (data[i] !== 0xff) continue;
      const marker = data[i + 1]!;
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return ((data[i + 5]! << 8) | data[i + 6]!) * ((data[i + 7]! << 8) | data[i + 8]!) * Math.max(1, data[i + 9]!);
    }
    return 0; // no frame: pdfjs decodes nothing
  }
  if (filter === 'JPXDecode' || filter === 'JPX') {
    for (let i = 0; i + 40 < data.length; i++) {
      if (data[i] !== 0xff || data[i + 1] !== 0x51) continue;
      const view = Buffer.from(data.buffer, data.byteOffset + i, 40);
      const width = view.readUInt32BE(6) - view.readUInt32BE(14);
      const height = view.readUInt32BE(10) - view.readUInt32BE(18);
      return Math.max(0, width) * Math.max(0, height) * Math.max(1, view.readUInt16BE(38)) * 2;
    }
    return 0;
  }
  return 'unknown';
}

function brotliCapped(data: Uint8Array, cap: number): Uint8Array | 'overCap' | null {
  try {
    return brotliDecompressSync(data, { maxOutputLength: Math.min(cap, bufferConstants.MAX_LENGTH) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'overCap';
    return null;
  }
}

/**
 * Flate as pdfjs reads it: the two-byte zlib header checked as pdfjs checks it (a bad one: pdfjs decodes
 * nothing), then the deflate data inflated raw — pdfjs never checks the Adler-32 sum at the end or the window
 * size in the header, which zlib would refuse — with a cap on the output and Z_SYNC_FLUSH, so that a truncated
 * stream gives what it has, as in pdfjs.
 */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'overCap' | null {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === undefined || flg === undefined || (cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20) return null;
  try {
    return inflateRawSync(data.subarray(2), { maxOutputLength: Math.min(cap, bufferConstants.MAX_LENGTH), finishFlush: constants.Z_SYNC_FLUSH });
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
