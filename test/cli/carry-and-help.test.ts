import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/report/exchange.js';
import { REPO_ROOT, STACK_TRACE, runCli } from './run-cli.js';

const seed = join(REPO_ROOT, 'test/fixtures/seed-figures-2023.nianbao.json');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao carry 结转 '));
});

describe('nianbao carry', () => {
  it('prints next year’s draft with balances carried forward', async () => {
    const run = await runCli(['carry', seed]);
    expect(run.code).toBe(0);
    const read = readExchangeText(run.stdout);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report).toMatchObject({ year: 2024, agency: '巴楚县人民政府', issuer: '巴楚县人民政府办公室', date: null });
    expect(read.report.cells['active.normativeDocuments.inForce']).toBe(11);
    expect(read.report.cells['applications.carriedOver.total']).toBe(0);
  });

  it('writes -o to a path with Chinese characters and spaces, and the draft checks clean against last year except S-1', async () => {
    const out = join(dir, '巴楚县 2024 草稿.nianbao.json');
    const run = await runCli(['carry', seed, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('已写入');
    const check = await runCli(['check', out, '--last', seed, '--json']);
    const result = JSON.parse(check.stdout) as { findings: { rule: string }[] };
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['S-1']));
  });

  it('writes nothing to OUT when the input is unusable', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"format":"nianbao-report","formatVersion":3}');
    const out = join(dir, 'should-not-exist.json');
    const run = await runCli(['carry', bad, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第3版');
    expect(await readdir(dir)).not.toContain('should-not-exist.json');
  });

  it('leaves an existing OUT untouched and says why when the folder cannot be written', async () => {
    const out = join(dir, 'no such folder', 'draft.json');
    const run = await runCli(['carry', seed, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`nianbao: 无法写入“${out}”：所在文件夹不存在\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('replaces an existing OUT completely (no leftovers of a longer old file)', async () => {
    const out = join(dir, 'existing.json');
    await writeFile(out, 'x'.repeat(100_000));
    expect((await runCli(['carry', seed, '-o', out])).code).toBe(0);
    expect(readExchangeText(await readFile(out, 'utf8')).ok).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('nianbao --help', () => {
  it('explains the commands in Chinese', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nianbao check 文件 [--last 上年文件] [--json]');
    expect(run.stdout).toContain('nianbao carry 上年文件 [-o 输出文件]');
  });

  it('works through npx in the repository right after install, with no build step', async () => {
    const run = await runCli(['--help'], { command: ['npx', '--no-install', 'nianbao'] });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('年报 nianbao');
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    expect(run.stdout).toMatch(/^nianbao \d+\.\d+\.\d+\n$/);
  });
});
