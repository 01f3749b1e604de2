/**
 * security: spreadsheets built to hurt the process that reads them — the office's ledger (.xlsx, .csv) and the
 * county's roster (.txt, .csv, .xlsx) — are read in the outside-files worker and refused within 5 s with one
 * Chinese sentence, memory bounded, while the records keep answering; a legitimately large ledger is still read.
 * Before, they were read in the records process after a check of the central directory only: an entry hidden
 * from that directory was inflated by read-excel-file without any cap (measured: 3.0 s of the records process
 * per hidden gigabyte), and the roster's check read only sheet1–3, so a bomb in any other part went through.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LEDGER_BYTES, readLedgerFile } from '../../electron/services/ledger/readLedger.js';
import { ledgerRefusals } from '../../electron/services/ledger/refusals.js';
import { OUTSIDE_LIMITS, OutsideFileReader } from '../../electron/services/outsideFiles/outsideWorkerPool.js';
import { outsideRefusals } from '../../electron/services/outsideFiles/refusals.js';
import { readRosterFile } from '../../electron/services/rollup/readRoster.js';
import { expectOneChineseLine, REPO_ROOT, runCli } from '../cli/run-cli.js';
import {
  amplifiedStringXlsx,
  billionLaughsXlsx,
  hiddenEntryXlsx,
  longCellXlsx,
  manyStringsXlsx,
  millionRowsXlsx,
  zipBombXlsx,
} from '../support/hostileXlsx.js';
import { generateLedger } from '../support/ledgers.js';
import { ledgerXlsx } from '../support/ledgerFiles.js';
import { measured } from '../support/outsideReading.js';
import { openTestServices } from '../support/services.js';

const dir = mkdtempSync(join(tmpdir(), '年报 表格炸弹-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;
const LARGE_LEDGER_ROWS = 40_000;

/** Each hostile ledger, and the sentence after its name. */
const ledgerAttacks = {
  'an .xlsx whose sheet inflates to 1 GB of zeros (its headers claim 40 KB)': { file: 'zip-bomb.xlsx', make: () => zipBombXlsx(1), refusal: ledgerRefusals.zipTooLarge },
  'an .xlsx whose shared strings have 2,000,000 entries': { file: 'many-strings.xlsx', make: () => manyStringsXlsx(2_000_000), refusal: ledgerRefusals.tooManyStrings },
  'an .xlsx sheet of 1,048,576 rows': { file: 'million-rows.xlsx', make: () => millionRowsXlsx(), refusal: ledgerRefusals.tooManyCells },
  'an .xlsx with a “billion laughs” entity expansion': { file: 'billion-laughs.xlsx', make: () => billionLaughsXlsx(), refusal: ledgerRefusals.declaresEntities },
  'an .xlsx with one 4 MB cell': { file: 'long-cell.xlsx', make: () => longCellXlsx(4 * MB), refusal: ledgerRefusals.cellTooLong },
  'an .xlsx whose 600,000 cells all show one 32,767-character string': { file: 'amplified.xlsx', make: () => amplifiedStringXlsx(60_000), refusal: ledgerRefusals.tooMuchText },
  'a CSV of 19 MB in one line (9.5 million columns)': { file: 'one-line.csv', make: async () => Buffer.from('a,'.repeat(19 * MB / 2)), refusal: ledgerRefusals.csvTooLarge },
  'a CSV of 19 MB in one cell': { file: 'one-cell.csv', make: async () => Buffer.from(`收到日期,申请人类型\n${'字'.repeat(6 * MB)}`), refusal: ledgerRefusals.csvTooLarge },
  'a GBK CSV with invalid bytes': {
    file: 'broken-gbk.csv',
    // A real GBK ledger (our fixture) with a lead byte and a byte that GBK never uses spliced into a row.
    make: async () => Buffer.concat([readFileSync(join(REPO_ROOT, 'test/fixtures/ledger/title-row-gbk.csv')), Buffer.from([0x81, 0x20, 0xff, 0x0a])]),
    refusal: ledgerRefusals.notText,
  },
} as const;
type LedgerAttack = keyof typeof ledgerAttacks;
const paths = {} as Record<LedgerAttack, string>;
let fiftyMbCsv = '';
let largeLedger = '';
let hiddenEntry = '';

beforeAll(async () => {
  for (const [what, attack] of Object.entries(ledgerAttacks) as [LedgerAttack, (typeof ledgerAttacks)[LedgerAttack]][]) {
    paths[what] = join(dir, attack.file);
    writeFileSync(paths[what], await attack.make());
  }
  fiftyMbCsv = join(dir, 'fifty-mb.csv');
  writeFileSync(fiftyMbCsv, 'a,'.repeat(25 * MB));
  largeLedger = join(dir, 'large-ledger.xlsx');
  writeFileSync(largeLedger, await ledgerXlsx(generateLedger(5, 2024, LARGE_LEDGER_ROWS), { title: '某县2024年依申请公开台账' }));
  hiddenEntry = join(dir, 'hidden-entry.xlsx');
  writeFileSync(hiddenEntry, await hiddenEntryXlsx(1));
}, 120_000);

const joined = (path: string, predicate: string) => `“${path}”${/^(是|中|包含|解压|既|不是|的)/.test(predicate) ? '' : '：'}${predicate}`;

describe('security: hostile ledgers are refused in the outside-files worker', () => {
  for (const what of Object.keys(ledgerAttacks) as LedgerAttack[]) {
    it(`security: ${what} — refused within 5 s with one sentence, memory bounded`, async () => {
      const { result, ms, growthMb } = await measured(() => readLedgerFile(paths[what]));
      expect(result).toEqual({ ok: false, message: joined(paths[what], ledgerAttacks[what].refusal) });
      expect(ms).toBeLessThan(5000);
      expect(growthMb).toBeLessThan(400);
    });
  }

  it('security: a CSV of 50 MB in one line is refused by its size before a byte is parsed', async () => {
    const { result, ms } = await measured(() => readLedgerFile(fiftyMbCsv));
    expect(result).toEqual({ ok: false, message: ledgerRefusals.tooLarge(fiftyMbCsv, 50 * MB) });
    expect(ms).toBeLessThan(5000);
    expect(MAX_LEDGER_BYTES).toBeLessThan(50 * MB);
  });

  it(`security: a legitimately large ledger (${LARGE_LEDGER_ROWS.toLocaleString('en')} rows) is still read whole within 5 s`, async () => {
    const { result, ms } = await measured(() => readLedgerFile(largeLedger));
    expect(result.ok && result.records.length).toBe(LARGE_LEDGER_ROWS);
    expect(ms).toBeLessThan(5000);
  });

  it('security: a gigabyte hidden from the central directory is never inflated: the ledger’s own parts are read', async () => {
    const { result, ms, growthMb } = await measured(() => readLedgerFile(hiddenEntry));
    expect(result.ok && result.records.length).toBe(20);
    expect(ms).toBeLessThan(2000);
    expect(growthMb).toBeLessThan(200);
  });

  it('security: nianbao ledger gives exit 2 and one Chinese line for each hostile ledger', async () => {
    for (const what of Object.keys(ledgerAttacks) as LedgerAttack[]) {
      const run = await runCli(['ledger', paths[what]]);
      expect(run.code, what).toBe(2);
      expectOneChineseLine(run.stderr);
      expect(run.stderr).toContain(ledgerAttacks[what].refusal);
      expect(run.stdout).toBe('');
    }
  }, 180_000);

});

/**
 * The longest time between two answers of `reports.list` (one call, then a 20 ms pause) while `read` runs, up
 * to its end: a read that blocked this process shows as one long gap (measured in place: 1–2 s).
 */
async function answeringWhile<T>(s: ReturnType<typeof openTestServices>, read: () => Promise<T>): Promise<{ result: T; answers: number; longestGap: number; ms: number }> {
  const started = performance.now();
  let readDone = 0;
  const reading = read().then((result) => {
    readDone = performance.now();
    return result;
  });
  const answered: number[] = [performance.now()];
  while (readDone === 0) {
    expect(await s.call('reports.list', {})).toEqual([]);
    answered.push(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const gaps = [...answered.slice(1), readDone].map((at, i) => at - answered[i]!);
  return { result: await reading, answers: answered.filter((at) => at < readDone).length - 1, longestGap: Math.max(...gaps), ms: readDone - started };
}

describe('security: the records answer while a spreadsheet is read', () => {
  it('security: while hostile ledgers are read for the mapping step (ledger.readFile), other calls are answered', async () => {
    const s = openTestServices();
    try {
      for (const what of ['an .xlsx whose sheet inflates to 1 GB of zeros (its headers claim 40 KB)', 'an .xlsx whose 600,000 cells all show one 32,767-character string'] as const) {
        const fileName = ledgerAttacks[what].file;
        const base64 = readFileSync(paths[what]).toString('base64');
        const { result, answers, longestGap } = await answeringWhile(s, () => s.raw('ledger.readFile', { fileName, base64 }));
        expect(!result.ok && result.error.message, what).toBe(`“${fileName}”${ledgerAttacks[what].refusal}`);
        expect(answers, what).toBeGreaterThan(1);
        expect(longestGap, what).toBeLessThan(250);
      }
    } finally {
      s.remove();
    }
  }, 60_000);

  it(`security: while a ${LARGE_LEDGER_ROWS.toLocaleString('en')}-row ledger is read (nianbao ledger’s reader), other calls are answered`, async () => {
    const s = openTestServices();
    try {
      const { result, answers, longestGap, ms } = await answeringWhile(s, () => readLedgerFile(largeLedger));
      expect(result.ok && result.records.length).toBe(LARGE_LEDGER_ROWS);
      expect(answers).toBeGreaterThan(5);
      // The 40,000 records do come back to this process: deserialising them is one gap of ~100 ms of a 1.5–3 s
      // read (measured, three runs: 98–106 ms). Measured against the read's own time, so that a loaded machine
      // slows both alike: a read in place holds the loop for all of it (a gap of the whole read).
      expect(longestGap).toBeLessThan(ms / 4);
    } finally {
      s.remove();
    }
  }, 60_000);

  it('security: a ledger that needs more than the worker’s heap ends that worker with one sentence, and the next file is read', async () => {
    const reader = new OutsideFileReader({ ...OUTSIDE_LIMITS, heapMb: 24 });
    try {
      const answer = await reader.read({ kind: 'ledger', bytes: readFileSync(largeLedger) });
      expect(answer).toEqual({ ok: false, message: outsideRefusals.outOfMemory });
      const next = await reader.read({ kind: 'roster', name: '名单.txt', bytes: Buffer.from('县教育局\n县卫健委\n') });
      expect(next.ok && next.roster.entries.map((e) => e.name)).toEqual(['县教育局', '县卫健委']);
    } finally {
      await reader.close();
    }
  }, 60_000);
});

describe('security: hostile rosters are refused in the outside-files worker', () => {
  const rosterAttacks = {
    'an .xlsx whose sheet inflates to 1 GB of zeros': { file: 'roster-bomb.xlsx', make: () => zipBombXlsx(1), refusal: '解压后过大，不像是单位名单（可能是恶意构造的文件）' },
    'an .xlsx with a “billion laughs” entity expansion': { file: 'roster-laughs.xlsx', make: () => billionLaughsXlsx(), refusal: '中含有 Excel 不会写入的 XML 实体声明（可能是恶意构造的文件），已停止读取' },
    'an .xlsx sheet of 1,048,576 rows': { file: 'roster-rows.xlsx', make: () => millionRowsXlsx(), refusal: '的表格过大（超过10万行或500列），不像是单位名单' },
    'a text of 8 MB in one line': { file: 'roster-line.txt', make: async () => Buffer.from('县教育局,'.repeat(Math.floor((8 * MB - 1) / 13))), refusal: '的行数过多或某一行过长（超过10万行，或一行超过10000个字），不像是单位名单' },
  } as const;
  type RosterAttack = keyof typeof rosterAttacks;
  beforeAll(async () => {
    for (const attack of Object.values(rosterAttacks)) writeFileSync(join(dir, attack.file), await attack.make());
  }, 60_000);

  for (const [what, attack] of Object.entries(rosterAttacks) as [RosterAttack, (typeof rosterAttacks)[RosterAttack]][]) {
    it(`security: roster ${what} — refused within 5 s with one sentence, memory bounded`, async () => {
      const path = join(dir, attack.file);
      const { result, ms, growthMb } = await measured(() => readRosterFile(path));
      expect(result).toEqual({ ok: false, message: `名单“${path}”${attack.refusal}` });
      expect(ms).toBeLessThan(5000);
      expect(growthMb).toBeLessThan(400);
    });
  }

  it('security: nianbao rollup --roster with a hostile roster says so in one line, rolls up the rest, and exits 2', async () => {
    const units = join(dir, 'units');
    mkdirSync(units, { recursive: true });
    copyFileSync(join(REPO_ROOT, 'test/fixtures/seed-figures-2023.nianbao.json'), join(units, 'seed.nianbao.json'));
    for (const attack of Object.values(rosterAttacks)) {
      const roster = join(dir, attack.file);
      const run = await runCli(['rollup', units, '--roster', roster, '--json']);
      expect(run.code, attack.file).toBe(2);
      expectOneChineseLine(run.stderr);
      expect(run.stderr).toContain(`名单“${roster}”${attack.refusal}`);
      expect((JSON.parse(run.stdout) as { units: unknown[] }).units).toHaveLength(1);
    }
  }, 120_000);

  it('security: the 汇总 screen’s roster import refuses a zip bomb through the worker and stores nothing', async () => {
    const s = openTestServices();
    try {
      const base64 = (await zipBombXlsx(1)).toString('base64');
      const result = await s.raw('rollup.roster.import', { fileName: '名单.xlsx', base64 });
      expect(!result.ok && result.error.message).toContain('名单“名单.xlsx”解压后过大，不像是单位名单');
    } finally {
      s.remove();
    }
  });
});
