/**
 * security: every shape of stream pdfjs will decode is measured by the budget first. For each shape the attack
 * is shown first — pdfjs really reads a small attachment of that shape (so a big one would be decoded) — then
 * the budget measures exactly those bytes (accepted at that size, refused one byte below) and refuses the 2 GB
 * version. Before, the budget found streams by the text "stream\n" and read their dictionaries with regular
 * expressions: /F for /Filter, an indirect filter, an unknown filter before Flate, Brotli, "stream" + CR, a
 * dictionary over 4 KB, "stream" inside a string, a repeated key and an attachment typed as an image all
 * reached pdfjs unmeasured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/services/import/importFile.js';
import { checkPdfBudget, PDF_BUDGET } from '../../electron/services/outsideFiles/pdfBudget.js';
import { outsideRefusals } from '../../electron/services/outsideFiles/refusals.js';
import { ATTACHMENT_NAME } from '../../electron/services/pdf/attachmentName.js';
import { readAttachedReport } from '../../electron/services/pdf/readAttachment.js';
import { pdfOf, repeatedDeflate } from '../support/hostilePdf.js';
import { measured, startOutsideWorker } from '../support/outsideReading.js';

const MB = 1024 * 1024;
const SMALL = 64 * 1024;
const FONT = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
const dir = mkdtempSync(join(tmpdir(), '年报 形状-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => startOutsideWorker(dir), 60_000);

interface Attachment {
  /** The attachment stream's dictionary (its /Length is added). */
  readonly dictionary: string;
  readonly data: Buffer;
  /** More of the filespec dictionary. */
  readonly filespec?: string;
  /** Objects after the attachment (numbers 7, 8…). */
  readonly extra?: readonly { dictionary: string; stream?: Buffer }[];
}

/** One page and our attachment (object 6), as hostilePdf.ts builds it, in a chosen shape. */
function withAttachment({ dictionary, data, filespec = '', extra = [] }: Attachment): Buffer {
  return pdfOf([
    { dictionary: `<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(${ATTACHMENT_NAME}) 5 0 R] >> >> >>` },
    { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dictionary: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${FONT} /Contents 4 0 R >>` },
    { dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync('BT /F1 12 Tf 72 760 Td (report) Tj ET\n') },
    { dictionary: `<< /Type /Filespec /F (${ATTACHMENT_NAME}) /UF (${ATTACHMENT_NAME}) /EF << /F 6 0 R >> ${filespec}>>` },
    { dictionary, stream: data },
    ...extra,
  ]);
}

/** `text` with the first `from` replaced by `to` (latin1). */
function replaced(pdf: Buffer, from: string | RegExp, to: string): Buffer {
  return Buffer.from(pdf.toString('latin1').replace(from, to), 'latin1');
}

const plain = Buffer.alloc(SMALL, 0x61);
const zlibBomb = (): Buffer => repeatedDeflate(Buffer.alloc(4 * MB), 512); // 2 GB of zeros

interface Shape {
  readonly what: string;
  /** The PDF with an attachment of `plain` (small) or of the bomb. */
  readonly make: (size: 'small' | 'bomb') => Buffer;
}

const flate = (size: 'small' | 'bomb'): Buffer => (size === 'small' ? deflateSync(plain) : zlibBomb());

const shapes: readonly Shape[] = [
  { what: '/F written for /Filter', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /F /FlateDecode >>', data: flate(size) }) },
  {
    what: 'the filter as an indirect object',
    make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter 7 0 R >>', data: flate(size), extra: [{ dictionary: '[/FlateDecode]' }] }),
  },
  { what: 'a filter pdfjs does not know before Flate', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter [/NoSuchFilter /FlateDecode] >>', data: flate(size) }) },
  { what: 'a Crypt filter (pdfjs passes it through) before Flate', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter [/Crypt /FlateDecode] >>', data: flate(size) }) },
  {
    what: 'Flate twice',
    make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode] >>', data: deflateSync(size === 'small' ? deflateSync(plain) : zlibBomb()) }),
  },
  {
    what: 'Brotli (PDF 2.0)',
    make: (size) =>
      withAttachment({
        dictionary: '<< /Type /EmbeddedFile /Filter /BrotliDecode >>',
        data: brotliCompressSync(size === 'small' ? plain : Buffer.alloc(256 * MB), { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
      }),
  },
  { what: 'a repeated /Filter key (the last counts)', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /ASCIIHexDecode /Filter /FlateDecode >>', data: flate(size) }) },
  {
    what: 'an attachment typed as an image',
    make: (size) => withAttachment({ dictionary: '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', data: flate(size) }),
  },
  { what: '/Subtype /Image inside a sub-dictionary', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Params << /Subtype /Image >> /Filter /FlateDecode >>', data: flate(size) }) },
  { what: 'a dictionary longer than 4 KB', make: (size) => withAttachment({ dictionary: `<< /Type /EmbeddedFile /Filter /FlateDecode /Pad (${'x'.repeat(6000)}) >>`, data: flate(size) }) },
  { what: '"stream" and a line end inside a string before it', make: (size) => withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: flate(size), filespec: '/Desc (a stream\n) ' }) },
  { what: '"stream" followed by CR alone', make: (size) => replaced(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: flate(size) }), /(6 0 obj\n[^\n]*\nstream)\n/, '$1\r') },
  {
    what: 'a /Length that is too short',
    make: (size) => replaced(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: flate(size) }), /(\/EmbeddedFile \/Filter \/FlateDecode \/Length )(\d+)/, '$1 7'),
  },
  {
    what: 'a /Length that is too long',
    make: (size) => replaced(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: flate(size) }), /(\/EmbeddedFile \/Filter \/FlateDecode \/Length )(\d+)/, '$1999999999'),
  },
  {
    what: 'an indirect /Length',
    make: (size) => {
      const data = flate(size);
      return withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode /Length 7 0 R >>', data, extra: [{ dictionary: String(data.length) }] });
    },
  },
  {
    what: 'a broken xref that pdfjs rebuilds by scanning',
    make: (size) => replaced(replaced(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: flate(size) }), /startxref\n\d+/, 'startxref\n12'), /\d{10} 00000 n/g, '0000000009 00000 n'),
  },
  {
    what: 'a wrong Adler-32 sum (zlib refuses the stream, pdfjs never checks it)',
    make: (size) => {
      const data = flate(size);
      data[data.length - 1]! ^= 0xff;
      return withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data });
    },
  },
  {
    what: 'the filter object defined twice (the xref names the first, a later one is not in it)',
    make: (size) => {
      const pdf = withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter 7 0 R >>', data: flate(size), extra: [{ dictionary: '/FlateDecode' }] });
      return Buffer.concat([pdf, Buffer.from('7 0 obj\n/ASCIIHexDecode\nendobj\n', 'latin1')]);
    },
  },
  {
    what: 'an incremental update that replaces a harmless attachment',
    make: (size) => {
      const base = withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', data: deflateSync('{}') });
      const data = flate(size);
      const update = Buffer.concat([Buffer.from(`6 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n')]);
      const prev = /startxref\n(\d+)/.exec(base.toString('latin1'))![1];
      const xrefAt = base.length + update.length;
      const tail = `xref\n6 1\n${String(base.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
      return Buffer.concat([base, update, Buffer.from(tail, 'latin1')]);
    },
  },
];

describe('security: every stream shape pdfjs decodes is measured before it', () => {
  for (const shape of shapes) {
    it(`security: ${shape.what} — pdfjs reads it, the budget measures the same bytes and refuses the 2 GB version`, async () => {
      const small = shape.make('small');
      const attached = await readAttachedReport(small);
      expect(attached).toEqual({ kind: 'attached', text: plain.toString('latin1') });
      expect(checkPdfBudget(small, { ...PDF_BUDGET, embeddedFileBytes: SMALL })).toEqual({ ok: true });
      expect(checkPdfBudget(small, { ...PDF_BUDGET, embeddedFileBytes: SMALL - 1 })).toEqual({ ok: false, reason: 'attachmentTooLarge' });
      const started = performance.now();
      expect(checkPdfBudget(shape.make('bomb'))).toEqual({ ok: false, reason: 'attachmentTooLarge' });
      expect(performance.now() - started).toBeLessThan(5000);
    }, 30_000);
  }

  it('security: an attachment whose filter is an image codec is measured by its header (JPEG) or refused (JBIG2, CCITT)', () => {
    // A JPEG frame header claiming 60,000 × 60,000 pixels in 3 colours: 10.8 GB once decoded.
    const jpeg = Buffer.from('ffd8ffc0001108ea60ea6003012200021101031101ffd9', 'hex');
    expect(checkPdfBudget(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /DCTDecode >>', data: jpeg }))).toEqual({ ok: false, reason: 'attachmentTooLarge' });
    const small = Buffer.from('ffd8ffc0001108001000100301220002110103110100ffd9', 'hex'); // 16 × 16
    expect(checkPdfBudget(withAttachment({ dictionary: '<< /Type /EmbeddedFile /Filter /DCTDecode >>', data: small }))).toEqual({ ok: true });
    for (const filter of ['JBIG2Decode', 'CCITTFaxDecode']) {
      expect(checkPdfBudget(withAttachment({ dictionary: `<< /Type /EmbeddedFile /Filter /${filter} >>`, data: Buffer.alloc(100) }))).toEqual({ ok: false, reason: 'imageWhereTextExpected' });
    }
  });

  it('security: images pdfjs never decodes when reading text (an image XObject, an inline image) cost no memory: import ends at once', async () => {
    const imageBomb = zlibBomb();
    const inline = Buffer.concat([Buffer.from('BT /F1 12 Tf 72 760 Td (report) Tj ET\nq BI /W 46341 /H 46341 /CS /G /BPC 8 /F /Fl ID\n'), imageBomb, Buffer.from('\nEI Q\n')]);
    const pdf = pdfOf([
      { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { dictionary: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>` },
      { dictionary: '<< >>', stream: Buffer.concat([inline, Buffer.from('q 100 0 0 100 0 0 cm /Im1 Do Q\n')]) },
      { dictionary: '<< /Type /XObject /Subtype /Image /Width 46341 /Height 46341 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', stream: imageBomb },
    ]);
    expect(checkPdfBudget(pdf)).toEqual({ ok: true });
    const path = join(dir, 'images.pdf');
    writeFileSync(path, pdf);
    const { result: outcome, ms, growthMb } = await measured(() => importFile(path));
    expect(outcome.ok).toBe(false); // a page saying "report" has no table: refused for that, not for memory or time
    if (!outcome.ok) expect(outcome.message).not.toMatch(/内存|读取时间/);
    expect(ms).toBeLessThan(5000);
    expect(growthMb).toBeLessThan(400);
  }, 30_000);

  it('security: object headers hidden in comments or before an unclosed hex string cannot make the budget quadratic', () => {
    // Each hidden "1 0 obj" would be read to the end of the file: 900,000 of them, 8 MB, would be days of work.
    const hidden = {
      comments: `%PDF-1.7\n1 0 obj [\n${'%1 0 obj\n'.repeat(900_000)}]\nendobj\n`,
      'unclosed hex strings': `%PDF-1.7\n${'1 0 obj <'.repeat(800_000)}`,
      'attachment keys before unclosed hex strings': `%PDF-1.7\n${'/EF <'.repeat(1_000_000)}`,
    };
    for (const [what, text] of Object.entries(hidden)) {
      const started = performance.now();
      expect(checkPdfBudget(Buffer.from(text, 'latin1')), what).toEqual({ ok: false, reason: 'tooComplex' });
      expect(performance.now() - started).toBeLessThan(5000);
    }
    // Many small objects and streams without an end are read once each: linear, and accepted up to 100,000
    // streams (a 1,000-page document has about 10,000); more is refused before any is decoded.
    let started = performance.now();
    expect(checkPdfBudget(Buffer.from(`%PDF-1.7\n${'1 0 obj<<>>stream\n'.repeat(90_000)}`, 'latin1'))).toEqual({ ok: true });
    expect(checkPdfBudget(Buffer.from(`%PDF-1.7\n${'1 0 obj<</EF<</F 2 0 R>>>>endobj\n'.repeat(200_000)}`, 'latin1'))).toEqual({ ok: true });
    expect(performance.now() - started).toBeLessThan(5000);
    started = performance.now();
    expect(checkPdfBudget(Buffer.from(`%PDF-1.7\n${'1 0 obj<</Filter/FlateDecode>>stream\nx\nendstream\n'.repeat(150_000)}`, 'latin1'))).toEqual({ ok: false, reason: 'tooComplex' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('security: nianbao import refuses a shaped bomb with one sentence', async () => {
    const path = join(dir, 'shaped.pdf');
    writeFileSync(path, shapes[0]!.make('bomb'));
    expect(await importFile(path)).toEqual({ ok: false, message: `“${path}”${outsideRefusals.attachmentTooLarge}` });
  }, 30_000);
});
