/**
 * security: encrypted PDFs. Published government PDFs are often "encrypted" with an owner password only (empty
 * user password): pdfjs opens them, so they must import — and so a compression bomb inside one is live. Before,
 * the budget measured such a file's ciphertext (which inflates to nothing) and only the worker's memory and time
 * limits stood between pdfjs and the bomb. Now each stream is decrypted with the empty user password and then
 * measured: encrypted bombs are refused within 5 s, our own signed PDF still opens and imports when encrypted,
 * and a PDF that needs a password to open gets one clear sentence. The encrypted files are written here by a
 * test-side writer (test/support/encryptPdf.ts); where qpdf is installed, qpdf reads ours and we read qpdf's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../electron/services/files/reportFile.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { OUTSIDE_LIMITS, OutsideFileReader } from '../../electron/services/outsideFiles/outsideWorkerPool.js';
import { checkPdfBudget } from '../../electron/services/outsideFiles/pdfBudget.js';
import { scanPdfObjects } from '../../electron/services/outsideFiles/pdfObjects.js';
import { outsideRefusals } from '../../electron/services/outsideFiles/refusals.js';
import { rc4 } from '../../electron/services/outsideFiles/rc4.js';
import { readAttachedReport } from '../../electron/services/pdf/readAttachment.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { newKeyPair, signSignoff } from '../../shared/report/signature.js';
import { expectOneChineseLine, runCli } from '../cli/run-cli.js';
import { FIXTURE_DIR, fixtureCases, wrongCells } from '../import/fixtureCases.js';
import { canPrintChinese, printToPdf } from '../import/libreOffice.js';
import { encryptPdf, PDF_CIPHERS, type PdfCipher } from '../support/encryptPdf.js';
import { attachmentBombPdf, contentBombPdf, textOperatorsPdf } from '../support/hostilePdf.js';
import { measured, readWhileRecordsAnswer, startOutsideWorker } from '../support/outsideReading.js';
import { seedReport } from '../support/reports.js';
import { openTestServices } from '../support/services.js';

const dir = mkdtempSync(join(tmpdir(), '年报 加密-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => startOutsideWorker(dir), 60_000);

const NO_BUDGET = { streamBytes: Infinity, totalBytes: Infinity, embeddedFileBytes: Infinity, textOperators: Infinity };
const BOMB_CIPHERS: readonly PdfCipher[] = ['rc4-128', 'aes-128', 'aes-256'];

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A signed report (the real 2023 figures of 巴楚县, all 200 cells) as this app prints it. */
async function signedPdf(): Promise<Buffer> {
  const report = seedReport();
  const signoff = signSignoff({ drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-20', fingerprint: reportFingerprint(report) }, newKeyPair());
  return renderReportPdf({ ...report, signoff });
}

describe('security: a bomb inside an encrypted PDF is measured through the encryption', () => {
  it('security: the attack — the ciphertext of an encrypted bomb inflates to nothing, yet pdfjs decrypts it and decodes gigabytes', async () => {
    const bomb = encryptPdf(attachmentBombPdf(2), 'aes-256');
    const attachment = scanPdfObjects(bomb).streams.find((s) => s.dict.has('Filter') && s.end - s.start > 1_000_000)!;
    expect(() => inflateSync(bomb.subarray(attachment.start, attachment.end), { maxOutputLength: 1024 })).toThrow();
    // With the budget switched off, pdfjs in the worker really decrypts and inflates it until the memory watch ends it.
    const reader = new OutsideFileReader({ ...OUTSIDE_LIMITS, memoryGrowthMb: 256 });
    try {
      const answer = await reader.read({ kind: 'report', name: '加密炸弹.pdf', bytes: bomb, budget: NO_BUDGET });
      expect(answer).toEqual({ ok: false, message: `“加密炸弹.pdf”${outsideRefusals.outOfMemory}` });
    } finally {
      await reader.close();
    }
  }, 60_000);

  for (const cipher of PDF_CIPHERS) {
    it(`security: ${cipher} — the budget measures exactly what pdfjs decodes from an encrypted attachment`, async () => {
      const pdf = encryptPdf(attachmentBombPdf(1 / 1024), cipher); // a 4 MB attachment
      const attached = await readAttachedReport(pdf);
      expect(attached.kind).toBe('attached');
      const size = attached.kind === 'attached' ? Buffer.byteLength(attached.text) : 0;
      expect(size).toBe(4 * 1024 * 1024);
      const budget = { streamBytes: 32 << 20, totalBytes: 96 << 20, textOperators: 400_000 };
      expect(checkPdfBudget(pdf, { ...budget, embeddedFileBytes: size })).toEqual({ ok: true });
      expect(checkPdfBudget(pdf, { ...budget, embeddedFileBytes: size - 1 })).toEqual({ ok: false, reason: 'attachmentTooLarge' });
    }, 30_000);
  }

  const bombs: { what: string; path: string; refusal: string }[] = BOMB_CIPHERS.flatMap((cipher) => [
    { what: `${cipher} attachment that inflates to 2 GB`, path: write(`attachment-${cipher}.pdf`, encryptPdf(attachmentBombPdf(2), cipher)), refusal: outsideRefusals.attachmentTooLarge },
    { what: `${cipher} page content that inflates to 2 GB`, path: write(`content-${cipher}.pdf`, encryptPdf(contentBombPdf(2), cipher)), refusal: outsideRefusals.inflatesTooMuch },
  ]);
  bombs.push({ what: 'aes-256 page of 50 million text operators', path: write('operators-aes-256.pdf', encryptPdf(textOperatorsPdf(50), 'aes-256')), refusal: outsideRefusals.inflatesTooMuch });
  bombs.push({ what: 'rc4-128 page of 4 million text operators', path: write('four-million-rc4-128.pdf', encryptPdf(textOperatorsPdf(4), 'rc4-128')), refusal: outsideRefusals.tooManyTextOperators });

  for (const bomb of bombs) {
    it(`security: an encrypted ${bomb.what} — check and import refuse it within 5 s, memory bounded`, async () => {
      for (const read of [() => readReportFile(bomb.path), () => importFile(bomb.path)]) {
        const { result, ms, growthMb } = await measured<unknown>(read);
        expect(result).toEqual({ ok: false, message: `“${bomb.path}”${bomb.refusal}` });
        expect(ms).toBeLessThan(5000);
        expect(growthMb).toBeLessThan(400);
      }
    }, 30_000);
  }

  it('security: the records keep answering other calls while an encrypted bomb is read in the import review', async () => {
    const s = openTestServices();
    try {
      const result = await readWhileRecordsAnswer(s, '加密的年报.pdf', encryptPdf(attachmentBombPdf(2), 'aes-128').toString('base64'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe(`“加密的年报.pdf”${outsideRefusals.attachmentTooLarge}。`);
    } finally {
      s.remove();
    }
  }, 30_000);
});

describe('security: crypt filters, clear streams and clear metadata', () => {
  const variants = {
    'AES-128 with /StmF /Identity (streams in the clear, strings encrypted)': { streamsInClear: true },
    'AES-128 with a /Crypt filter on every stream (pdfjs passes it through)': { cryptFilterOnStreams: true },
    'AES-128 with /EncryptMetadata false (another file key)': { encryptMetadata: false },
  } as const;
  for (const [what, options] of Object.entries(variants)) {
    it(`security: ${what} — pdfjs reads the attachment, the budget measures it and refuses the bomb`, async () => {
      const small = encryptPdf(attachmentBombPdf(1 / 1024), 'aes-128', options);
      const attached = await readAttachedReport(small);
      expect(attached.kind).toBe('attached');
      const budget = { streamBytes: 32 << 20, totalBytes: 96 << 20, textOperators: 400_000 };
      expect(checkPdfBudget(small, { ...budget, embeddedFileBytes: 4 << 20 })).toEqual({ ok: true });
      expect(checkPdfBudget(small, { ...budget, embeddedFileBytes: (4 << 20) - 1 })).toEqual({ ok: false, reason: 'attachmentTooLarge' });
      expect(checkPdfBudget(encryptPdf(attachmentBombPdf(2), 'aes-128', options))).toEqual({ ok: false, reason: 'attachmentTooLarge' });
    }, 30_000);
  }

  it('RC4 gives the published test vectors (it is ours: OpenSSL 3 keeps RC4 out of its default provider)', () => {
    expect(rc4(Buffer.from('Key'), Buffer.from('Plaintext')).toString('hex')).toBe('bbf316e8d940af0ad3');
    expect(rc4(Buffer.from('Wiki'), Buffer.from('pedia')).toString('hex')).toBe('1021bf0420');
    expect(rc4(Buffer.from('Secret'), Buffer.from('Attack at dawn')).toString('hex')).toBe('45a01f645fc35b383552544b9bf5');
  });
});

describe('security: encrypted PDFs that must still open, and those that cannot', () => {
  it('security: our signed PDF encrypted with an owner password only opens with check and imports all 200 cells (each cipher)', async () => {
    const pdf = await signedPdf();
    for (const cipher of PDF_CIPHERS) {
      const path = write(`签发-${cipher}.pdf`, encryptPdf(pdf, cipher, { ownerPassword: '禁止复制' }));
      const read = await readReportFile(path);
      if (!read.ok) throw new Error(`${cipher}: ${read.message}`);
      expect(read.report.cells).toEqual(seedReport().cells);
      expect(read.report.signoff?.approver).toBe('赵强');
      const imported = await importFile(path);
      if (!imported.ok) throw new Error(`${cipher}: ${imported.message}`);
      expect(imported.result.source.type).toBe('app-pdf');
      expect(Object.keys(imported.result.report.cells)).toHaveLength(200);
      expect(imported.result.report.cells).toEqual(seedReport().cells);
    }
  }, 60_000);

  it('security: a published (printed) PDF encrypted with an owner password only imports all 200 cells from its text', async () => {
    const printed = fixtureCases().find((c) => c.name === 'seed-figures-printed.pdf')!;
    const path = write('printed-aes-256.pdf', encryptPdf(readFileSync(`${FIXTURE_DIR}${printed.name}`), 'aes-256'));
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.source.type).toBe('pdf');
    expect(wrongCells(outcome.result, printed.expected)).toEqual([]);
  }, 60_000);

  it('security: nianbao check and nianbao import of our encrypted signed PDF work as for the plain one', async () => {
    const path = write('签发-cli.pdf', encryptPdf(await signedPdf(), 'aes-128'));
    const check = await runCli(['check', path, '--json']);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0, signature: 'unknown-key' });
    const imported = await runCli(['import', path, '--json']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');
  }, 60_000);

  for (const cipher of PDF_CIPHERS) {
    it(`security: ${cipher} — a PDF with a user password, or with a damaged /U, gets the clear sentence`, async () => {
      const plain = await signedPdf();
      for (const [name, options] of [
        ['password', { userPassword: '123456' }],
        ['wrong-u', { corruptU: true }],
      ] as const) {
        const path = write(`${name}-${cipher}.pdf`, encryptPdf(plain, cipher, options));
        expect(checkPdfBudget(readFileSync(path))).toEqual({ ok: false, reason: 'needsPassword' });
        expect(await readReportFile(path)).toEqual({ ok: false, message: `“${path}”${outsideRefusals.needsPassword}` });
        expect(await importFile(path)).toEqual({ ok: false, message: `“${path}”${outsideRefusals.needsPassword}` });
      }
    }, 30_000);
  }

  it('security: nianbao check and import of a PDF with an open password give exit 2 and the one sentence', async () => {
    const path = write('有密码.pdf', encryptPdf(await signedPdf(), 'aes-256', { userPassword: 'x' }));
    for (const command of ['check', 'import']) {
      const run = await runCli([command, path]);
      expect(run.code, command).toBe(2);
      expectOneChineseLine(run.stderr);
      expect(run.stderr).toContain(outsideRefusals.needsPassword);
      expect(run.stdout).toBe('');
    }
  }, 60_000);

  it('security: another security handler (public-key) or an unknown algorithm is refused with its own sentence', async () => {
    const pdf = encryptPdf(await signedPdf(), 'aes-128');
    const text = pdf.toString('latin1');
    const publicKey = Buffer.from(text.replace('/Filter /Standard', '/Filter /Adobe.PubSec'), 'latin1');
    expect(checkPdfBudget(publicKey)).toEqual({ ok: false, reason: 'unsupportedEncryption' });
    const unknownV = Buffer.from(text.replace('/V 4 ', '/V 3 '), 'latin1');
    expect(checkPdfBudget(unknownV)).toEqual({ ok: false, reason: 'unsupportedEncryption' });
    const path = write('证书加密.pdf', publicKey);
    expect(await importFile(path)).toEqual({ ok: false, message: `“${path}”${outsideRefusals.unsupportedEncryption}` });
  }, 30_000);
});

describe.skipIf(!canPrintChinese)('security: a PDF LibreOffice protects with a permissions password (optional: needs LibreOffice)', () => {
  it('security: printed with printing and copying forbidden (RC4-128, empty open password), it imports all 200 cells', async () => {
    const page = fixtureCases().find((c) => c.name === 'four-tables-nav.html')!;
    const options = { RestrictPermissions: { type: 'boolean', value: 'true' }, PermissionPassword: { type: 'string', value: 'owner' }, Printing: { type: 'long', value: '0' }, EnableCopyingOfContent: { type: 'boolean', value: 'false' } };
    // LibreOffice's profile folder goes in a URL: an ASCII path without spaces (as in printedPage.test.ts).
    const ascii = mkdtempSync(join(tmpdir(), 'nianbao-protected-'));
    const printed = printToPdf(`${FIXTURE_DIR}${page.name}`, ascii, `pdf:writer_web_pdf_Export:${JSON.stringify(options)}`);
    expect(readFileSync(printed, 'latin1')).toMatch(/\/Encrypt\s+\d+\s+0\s+R/);
    const outcome = await importFile(printed);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(wrongCells(outcome.result, page.expected)).toEqual([]);
    rmSync(ascii, { recursive: true, force: true });
  }, 150_000);
});

const hasQpdf = ((): boolean => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasQpdf)('security: cross-checked with qpdf (optional: CI does not install it)', () => {
  it('security: qpdf decrypts what our test writer encrypts, for every cipher', async () => {
    const pdf = await signedPdf();
    for (const cipher of PDF_CIPHERS) {
      const path = write(`qpdf-in-${cipher}.pdf`, encryptPdf(pdf, cipher));
      expect(execFileSync('qpdf', ['--show-encryption', path], { encoding: 'utf8' })).toMatch(/User password = \n/);
      execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
      execFileSync('qpdf', ['--decrypt', path, join(dir, `qpdf-out-${cipher}.pdf`)]);
      const attached = await readAttachedReport(readFileSync(join(dir, `qpdf-out-${cipher}.pdf`)));
      expect(attached.kind).toBe('attached');
    }
  }, 60_000);

  it('security: files qpdf encrypts ("" owner 40|128|128 AES|256, object streams, clear metadata) import, and bombs in them are refused', async () => {
    const plain = write('qpdf-plain.pdf', await signedPdf());
    const bomb = write('qpdf-bomb.pdf', attachmentBombPdf(0.25));
    const settings = [
      ['--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--'],
      ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--'],
      ['--encrypt', '', 'owner', '128', '--use-aes=y', '--cleartext-metadata', '--'],
      ['--object-streams=generate', '--encrypt', '', 'owner', '256', '--'],
      ['--encrypt', '', 'owner', '256', '--force-R5', '--'],
    ];
    for (const [i, setting] of settings.entries()) {
      const good = join(dir, `qpdf-good-${i}.pdf`);
      execFileSync('qpdf', [...setting, plain, good], { stdio: 'ignore' });
      const imported = await importFile(good);
      if (!imported.ok) throw new Error(`${setting.join(' ')}: ${imported.message}`);
      expect(imported.result.report.cells).toEqual(seedReport().cells);
      const bad = join(dir, `qpdf-bomb-${i}.pdf`);
      execFileSync('qpdf', ['--stream-data=preserve', ...setting, bomb, bad], { stdio: 'ignore' });
      expect(checkPdfBudget(readFileSync(bad)), setting.join(' ')).toEqual({ ok: false, reason: 'attachmentTooLarge' });
    }
    const withPassword = join(dir, 'qpdf-password.pdf');
    execFileSync('qpdf', ['--encrypt', 'u', 'owner', '256', '--', plain, withPassword]);
    expect(await importFile(withPassword)).toEqual({ ok: false, message: `“${withPassword}”${outsideRefusals.needsPassword}` });
  }, 120_000);
});
