/**
 * Hostile PDFs built in the tests (nothing of this size belongs in the repository): compression bombs whose
 * attachment or page content inflates to gigabytes, and a page with tens of millions of text operators. The
 * deflate data is one fully flushed segment repeated (each segment stands on its own, so the repetition is a
 * valid stream), which makes a 2 GB bomb in milliseconds instead of compressing 2 GB.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { ATTACHMENT_NAME } from '../../electron/services/pdf/attachmentName.js';

/** A zlib stream that inflates to `segment` repeated `times` times. */
export function repeatedDeflate(segment: Buffer, times: number): Buffer {
  const flushed = deflateRawSync(segment, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts = [Buffer.from([0x78, 0xda])];
  for (let i = 0; i < times; i++) parts.push(flushed);
  parts.push(Buffer.from([0x03, 0x00])); // an empty final block (fixed Huffman)
  // Adler-32 of the whole output from the segment's own sums: appending Y (m bytes) to X gives
  // A = A_X + S_Y and B = B_X + m·A_X + T_Y, where S_Y = ΣY_j and T_Y = Σ(m − j)·Y_j (all mod 65521).
  const m = segment.length;
  let sum = 0;
  let weighted = 0;
  segment.forEach((byte, j) => {
    sum = (sum + byte) % 65521;
    weighted = (weighted + ((m - j) % 65521) * byte) % 65521;
  });
  let a = 1;
  let b = 0;
  for (let i = 0; i < times; i++) {
    b = (b + (m % 65521) * a + weighted) % 65521;
    a = (a + sum) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

interface PdfObject {
  readonly dictionary: string;
  readonly stream?: Buffer;
}

/** A PDF file of these objects (object 1 is the catalog), with a correct cross-reference table. */
export function pdfOf(objects: readonly PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, index) => {
    offsets.push(length);
    const head = object.stream
      ? `${index + 1} 0 obj\n${object.dictionary.replace(/>>\s*$/, ` /Length ${object.stream.length} >>`)}\nstream\n`
      : `${index + 1} 0 obj\n${object.dictionary}\nendobj\n`;
    const chunk = object.stream ? Buffer.concat([Buffer.from(head, 'latin1'), object.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]) : Buffer.from(head, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';

/** One page whose content is `content` (already a zlib stream). */
function onePage(content: Buffer, extraCatalog = '', extraObjects: PdfObject[] = []): Buffer {
  return pdfOf([
    { dictionary: `<< /Type /Catalog /Pages 2 0 R ${extraCatalog}>>` },
    { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dictionary: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${FONT} /Contents 4 0 R >>` },
    { dictionary: '<< /Filter /FlateDecode >>', stream: content },
    ...extraObjects,
  ]);
}

const MB = 1024 * 1024;

/** Our attachment's name, carrying `gigabytes` of zeros once inflated. */
export function attachmentBombPdf(gigabytes = 2): Buffer {
  const content = repeatedDeflate(Buffer.from('BT /F1 12 Tf 72 760 Td (report) Tj ET\n'), 1);
  const bomb = repeatedDeflate(Buffer.alloc(4 * MB), (gigabytes * 1024) / 4);
  return onePage(content, `/Names << /EmbeddedFiles << /Names [(${ATTACHMENT_NAME}) 5 0 R] >> >> `, [
    { dictionary: `<< /Type /Filespec /F (${ATTACHMENT_NAME}) /UF (${ATTACHMENT_NAME}) /EF << /F 6 0 R >> >>` },
    { dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', stream: bomb },
  ]);
}

/** A page whose content stream inflates to `gigabytes` of spaces (no operator at all). */
export function contentBombPdf(gigabytes = 2): Buffer {
  return onePage(repeatedDeflate(Buffer.alloc(4 * MB, 0x20), (gigabytes * 1024) / 4));
}

/** A page with `millions` million text-showing operators. */
export function textOperatorsPdf(millions = 50): Buffer {
  const segment = Buffer.from(`BT /F1 1 Tf 72 760 Td\n${'(a) Tj\n'.repeat(1_000_000)}ET\n`);
  return onePage(repeatedDeflate(segment, millions));
}

/**
 * An LZW stream (EarlyChange 1, as PDF readers decode it) of zeros: codes 258…4095 build ever longer runs, then
 * code 4095 (3,839 zeros) is repeated `repeats` times — about 2,560 bytes out for every byte in.
 */
export function lzwZeros(repeats: number): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let codeLength = 9;
  let nextCode = 258;
  const put = (code: number): void => {
    bits = (bits << codeLength) | code;
    bitCount += codeLength;
    while (bitCount >= 8) {
      bitCount -= 8;
      out.push((bits >>> bitCount) & 0xff);
    }
    bits &= (1 << bitCount) - 1;
  };
  const added = (): void => {
    nextCode++;
    const n = nextCode + 1;
    if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
  };
  put(0);
  while (nextCode < 4096) {
    put(nextCode);
    added();
  }
  for (let i = 0; i < repeats; i++) {
    put(4095);
    added();
  }
  put(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/** Our attachment's name, LZW-encoded (a filter the budget does not measure), inflating to about `gigabytes`. */
export function lzwAttachmentBombPdf(gigabytes = 2): Buffer {
  const content = repeatedDeflate(Buffer.from('BT /F1 12 Tf 72 760 Td (report) Tj ET\n'), 1);
  const bomb = lzwZeros(Math.ceil((gigabytes * 1024 * MB) / 3839));
  return onePage(content, `/Names << /EmbeddedFiles << /Names [(${ATTACHMENT_NAME}) 5 0 R] >> >> `, [
    { dictionary: `<< /Type /Filespec /F (${ATTACHMENT_NAME}) /UF (${ATTACHMENT_NAME}) /EF << /F 6 0 R >> >>` },
    { dictionary: '<< /Type /EmbeddedFile /Filter /LZWDecode >>', stream: bomb },
  ]);
}
