/**
 * reliability: importing an exchange file that is damaged, truncated, wrong-shaped or from a newer version
 * changes nothing in the records (every table compared) and says why in Chinese.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { toExchangeObject, writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, scratchDir, snapshotTables, type TestServices } from '../support/services.js';

const good = writeExchangeText(seedReport());
/** `text` with `insert` placed after the first `marker` (which must be there). */
function withInserted(text: string, marker: string, insert: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not found`);
  return text.slice(0, at + marker.length) + insert + text.slice(at + marker.length);
}
const goodObject = toExchangeObject(seedReport());
const variants: Record<string, string> = {
  'an empty file': '',
  'random bytes': '\u0001\u0007垃圾数据 %PDF-1.7 \u0000\u0010',
  'a truncated file': good.slice(0, Math.floor(good.length / 2)),
  'the last byte missing': good.slice(0, -2),
  'a JSON array': '[1,2,3]',
  'a report without cells': JSON.stringify({ ...goodObject, cells: undefined }),
  'an unknown level': JSON.stringify({ ...goodObject, level: 'province' }),
  'a year as text': JSON.stringify({ ...goodObject, year: '2023年' }),
  'an unknown cell id': JSON.stringify({ ...goodObject, cells: { ...(goodObject.cells as object), 'applications.bogus.natural': 1 } }),
  'a __proto__ cell': withInserted(JSON.stringify(goodObject), '"cells":{', '"__proto__":{"polluted":1},'),
  'a __proto__ key at the top': withInserted(JSON.stringify(goodObject), '{', '"__proto__":{"polluted":1},'),
  'format version 2 (a newer program)': JSON.stringify({ ...goodObject, formatVersion: 2 }),
  'another format': JSON.stringify({ ...goodObject, format: 'other-report' }),
};

const seedOf2022 = () => ({ ...seedReport(), year: 2022, title: '巴楚县人民政府2022年政府信息公开工作年度报告' });
let s: TestServices;
let chosenPath: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosenPath, chooseSavePath: async () => chosenPath };
beforeEach(async () => {
  s = openTestServices({ dialogs });
  // Records that hold something, so "nothing changed" means something.
  await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedOf2022()) });
});
afterEach(() => s.remove());

describe('reliability: importing a bad exchange file', () => {
  for (const [what, text] of Object.entries(variants)) {
    it(`reliability: ${what} is refused, says why, and changes nothing`, async () => {
      const before = snapshotTables(s.databasePath);
      const result = await s.raw('exchange.importText', { fileName: '上年报告.nianbao.json', text });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('BAD_FILE');
      expect(result.error.message).toMatch(/^《上年报告\.nianbao\.json》无法导入：.+记录没有任何改动。$/);
      expect(snapshotTables(s.databasePath)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('reliability: a newer format version tells the person to upgrade', async () => {
    const result = await s.raw('exchange.importText', { fileName: 'x.nianbao.json', text: variants['format version 2 (a newer program)']! });
    expect(!result.ok && result.error.message).toContain('升级');
  });

  it('reliability: a file chosen in the dialog that is GBK text, a PDF or a folder is refused and changes nothing', async () => {
    const dir = scratchDir();
    const gbk = join(dir, '上年 报告.nianbao.json');
    writeFileSync(gbk, Buffer.from([0x7b, 0x22, 0xc4, 0xea, 0xb1, 0xa8, 0x22, 0x7d])); // {"年报"} in GBK
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const before = snapshotTables(s.databasePath);
    for (const path of [gbk, pdf, dir, join(dir, '不存在.json')]) {
      chosenPath = path;
      const result = await s.raw('exchange.importFile', {});
      expect(result, path).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
      expect(!result.ok && result.error.message, path).toContain('记录没有任何改动');
    }
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('reliability: an import for a year the records already hold is refused unless the draft is to be replaced', async () => {
    const before = snapshotTables(s.databasePath);
    const again = await s.raw('exchange.importText', { fileName: 'again.nianbao.json', text: writeExchangeText(seedOf2022()) });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshotTables(s.databasePath)).toEqual(before);
    const replaced = await s.call('exchange.importText', { fileName: 'again.nianbao.json', text: writeExchangeText(seedOf2022()), replaceDraft: true });
    expect(replaced.notes.join('')).toContain('原有草稿已被文件中的报告替换');
  });

  it('an exported file imports back identical, and a cancelled dialog changes nothing', async () => {
    const [summary] = await s.call('reports.list', {});
    const exported = await s.call('exchange.exportText', { reportId: summary!.id });
    expect(exported.fileName).toBe('巴楚县人民政府2022年政府信息公开工作年度报告.nianbao.json');
    const path = join(scratchDir(), exported.fileName);
    chosenPath = path;
    expect(await s.call('exchange.exportFile', { reportId: summary!.id })).toEqual({ path });
    chosenPath = null;
    expect(await s.call('exchange.importFile', {})).toEqual({ cancelled: true });
    chosenPath = path;
    const other = openTestServices({ dialogs });
    try {
      const imported = await other.call('exchange.importFile', {});
      expect('detail' in imported && imported.detail.report).toEqual((await s.call('reports.open', { reportId: summary!.id })).report);
    } finally {
      other.remove();
    }
  });

  it('a signed file stays signed when imported; one altered after signing comes in as a draft with a note', async () => {
    const other = openTestServices();
    try {
      const { detail } = await other.call('exchange.importText', { fileName: 'a.nianbao.json', text: good });
      await other.call('signoff.sign', { reportId: detail.summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
      const signedText = (await other.call('exchange.exportText', { reportId: detail.summary.id })).text;
      const kept = await s.call('exchange.importText', { fileName: 'signed.nianbao.json', text: signedText });
      expect(kept.detail.summary.status).toBe('signed');
      expect(kept.notes.join('')).toContain('按已签发报告保存');

      const parsed = JSON.parse(signedText) as { year: number; cells: Record<string, unknown> };
      const altered = JSON.stringify({ ...parsed, year: 2021, cells: { ...parsed.cells, 'active.licensing.decisions': 33958 } });
      const draft = await s.call('exchange.importText', { fileName: 'altered.nianbao.json', text: altered });
      expect(draft.detail.summary.status).toBe('draft');
      expect(draft.notes.join('')).toContain('签发信息与内容不符');
    } finally {
      other.remove();
    }
  });
});
