/**
 * PDF's Standard security handler with the empty user password — what pdfjs does when it opens a file that is
 * "encrypted" only with an owner password (copy/print restrictions, common on published government PDFs) — so
 * that the budget (pdfBudget.ts) measures the plaintext of every stream, not its ciphertext. Follows pdfjs's
 * CipherTransformFactory step by step (where pdfjs and the specification differ, pdfjs decides what gets
 * decoded): RC4 40–128 bit (V1/V2, R2/R3), crypt filters V2/AESV2 (V4/R4) and AESV3 (V5, R5 and R6 with the
 * hash of Algorithm 2.B). The user password is checked first (/U); a file that needs a password, or uses another
 * security handler, is refused with one sentence.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { isDict, nameOf, PdfRef, PdfString, type PdfDict, type PdfValue } from './pdfSyntax.js';
import type { PdfFileObjects, PdfStreamObject } from './pdfObjects.js';
import { rc4 } from './rc4.js';

/** Turns one stream's raw data into what pdfjs would decode it from. */
export type StreamDecryptor = (stream: PdfStreamObject, data: Uint8Array) => Uint8Array;

export type PdfSecurity =
  | { readonly kind: 'readable'; readonly decryptors: readonly StreamDecryptor[] }
  | { readonly kind: 'needsPassword' }
  | { readonly kind: 'unsupportedEncryption' };

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** At most this many different security setups in one file (a real file has one, repeated by each update). */
const MAX_SETUPS = 4;

/** At most this many readings of one file (as written, and under each setup and crypt filter: a real file needs 2 or 3). */
const MAX_READINGS = 5;

const plain: StreamDecryptor = (_stream, data) => data;

/**
 * How the streams of this file can be read. Every trailer counts (pdfjs may use any of them after a rebuild),
 * so each distinct setup is one decryptor, and the data as written is always one too (what pdfjs reads when a
 * trailer has no /Encrypt, for XRef streams, and for metadata left in the clear).
 */
export function pdfSecurity(objects: PdfFileObjects): PdfSecurity {
  const decryptors: StreamDecryptor[] = [plain];
  const seen = new Set<string>();
  for (const trailer of objects.trailers) {
    const named = trailer.get('Encrypt');
    if (named === undefined || named === null) continue;
    // Every definition of the encryption dictionary (a lying xref can point at any); none found here (one kept
    // in an object stream, which the specification forbids) is refused rather than guessed.
    const definitions = named instanceof PdfRef ? (objects.definitions.get(named.num) ?? []) : [named];
    if (definitions.length === 0) return { kind: 'unsupportedEncryption' };
    const ids = resolve(objects, trailer.get('ID'));
    const first = Array.isArray(ids) ? resolve(objects, ids[0]) : undefined;
    const fileId = first instanceof PdfString ? first.bytes : Buffer.alloc(0);
    for (const encrypt of definitions) {
      if (encrypt === null) continue;
      if (!isDict(encrypt)) return { kind: 'unsupportedEncryption' };
      const identity = `${fingerprint(objects, encrypt)}|${fileId.toString('hex')}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      if (seen.size > MAX_SETUPS) return { kind: 'unsupportedEncryption' };
      const setup = standardHandler(objects, encrypt, fileId);
      if (setup.kind !== 'readable') return setup;
      decryptors.push(...setup.decryptors);
      if (decryptors.length > MAX_READINGS) return { kind: 'unsupportedEncryption' };
    }
  }
  return { kind: 'readable', decryptors };
}

function resolve(objects: PdfFileObjects, value: PdfValue | undefined): PdfValue | undefined {
  return value instanceof PdfRef ? objects.values.get(value.num) : value;
}

function fingerprint(objects: PdfFileObjects, value: PdfValue | undefined, depth = 0): string {
  const v = depth < 4 ? resolve(objects, value) : value;
  if (v instanceof PdfString) return `<${v.bytes.toString('hex')}>`;
  if (isDict(v)) return `<<${[...v].map(([k, x]) => `/${k} ${fingerprint(objects, x, depth + 1)}`).join(' ')}>>`;
  if (Array.isArray(v)) return `[${v.map((x) => fingerprint(objects, x, depth + 1)).join(' ')}]`;
  if (v instanceof PdfRef) return `${v.num} ${v.gen} R`;
  return String(nameOf(v) ?? v);
}

function bytesOf(objects: PdfFileObjects, value: PdfValue | undefined): Buffer {
  const v = resolve(objects, value);
  return v instanceof PdfString ? v.bytes : Buffer.alloc(0);
}

function integerOf(objects: PdfFileObjects, value: PdfValue | undefined): number | undefined {
  const v = resolve(objects, value);
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function standardHandler(objects: PdfFileObjects, encrypt: PdfDict, fileId: Buffer): PdfSecurity {
  if (nameOf(resolve(objects, encrypt.get('Filter'))) !== 'Standard') return { kind: 'unsupportedEncryption' };
  const algorithm = integerOf(objects, encrypt.get('V'));
  if (algorithm !== 1 && algorithm !== 2 && algorithm !== 4 && algorithm !== 5) return { kind: 'unsupportedEncryption' };
  const cfValue = resolve(objects, encrypt.get('CF'));
  const cf = isDict(cfValue) ? cfValue : new Map<string, PdfValue>();
  const stmf = nameOf(resolve(objects, encrypt.get('StmF'))) ?? 'Identity';
  let keyLength = integerOf(objects, encrypt.get('Length'));
  if (!keyLength) {
    if (algorithm <= 3) keyLength = 40;
    else if (isDict(cfValue) && nameOf(resolve(objects, encrypt.get('StmF')))) {
      const handler = resolve(objects, cf.get(stmf));
      keyLength = (isDict(handler) ? integerOf(objects, handler.get('Length')) : undefined) || 128;
      if (keyLength < 40) keyLength <<= 3;
    }
  }
  if (keyLength === undefined || keyLength < 40 || keyLength % 8 !== 0) return { kind: 'unsupportedEncryption' };
  const owner = bytesOf(objects, encrypt.get('O'));
  const user = bytesOf(objects, encrypt.get('U'));
  const revision = integerOf(objects, encrypt.get('R')) ?? 0;
  const encryptMetadata = (algorithm === 4 || algorithm === 5) && resolve(objects, encrypt.get('EncryptMetadata')) !== false;
  let key: Buffer | null;
  if (algorithm === 5) {
    if (revision !== 5 && revision !== 6) return { kind: 'unsupportedEncryption' };
    key = aes256UserKey(revision, user, bytesOf(objects, encrypt.get('UE')));
  } else {
    const flags = integerOf(objects, encrypt.get('P')) ?? 0;
    key = rc4UserKey(fileId, owner.subarray(0, 32), user.subarray(0, 32), flags, revision, keyLength, encryptMetadata);
  }
  if (!key) return { kind: 'needsPassword' };
  if (algorithm === 4 && key.length < 16) key = Buffer.concat([key, Buffer.alloc(16 - key.length)]);
  const fileKey = key;
  if (algorithm === 1 || algorithm === 2) return { kind: 'readable', decryptors: [(s, data) => rc4(objectKey(fileKey, s, false), data)] };
  // V4/V5: pdfjs decrypts every stream with /StmF (it ignores /EFF and a stream's own /Crypt filter, which it
  // passes through); the specification would use /EFF for attachments and the named filter — each is tried.
  const names = new Set([stmf, nameOf(resolve(objects, encrypt.get('EFF'))) ?? stmf, ...cf.keys()]);
  if (names.size > MAX_SETUPS) return { kind: 'unsupportedEncryption' };
  const decryptors: StreamDecryptor[] = [];
  for (const name of names) {
    const filter = resolve(objects, cf.get(name));
    const method = isDict(filter) ? nameOf(resolve(objects, filter.get('CFM'))) : undefined;
    if (method === undefined || method === 'None') continue; // Identity, or no such filter: read as written
    if (method === 'V2') decryptors.push((s, data) => rc4(objectKey(fileKey, s, false), data));
    else if (method === 'AESV2') decryptors.push((s, data) => aesDecrypt('aes-128-cbc', objectKey(fileKey, s, true), data));
    else if (method === 'AESV3') decryptors.push((_s, data) => aesDecrypt('aes-256-cbc', fileKey, data));
    else return { kind: 'unsupportedEncryption' };
  }
  return { kind: 'readable', decryptors };
}

function md5(...parts: Uint8Array[]): Buffer {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** Algorithm 2 with the empty password, then the /U check (Algorithms 4 and 5); null when /U does not match. */
function rc4UserKey(fileId: Buffer, owner: Buffer, user: Buffer, flags: number, revision: number, keyLength: number, encryptMetadata: boolean): Buffer | null {
  const n = keyLength >> 3;
  const p = Buffer.from([flags & 0xff, (flags >> 8) & 0xff, (flags >> 16) & 0xff, (flags >>> 24) & 0xff]);
  let hash = md5(PADDING, owner, p, fileId, revision >= 4 && !encryptMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0));
  if (revision >= 3) for (let j = 0; j < 50; j++) hash = md5(hash.subarray(0, n));
  const key = hash.subarray(0, n);
  let check: Buffer;
  if (revision >= 3) {
    check = rc4(key, md5(PADDING, fileId));
    for (let j = 1; j <= 19; j++) check = rc4(key.map((b) => b ^ j), check);
  } else check = rc4(key, PADDING);
  return check.every((b, k) => user[k] === b) ? key : null;
}

/** Algorithm 1: the key of one object (RC4 and AES-128), from the object's number and generation. */
function objectKey(fileKey: Buffer, stream: PdfStreamObject, aes: boolean): Buffer {
  const { num, gen } = stream;
  const tail = [num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff, ...(aes ? [0x73, 0x41, 0x6c, 0x54] : [])];
  return md5(fileKey, Buffer.from(tail)).subarray(0, Math.min(fileKey.length + 5, 16));
}

/** AES-CBC with the first 16 bytes as IV; PKCS#5 padding removed when it is there (as pdfjs does). */
function aesDecrypt(cipher: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, data: Uint8Array): Uint8Array {
  if (data.length < 32 || key.length !== (cipher === 'aes-128-cbc' ? 16 : 32)) return new Uint8Array(0);
  const blocks = data.length - (data.length % 16);
  const decipher = createDecipheriv(cipher, key, data.subarray(0, 16)).setAutoPadding(false);
  const out = Buffer.concat([decipher.update(data.subarray(16, blocks)), decipher.final()]);
  const pad = out[out.length - 1]!;
  return pad >= 1 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
}

/** AES-256 (R5: SHA-256; R6: Algorithm 2.B): the file key from /UE when the empty password opens /U. */
function aes256UserKey(revision: number, user: Buffer, userEncryption: Buffer): Buffer | null {
  if (user.length < 48 || userEncryption.length < 32) return null;
  const validationSalt = user.subarray(32, 40);
  const keySalt = user.subarray(40, 48);
  const hash = revision === 6 ? hash2B : (password: Buffer, salt: Buffer) => createHash('sha256').update(password).update(salt).digest();
  const empty = Buffer.alloc(0);
  if (!hash(empty, validationSalt).equals(user.subarray(0, 32))) return null;
  const intermediate = hash(empty, keySalt);
  const decipher = createDecipheriv('aes-256-cbc', intermediate, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(userEncryption.subarray(0, 32)), decipher.final()]);
}

/** Algorithm 2.B (ISO 32000-2) for the user password (no /U data mixed in). */
function hash2B(password: Buffer, salt: Buffer): Buffer {
  let k = createHash('sha256').update(password).update(salt).digest();
  let e: Buffer = Buffer.from([0]);
  for (let i = 0; i < 64 || e[e.length - 1]! > i - 32; i++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k])));
    const aes = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = Buffer.concat([aes.update(k1), aes.final()]);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
  }
  return k.subarray(0, 32);
}
