/**
 * `nianbao rollup` and batch `nianbao check` as a county IT person runs them (real processes, real files): a
 * county of 27 unit files in subfolders with a PDF, a duplicate, a report changed after signing, a damaged file,
 * a damaged PDF, a 50 MB file, a symlink loop and a report of last year; the roster as text, GBK .csv and .xlsx;
 * every sum checked cell by cell against an independent sum; exit codes as cli.md specifies.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_IDS, FEE_CELL_ID } from '../../shared/catalogue/cells.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import type { Report } from '../../shared/report/schema.js';
import { expectOneChineseLine, runCli, STACK_TRACE } from '../cli/run-cli.js';
import { cleanReport } from '../support/county.js';
import { writeCountyFolder, type CountyFolder } from '../support/countyFolder.js';
import { seededRandom } from '../support/random.js';

let root: string;
let folder: CountyFolder;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'nianbao-rollup-'));
  await mkdir(join(root, 'county'));
  folder = await writeCountyFolder(join(root, 'county'));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Sums of the report files by a different road than the code: through the JSON text, the fee digit by digit. */
function independentSum(reports: readonly Report[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of CELL_IDS) {
    const texts = reports.map((r) => JSON.stringify(r.cells[id] ?? 0).replaceAll('"', ''));
    if (id === FEE_CELL_ID) {
      let cents = 0n; // in 1/10,000 万元: the generated fees have at most four decimals
      for (const t of texts) {
        const [whole, fraction = ''] = t.split('.');
        cents += BigInt(`${whole}${fraction.padEnd(4, '0')}`);
      }
      const s = cents.toString().padStart(5, '0');
      const fraction = s.slice(-4).replace(/0+$/, '');
      out[id] = `${BigInt(s.slice(0, -4))}${fraction ? `.${fraction}` : ''}`;
    } else out[id] = String(texts.reduce((n, t) => n + Number.parseInt(t, 10), 0));
  }
  return out;
}

const textCells = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, String(v)]));

describe('nianbao rollup of a county folder', () => {
  it('sums every cell of the counted units, lists missing, duplicate, mismatch and unusable files, exit 1', async () => {
    const run = await runCli(['rollup', 'county', '--roster', folder.rosterFile, '--json'], { cwd: root });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    const rollup = JSON.parse(run.stdout);
    expect(rollup).toMatchObject({ format: 'nianbao-rollup', formatVersion: 1, year: 2024 });
    expect(textCells(rollup.cells)).toEqual(independentSum(folder.county.counted.map((u) => u.report)));
    expect(rollup.missing).toEqual(folder.county.missing);
    expect(rollup.duplicates).toEqual([{ agency: folder.county.duplicated, files: expect.any(Array), counted: `county/部门/${folder.county.duplicated}.nianbao.json` }]);
    expect(rollup.units.find((u: { agency: string }) => u.agency === folder.county.tampered)).toMatchObject({ fingerprint: 'mismatch', counted: false });
    const pdf = rollup.units.find((u: { file: string }) => u.file.endsWith('.pdf'));
    expect(pdf).toMatchObject({ status: 'signed', fingerprint: 'ok', counted: true, level: 'county' });
    expect(rollup.units.filter((u: { counted: boolean }) => u.counted)).toHaveLength(folder.county.counted.length);
    expect(rollup.unusable.map((u: { file: string }) => u.file).sort()).toEqual(folder.unusable.map((f) => `county/${f}`).sort());
    for (const u of rollup.unusable) expect(u.message).toMatch(/[\u4e00-\u9fff]/);
    expect(rollup.unusable.find((u: { file: string }) => u.file.includes('巨大')).message).toContain('50.0 MB');
    expect(rollup.unusable.find((u: { file: string }) => u.file.includes('链接')).message).toContain('符号链接');
    expect(rollup.unusable.find((u: { file: string }) => u.file.includes('2023')).message).toContain('2023年度');
  });

  it('gives the same roll-up when the files are spread over worker threads', async () => {
    const withWorkers = async (n: string) => {
      const previous = process.env.NIANBAO_ROLLUP_WORKERS;
      process.env.NIANBAO_ROLLUP_WORKERS = n;
      try {
        return await runCli(['rollup', 'county', '--roster', folder.rosterFile, '--json'], { cwd: root });
      } finally {
        if (previous === undefined) delete process.env.NIANBAO_ROLLUP_WORKERS;
        else process.env.NIANBAO_ROLLUP_WORKERS = previous;
      }
    };
    const [one, three] = [await withWorkers('0'), await withWorkers('3')];
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
  });

  it("a city's roll-up of two counties' roll-up files equals the roll-up of all their units", async () => {
    const other = join(root, 'other');
    await mkdir(other, { recursive: true });
    const random = seededRandom(9);
    for (let i = 0; i < 5; i++) await writeFile(join(other, `${i}.nianbao.json`), writeExchangeText(cleanReport(`邻县单位${i}`, 'department', 2024, random)));
    const a = await runCli(['rollup', 'county', '-o', 'a.nianbao-rollup.json'], { cwd: root });
    const b = await runCli(['rollup', 'other', '-o', 'b.nianbao-rollup.json'], { cwd: root });
    expect(b.code).toBe(0);
    expect(a.stderr).toContain('已写入');
    const city = await runCli(['rollup', 'a.nianbao-rollup.json', 'b.nianbao-rollup.json', '--json'], { cwd: root });
    const all = await runCli(['rollup', 'county', 'other', '--json'], { cwd: root });
    const cityRollup = JSON.parse(city.stdout);
    expect(cityRollup.cells).toEqual(JSON.parse(all.stdout).cells);
    expect(cityRollup.units.map((u: { status: string }) => u.status)).toEqual(['rollup', 'rollup']);
    expect(city.code).toBe(1); // the county's units with errors are still errors a level up
    // The readable summary of the same.
    const text = await runCli(['rollup', 'a.nianbao-rollup.json', 'b.nianbao-rollup.json'], { cwd: root });
    expect(text.stdout).toContain('计入2个单位');
  });

  it('--year picks another year; exit 0 when every unit is clean', async () => {
    const run = await runCli(['rollup', 'county', '--year', '2023', '--json'], { cwd: root });
    const rollup = JSON.parse(run.stdout);
    expect(rollup.year).toBe(2023);
    expect(rollup.units).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it('reads the roster as a GBK .csv and as an .xlsx', async () => {
    const lines = `名称,类别\r\n${folder.county.roster.map((e) => `${e.name},${e.level}`).join('\r\n')}\r\n`;
    const gbk = join(root, '名单.csv');
    await writeFile(gbk, encodeGbk(lines));
    const xlsx = join(root, '名单.xlsx');
    await writeFile(xlsx, await writeXlsxFile([['序号', '名称', '类别'], ...folder.county.roster.map((e, i) => [i + 1, e.name, e.level])]).toBuffer());
    for (const roster of [gbk, xlsx]) {
      const run = await runCli(['rollup', 'county', '--roster', roster, '--json'], { cwd: root });
      expect(JSON.parse(run.stdout).missing).toEqual(folder.county.missing);
    }
  });

  it('an unusable roster: one Chinese line, the roll-up still made, exit 2', async () => {
    await writeFile(join(root, 'bad.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]));
    const run = await runCli(['rollup', 'county', '--roster', 'bad.xlsx', '--json'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('名单');
    expect(JSON.parse(run.stdout).units.length).toBeGreaterThan(20);
    const missing = await runCli(['rollup', 'county', '--roster', 'nope.txt'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('a folder with no reports: exit 2 and a Chinese message; no roll-up file written', async () => {
    await mkdir(join(root, 'empty'), { recursive: true });
    const run = await runCli(['rollup', 'empty', '-o', 'none.json'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有找到任何报告文件');
    await expect(readFile(join(root, 'none.json'))).rejects.toThrow();
  });

  it('a bad --year is a usage error', async () => {
    const run = await runCli(['rollup', 'county', '--year', '二〇二四'], { cwd: root });
    expect(run.code).toBe(2);
    expectOneChineseLine(run.stderr);
  });
});

describe('batch nianbao check', () => {
  it('checks every report of a folder in one process: JSON per cli.md, exit 2 for the unusable files', async () => {
    const run = await runCli(['check', 'county', '--json'], { cwd: root });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout);
    expect(result.reports).toHaveLength(folder.county.units.length + 1); // + last year's report
    const first = result.reports[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['file', 'agency', 'level', 'year', 'status', 'errors', 'warnings', 'infos', 'findings']));
    expect(result.unusable).toHaveLength(4);
    expect(result.errors).toBe(result.reports.reduce((n: number, r: { errors: number }) => n + r.errors, 0));
    expect(run.stderr.trim().split('\n')).toHaveLength(4);
  });

  it('exit 1 for errors, 0 for clean files; the readable list names each file', async () => {
    const random = seededRandom(4);
    const clean = join(root, 'clean');
    await mkdir(clean, { recursive: true });
    await writeFile(join(clean, 'a.nianbao.json'), writeExchangeText(cleanReport('县财政局', 'department', 2024, random)));
    await writeFile(join(clean, 'b.nianbao.json'), writeExchangeText(cleanReport('县教育局', 'department', 2024, random)));
    const ok = await runCli(['check', 'clean/a.nianbao.json', 'clean/b.nianbao.json'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('== clean/a.nianbao.json');
    expect(ok.stdout).toContain('共检查2份报告');
    const bad = await runCli(['check', 'clean', 'county/部门/县财政局.nianbao.json'], { cwd: root });
    expect(bad.code).toBe(1);
  });
});

/** GBK bytes of text (what Chinese Excel saves as CSV): through iconv-free TextDecoder by a lookup of every code. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}
