/**
 * A test-side writer of encrypted PDFs (PDF's Standard security handler, written from ISO 32000-2 with Node's
 * crypto, independently of the reader in electron/services/outsideFiles/pdfEncryption.ts): takes a PDF without
 * object streams (ours from pdfkit, or the hostile ones of hostilePdf.ts) and writes it again with every string
 * and stream encrypted — RC4 40 (V1 R2), RC4 128 (V2 R3), AES-128 (V4 R4, AESV2) or AES-256 (V5 R6, AESV3) —
 * under an owner password and, when given, a user password. qpdf (when installed) reads what this writes
 * (test/security/encrypted-pdf.test.ts), so the writer itself is checked against a third implementation.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { scanPdfObjects } from '../../electron/services/outsideFiles/pdfObjects.js';
import { isDict, PdfName, PdfRef, PdfString, type PdfDict, type PdfValue } from '../../electron/services/outsideFiles/pdfSyntax.js';
import { rc4 } from '../../electron/services/outsideFiles/rc4.js';

export type PdfCipher = 'rc4-40' | 'rc4-128' | 'aes-128' | 'aes-256';
export const PDF_CIPHERS: readonly PdfCipher[] = ['rc4-40', 'rc4-128', 'aes-128', 'aes-256'];

export interface EncryptOptions {
  readonly ownerPassword?: string;
  readonly userPassword?: string;
  /** Replaces /U after encryption (a damaged or forged file). */
  readonly corruptU?: boolean;
  /** AES-128 only: /EncryptMetadata false (which changes the file key). */
  readonly encryptMetadata?: boolean;
  /** AES-128 only: /StmF /Identity — strings encrypted, streams left as written. */
  readonly streamsInClear?: boolean;
  /** Each stream's filters preceded by a /Crypt filter naming the standard crypt filter. */
  readonly cryptFilterOnStreams?: boolean;
}

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** Print and copy forbidden, everything else allowed: what a published report's "protection" usually is. */
const PERMISSIONS = -3904 & ~0b10100;

const md5 = (...parts: Uint8Array[]): Buffer => parts.reduce((h, p) => h.update(p), createHash('md5')).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
const le32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};

function aesEncrypt(key: Buffer, data: Uint8Array): Buffer {
  const iv = randomBytes(16);
  const cipher = createCipheriv(key.length === 16 ? 'aes-128-cbc' : 'aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}

/** Algorithm 2.B, with /U data for the owner's hashes. */
function hash2B(password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, udata])).digest();
  let round = 0;
  for (;;) {
    const k1 = Buffer.concat(new Array<Buffer>(64).fill(Buffer.concat([password, k, udata])));
    const aes = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([aes.update(k1), aes.final()]);
    const mod = e.subarray(0, 16).reduce((s, b) => s + b, 0) % 3;
    k = createHash(['sha256', 'sha384', 'sha512'][mod]!).update(e).digest();
    round++;
    if (round >= 64 && e[e.length - 1]! <= round - 32) return k.subarray(0, 32);
  }
}

interface Security {
  readonly encrypt: string;
  readonly object: (num: number, gen: number, data: Uint8Array) => Buffer;
  /** Streams (when not the same as strings). */
  readonly stream?: (num: number, gen: number, data: Uint8Array) => Buffer;
}

function securityFor(cipher: PdfCipher, id: Buffer, options: EncryptOptions): Security {
  const user = options.userPassword ?? '';
  const owner = options.ownerPassword ?? 'owner-only';
  const hex = (b: Buffer): string => `<${b.toString('hex')}>`;
  const corrupt = (u: Buffer): Buffer => (options.corruptU ? Buffer.from(u.map((b, i) => (i < 16 ? b ^ 0x5a : b))) : u);
  if (cipher === 'aes-256') {
    const fileKey = randomBytes(32);
    const [uValidation, uKey, oValidation, oKey] = [randomBytes(8), randomBytes(8), randomBytes(8), randomBytes(8)];
    const userPw = Buffer.from(user, 'utf8');
    const ownerPw = Buffer.from(owner, 'utf8');
    const u = Buffer.concat([hash2B(userPw, uValidation, Buffer.alloc(0)), uValidation, uKey]);
    const wrap = (key: Buffer): Buffer => {
      const aes = createCipheriv('aes-256-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
      return Buffer.concat([aes.update(fileKey), aes.final()]);
    };
    const ue = wrap(hash2B(userPw, uKey, Buffer.alloc(0)));
    const o = Buffer.concat([hash2B(ownerPw, oValidation, u), oValidation, oKey]);
    const oe = wrap(hash2B(ownerPw, oKey, u));
    const permsPlain = Buffer.concat([le32(PERMISSIONS), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.from('Tadb'), randomBytes(4)]);
    const ecb = createCipheriv('aes-256-ecb', fileKey, null).setAutoPadding(false);
    const perms = Buffer.concat([ecb.update(permsPlain), ecb.final()]);
    return {
      encrypt: `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(corrupt(u))} /OE ${hex(oe)} /UE ${hex(ue)} /P ${PERMISSIONS} /Perms ${hex(perms)} >>`,
      object: (_num, _gen, data) => aesEncrypt(fileKey, data),
    };
  }
  const revision = cipher === 'rc4-40' ? 2 : cipher === 'rc4-128' ? 3 : 4;
  const n = cipher === 'rc4-40' ? 5 : 16;
  // Algorithm 3: /O from the owner password.
  let ownerHash = md5(padded(owner));
  if (revision >= 3) for (let i = 0; i < 50; i++) ownerHash = md5(ownerHash);
  const ownerKey = ownerHash.subarray(0, n);
  let o = rc4(ownerKey, padded(user));
  if (revision >= 3) for (let i = 1; i <= 19; i++) o = rc4(ownerKey.map((b) => b ^ i), o);
  // Algorithm 2: the file key from the user password.
  const metadataInClear = cipher === 'aes-128' && options.encryptMetadata === false;
  let hash = md5(padded(user), o, le32(PERMISSIONS), id, metadataInClear ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0));
  if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
  const fileKey = hash.subarray(0, n);
  // Algorithms 4 and 5: /U.
  let u: Buffer;
  if (revision === 2) u = rc4(fileKey, PADDING);
  else {
    u = rc4(fileKey, md5(PADDING, id));
    for (let i = 1; i <= 19; i++) u = rc4(fileKey.map((b) => b ^ i), u);
    u = Buffer.concat([u, randomBytes(16)]);
  }
  const aes = cipher === 'aes-128';
  const objectKey = (num: number, gen: number): Buffer => {
    const tail = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]);
    return md5(fileKey, tail, aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0)).subarray(0, Math.min(n + 5, 16));
  };
  const stmf = options.streamsInClear ? '/Identity' : '/StdCF';
  const filters = aes ? `/CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF ${stmf} /StrF /StdCF${metadataInClear ? ' /EncryptMetadata false' : ''}` : '';
  const v = cipher === 'rc4-40' ? 1 : aes ? 4 : 2;
  return {
    encrypt: `<< /Filter /Standard /V ${v} /R ${revision} /Length ${n * 8} ${filters} /O ${hex(o)} /U ${hex(corrupt(u))} /P ${PERMISSIONS} >>`,
    object: (num, gen, data) => (aes ? aesEncrypt(objectKey(num, gen), data) : rc4(objectKey(num, gen), data)),
    ...(options.streamsInClear ? { stream: (_num: number, _gen: number, data: Uint8Array) => Buffer.from(data) } : {}),
  };
}

function serialize(value: PdfValue, encryptString: (bytes: Buffer) => Buffer): string {
  if (value instanceof PdfString) return `<${encryptString(value.bytes).toString('hex')}>`;
  if (value instanceof PdfName) return `/${value.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v, encryptString)).join(' ')}]`;
  if (isDict(value)) return `<<${[...value].map(([k, v]) => `${serialize(new PdfName(k), encryptString)} ${serialize(v, encryptString)}`).join(' ')}>>`;
  return String(value);
}

/** `pdf` written again, encrypted with `cipher`: every string and every stream (the object numbers kept). */
export function encryptPdf(pdf: Uint8Array, cipher: PdfCipher, options: EncryptOptions = {}): Buffer {
  const objects = scanPdfObjects(pdf);
  const trailer = objects.trailers.at(-1);
  if (!trailer) throw new Error('encryptPdf: no trailer');
  const id = randomBytes(16);
  const security = securityFor(cipher, id, options);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = new Map<number, number>();
  let length = parts[0]!.length;
  const push = (num: number, chunk: Buffer): void => {
    offsets.set(num, length);
    parts.push(chunk);
    length += chunk.length;
  };
  for (const [num, value] of objects.values) {
    push(num, Buffer.from(`${num} 0 obj\n${serialize(value, (s) => security.object(num, 0, s))}\nendobj\n`, 'latin1'));
  }
  for (const stream of objects.streams) {
    const data = (security.stream ?? security.object)(stream.num, stream.gen, pdf.subarray(stream.start, stream.end));
    const dict: PdfDict = new Map(stream.dict);
    dict.set('Length', data.length);
    if (options.cryptFilterOnStreams) {
      const filter = dict.get('Filter');
      const filters = filter === undefined ? [] : Array.isArray(filter) ? filter : [filter];
      dict.set('Filter', [new PdfName('Crypt'), ...filters]);
      dict.set('DecodeParms', [new Map<string, PdfValue>([['Name', new PdfName('StdCF')]]), ...filters.map(() => null)]);
    }
    const head = `${stream.num} ${stream.gen} obj\n${serialize(dict, (s) => security.object(stream.num, stream.gen, s))}\nstream\n`;
    push(stream.num, Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  }
  const encryptNum = Math.max(...offsets.keys()) + 1;
  push(encryptNum, Buffer.from(`${encryptNum} 0 obj\n${security.encrypt}\nendobj\n`, 'latin1'));
  const size = encryptNum + 1;
  const rows = ['0000000000 65535 f \n'];
  for (let num = 1; num < size; num++) {
    const at = offsets.get(num);
    rows.push(at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`);
  }
  const keep = ['Root', 'Info'].filter((k) => trailer.has(k)).map((k) => `/${k} ${serialize(trailer.get(k)!, (s) => s)}`);
  const idHex = `<${id.toString('hex')}>`;
  parts.push(Buffer.from(`xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} ${keep.join(' ')} /Encrypt ${encryptNum} 0 R /ID [${idHex} ${idHex}] >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
