import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8, unzipSync } from 'fflate';
import { ledgerCalendar, tallyLedger } from '../../shared/ledger/index.js';
import { readLedgerBytes } from '../../electron/services/ledger/readLedger.js';
import { generateLedger } from '../support/ledgers.js';
import { ledgerXlsx } from '../support/ledgerFiles.js';
import { seededRandom } from '../support/random.js';

const GBK_CSV = fileURLToPath(new URL('../fixtures/ledger/title-row-gbk.csv', import.meta.url));
const calendar = ledgerCalendar();

async function read(bytes: Uint8Array, options = {}) {
  const result = await readLedgerBytes(bytes, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('reading the office’s ledger file', () => {
  it('reads a GBK CSV saved by Excel/WPS, with a title row above the header and a 合计 row below', async () => {
    const result = await read(readFileSync(GBK_CSV));
    expect(result.layout.headerRow).toBe(1);
    expect(result.missingColumns).toBeNull();
    expect(result.records.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(result.records[0]).toMatchObject({ receivedDate: '2024/1/8', applicantType: '个人', result: '予以公开', applicantName: '张某' });
    expect(result.layout.mapping).toMatchObject({ receivedDate: 1, applicantName: 2, applicantType: 3, subject: 4, result: 5, replyDate: 6, extended: 7 });
  });

  for (const variant of [
    { title: '某县2024年依申请公开台账', realDates: true },
    { title: undefined, realDates: false },
    { title: '某县2024年依申请公开台账', realDates: false },
  ]) {
    it(`reads an .xlsx (${variant.realDates ? 'real Excel dates' : 'dates as text'}, ${variant.title ? 'with' : 'without'} a title row) into the same table`, async () => {
      const rows = generateLedger(11, 2024, 120);
      const result = await read(await ledgerXlsx(rows, variant));
      expect(result.layout.headerRow).toBe(variant.title ? 1 : 0);
      expect(result.records).toHaveLength(120);
      expect(result.records[0]!.row).toBe(variant.title ? 3 : 2);
      const fromFile = tallyLedger(result.records, { year: 2024, calendar });
      const direct = tallyLedger(rows.map((r) => r.record), { year: 2024, calendar });
      expect(fromFile.cells).toEqual(direct.cells);
      expect(fromFile.findings.map((f) => f.kind)).toEqual(direct.findings.map((f) => f.kind));
    });
  }

  it('lets the clerk override a column the headers did not name', async () => {
    const csv = new TextEncoder().encode('日期,类型,结论,回函\n2024-03-01,个人,予以公开,2024-03-05\n');
    const guessed = await read(csv);
    expect(guessed.missingColumns).toContain('台账中找不到表头');
    expect(guessed.records).toEqual([]);
    const corrected = await read(csv, { headerRow: 0, mapping: { receivedDate: 0, applicantType: 1, result: 2, replyDate: 3 } });
    expect(corrected.missingColumns).toBeNull();
    expect(corrected.records).toHaveLength(1);
  });

  it('names the missing columns in Chinese when a sheet lacks them', async () => {
    const csv = new TextEncoder().encode('收到日期,申请人类型,备注\n2024-03-01,个人,\n');
    const result = await read(csv);
    expect(result.missingColumns).toMatch(/“办理结果”.*“答复日期”/);
  });

  it('refuses a damaged .xlsx, an old .xls and binary data with one Chinese sentence', async () => {
    const good = await ledgerXlsx(generateLedger(3, 2024, 10));
    const damaged = await readLedgerBytes(good.subarray(0, good.length / 2));
    expect(damaged).toEqual({ ok: false, message: '是损坏的或无法读取的 Excel 表格（.xlsx）' });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await readLedgerBytes(xls)).ok).toBe(false);
    expect(await readLedgerBytes(new Uint8Array(0))).toEqual({ ok: false, message: '是空文件，没有任何内容' });
    const binary = new Uint8Array(4000).map((_, i) => (i * 7) % 32);
    expect((await readLedgerBytes(binary)).ok).toBe(false);
  });

  it('refuses a workbook whose sheet claims an absurd extent before the library reads it', async () => {
    const files = unzipSync(new Uint8Array(await ledgerXlsx(generateLedger(3, 2024, 3))));
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
    const result = await readLedgerBytes(zipSync(files));
    expect(result).toEqual({ ok: false, message: '的表格过大（超过20万行或500列），不像是一份依申请公开台账' });
  });

  it('refuses a ZIP that inflates past the caps (a zip bomb)', async () => {
    const files = unzipSync(new Uint8Array(await ledgerXlsx(generateLedger(3, 2024, 3))));
    files['xl/media/huge.bin'] = new Uint8Array(70 * 1024 * 1024);
    const result = await readLedgerBytes(zipSync(files, { level: 9 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('解压后的内容过大');
  });
});

/** Seeded damage: flipped bytes, cut tails, inserted garbage, swapped blocks. */
function damage(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    for (let i = 0; i < 1 + random() * 20; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }
  if (kind === 1) return out.subarray(0, Math.floor(random() * out.length));
  if (kind === 2) {
    const at = Math.floor(random() * out.length);
    const junk = new Uint8Array(1 + Math.floor(random() * 200)).map(() => Math.floor(random() * 256));
    return new Uint8Array([...out.subarray(0, at), ...junk, ...out.subarray(at)]);
  }
  const a = Math.floor(random() * out.length);
  const b = Math.floor(random() * out.length);
  const n = Math.min(64, out.length - Math.max(a, b));
  for (let i = 0; i < n; i++) [out[a + i], out[b + i]] = [out[b + i]!, out[a + i]!];
  return out;
}

/** In the suite: 200 cases; LEDGER_FUZZ=1000 (or more) for the full run the issue asks for. */
const FUZZ_CASES = Number(process.env.LEDGER_FUZZ ?? 200);

describe('a fuzz of damaged ledger spreadsheets', () => {
  it(`never crashes or hangs on ${FUZZ_CASES} damaged .xlsx and .csv files`, async () => {
    const xlsx = new Uint8Array(await ledgerXlsx(generateLedger(5, 2024, 40), { title: '台账', realDates: true }));
    const csv = readFileSync(GBK_CSV);
    const random = seededRandom(2024);
    let refused = 0;
    for (let i = 0; i < FUZZ_CASES; i++) {
      const input = damage(i % 4 === 3 ? csv : xlsx, random);
      const started = Date.now();
      const result = await readLedgerBytes(input);
      expect(Date.now() - started, `case ${i}`).toBeLessThan(5_000);
      if (!result.ok) {
        refused++;
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      } else if (!result.missingColumns) {
        tallyLedger(result.records, { year: 2024, calendar });
      }
    }
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
