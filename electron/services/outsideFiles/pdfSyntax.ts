/**
 * Just enough of PDF's object syntax to read stream dictionaries and the encryption dictionary the way pdfjs
 * reads them (its Lexer and Parser): numbers, names (with #xx escapes), literal and hex strings, arrays,
 * dictionaries, indirect references, comments. Never throws: what cannot be read is `undefined`. Nesting is
 * limited so that a file of a million "[" cannot exhaust the stack.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(readonly bytes: Buffer) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A keyword that is not a value (obj, endobj, stream, R…): ends a value, as in pdfjs's Cmd. */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];

const MAX_DEPTH = 64;

export function isWhite(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number | undefined): boolean {
  return c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
}

function isRegular(c: number | undefined): boolean {
  return c !== undefined && !isWhite(c) && !isDelimiter(c);
}

/** Skips whitespace and comments from `at`. */
export function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (isWhite(c)) i++;
    else if (c === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else break;
  }
  return i;
}

type Token = { kind: 'value'; value: PdfValue } | { kind: 'open'; what: '[' | '<<' } | { kind: 'close'; what: ']' | '>>' } | { kind: 'keyword'; word: string } | { kind: 'end' };

/** A reader of tokens and values over one file's bytes. */
export class PdfLexer {
  pos: number;
  /** The furthest byte any token reached (the work done, lookahead included). */
  furthest: number;

  constructor(
    readonly bytes: Uint8Array,
    at = 0,
  ) {
    this.pos = at;
    this.furthest = at;
  }

  /** The next value, or a keyword / undefined when there is none here. */
  readValue(depth = 0): PdfValue | PdfKeyword | undefined {
    const token = this.token();
    return this.valueOf(token, depth);
  }

  private valueOf(token: Token, depth: number): PdfValue | PdfKeyword | undefined {
    switch (token.kind) {
      case 'value':
        return typeof token.value === 'number' && Number.isInteger(token.value) && token.value >= 0 ? this.maybeRef(token.value) : token.value;
      case 'keyword':
        return new PdfKeyword(token.word);
      case 'open':
        if (depth >= MAX_DEPTH) return undefined;
        return token.what === '[' ? this.readArray(depth + 1) : this.readDict(depth + 1);
      default:
        return undefined;
    }
  }

  /** "n g R" after an integer (pdfjs looks two tokens ahead the same way). */
  private maybeRef(num: number): PdfValue {
    const save = this.pos;
    const second = this.token();
    if (second.kind === 'value' && typeof second.value === 'number' && Number.isInteger(second.value) && second.value >= 0) {
      const third = this.token();
      if (third.kind === 'keyword' && third.word === 'R') return new PdfRef(num, second.value);
    }
    this.pos = save;
    return num;
  }

  private readArray(depth: number): PdfValue[] | undefined {
    const items: PdfValue[] = [];
    for (;;) {
      const token = this.token();
      if (token.kind === 'close' && token.what === ']') return items;
      if (token.kind === 'end' || token.kind === 'close') return undefined;
      const value = this.valueOf(token, depth);
      if (value === undefined || value instanceof PdfKeyword) return undefined;
      items.push(value);
    }
  }

  private readDict(depth: number): PdfDict | undefined {
    const dict: PdfDict = new Map();
    for (;;) {
      const token = this.token();
      if (token.kind === 'close' && token.what === '>>') return dict;
      if (token.kind !== 'value' || !(token.value instanceof PdfName)) return undefined;
      const key = token.value.name;
      const valueToken = this.token();
      if (valueToken.kind === 'close' && valueToken.what === '>>') return dict; // a key without a value ends it, as in pdfjs
      const value = this.valueOf(valueToken, depth);
      if (value === undefined || value instanceof PdfKeyword) return undefined;
      dict.set(key, value); // a repeated key: the last one counts, as in pdfjs
    }
  }

  token(): Token {
    const token = this.nextToken();
    if (this.pos > this.furthest) this.furthest = this.pos;
    return token;
  }

  private nextToken(): Token {
    const b = this.bytes;
    const i = skipSpace(b, this.pos);
    if (i >= b.length) {
      this.pos = i;
      return { kind: 'end' };
    }
    const c = b[i]!;
    if (c === 0x5b) {
      this.pos = i + 1;
      return { kind: 'open', what: '[' };
    }
    if (c === 0x5d) {
      this.pos = i + 1;
      return { kind: 'close', what: ']' };
    }
    if (c === 0x3c && b[i + 1] === 0x3c) {
      this.pos = i + 2;
      return { kind: 'open', what: '<<' };
    }
    if (c === 0x3e && b[i + 1] === 0x3e) {
      this.pos = i + 2;
      return { kind: 'close', what: '>>' };
    }
    if (c === 0x3c) return this.hexString(i + 1);
    if (c === 0x28) return this.literalString(i + 1);
    if (c === 0x2f) {
      let j = i + 1;
      const out: number[] = [];
      while (j < b.length && isRegular(b[j])) {
        if (b[j] === 0x23 && /^[0-9a-fA-F]{2}$/.test(String.fromCharCode(b[j + 1] ?? 0, b[j + 2] ?? 0))) {
          out.push(parseInt(String.fromCharCode(b[j + 1]!, b[j + 2]!), 16));
          j += 3;
        } else out.push(b[j++]!);
      }
      this.pos = j;
      return { kind: 'value', value: new PdfName(Buffer.from(out).toString('latin1')) };
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      let j = i + 1;
      while (j < b.length && ((b[j]! >= 0x30 && b[j]! <= 0x39) || b[j] === 0x2e || b[j] === 0x2d)) j++;
      const text = Buffer.from(b.subarray(i, j)).toString('latin1');
      const number = Number(text.replace(/(?!^)-/g, ''));
      this.pos = j;
      return { kind: 'value', value: Number.isFinite(number) ? number : 0 };
    }
    if (c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos = i + 1;
      return { kind: 'keyword', word: String.fromCharCode(c) };
    }
    let j = i;
    while (j < b.length && isRegular(b[j]) && j - i < 128) j++;
    const word = Buffer.from(b.subarray(i, j)).toString('latin1');
    this.pos = j;
    if (word === 'true') return { kind: 'value', value: true };
    if (word === 'false') return { kind: 'value', value: false };
    if (word === 'null') return { kind: 'value', value: null };
    return { kind: 'keyword', word };
  }

  private hexString(from: number): Token {
    const b = this.bytes;
    let end = b.indexOf(0x3e, from);
    if (end < 0) end = b.length;
    const out = Buffer.alloc((end - from + 1) >> 1);
    let n = 0;
    let high = -1;
    for (let i = from; i < end; i++) {
      const c = b[i]!;
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out[n++] = (high << 4) | v;
        high = -1;
      }
    }
    if (high >= 0) out[n++] = high << 4;
    this.pos = end + 1;
    return { kind: 'value', value: new PdfString(out.subarray(0, n)) };
  }

  private literalString(from: number): Token {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    let i = from;
    while (i < b.length) {
      const c = b[i++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[i++];
      if (e === undefined) break;
      const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
      if (simple[e] !== undefined) out.push(simple[e]!);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && b[i]! >= 0x30 && b[i]! <= 0x37; k++) v = v * 8 + (b[i++]! - 0x30);
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (b[i] === 0x0a) i++;
      } else if (e !== 0x0a) out.push(e);
    }
    this.pos = i;
    return { kind: 'value', value: new PdfString(Buffer.from(out)) };
  }
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}
