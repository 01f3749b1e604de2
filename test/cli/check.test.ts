import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { seedReport, withCells } from '../support/reports.js';
import { expectOneChineseLine, REPO_ROOT, STACK_TRACE, runCli } from './run-cli.js';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures', name);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao cli 检查 '));
});

describe('nianbao check', () => {
  it('passes the real 2023 figures with exit 0 and a readable summary', async () => {
    const run = await runCli(['check', fixture('seed-figures-2023.nianbao.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('巴楚县人民政府2023年政府信息公开工作年度报告');
    expect(run.stdout).toContain('检查结果：0个错误，0个警告，0个提示');
  });

  it('exits 1 and prints each broken equation with its rule id, in JSON with --json', async () => {
    const run = await runCli(['check', fixture('received-natural-typo.nianbao.json'), '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: { rule: string; severity: string; cells: string[]; message: string }[]; errors: number; warnings: number; infos: number };
    expect(result.findings.map((f) => f.rule)).toEqual(['R3-1', 'R3-3']);
    expect(result).toMatchObject({ errors: 2, warnings: 0, infos: 0 });
    expect(result.findings[0]).toMatchObject({ severity: 'error', cells: expect.arrayContaining(['applications.received.natural']) });
  });

  it('prints the readable list with severity words in Chinese', async () => {
    const run = await runCli(['check', fixture('received-natural-typo.nianbao.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[错误 R3-1] 三、「自然人」列：一、本年新收（3）＋二、上年结转（0）＝3');
  });

  it('with --last, compares 上年结转 with last year’s 结转下年度 (C-1)', async () => {
    const run = await runCli(['check', fixture('carry-over-mismatch-2024.nianbao.json'), '--last', fixture('seed-figures-2023.nianbao.json'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { findings: { rule: string; cells: string[] }[] };
    expect(result.findings.filter((f) => f.rule === 'C-1').map((f) => f.cells)).toEqual([
      ['applications.carriedOver.natural'],
      ['applications.carriedOver.total'],
    ]);
    const without = await runCli(['check', fixture('carry-over-mismatch-2024.nianbao.json'), '--json']);
    expect((JSON.parse(without.stdout) as { findings: { rule: string }[] }).findings.some((f) => f.rule.startsWith('C-'))).toBe(false);
  });

  it('refuses a --last report that is not the year before', async () => {
    const run = await runCli(['check', fixture('seed-figures-2023.nianbao.json'), '--last', fixture('seed-figures-2023.nianbao.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('nianbao: 上年度报告是2023年度的，而被检查的报告是2023年度的；--last 应给出2022年度的报告\n');
  });

  it('recomputes the fingerprint of a signed report and says when the content no longer matches it', async () => {
    const report = seedReport();
    const signoff = { drafter: '张三', reviewer: '李四', approver: '王五', signedAt: '2024-01-18', fingerprint: reportFingerprint(report) };
    const signed = join(dir, 'signed.nianbao.json');
    await writeFile(signed, writeExchangeText({ ...report, signoff }));
    expect((await runCli(['check', signed])).stderr).toBe('');
    const edited = join(dir, 'edited after signing.nianbao.json');
    await writeFile(edited, writeExchangeText({ ...withCells(report, { 'active.licensing.decisions': 1 }), signoff }));
    const run = await runCli(['check', edited]);
    // A change after sign-off is an error finding of rule S-2 (rules.md), so the exit code says so too.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[错误 S-2] 此报告已签发，但内容与签发时不符');
    expect(run.stderr).toBe('nianbao: 注意：此报告已签发，但内容与签发时的指纹不符，签发后可能被改动过\n');
  });

  it('checks the date against a local deadline given with --deadline', async () => {
    const seed = fixture('seed-figures-2023.nianbao.json'); // a county report dated 2024-01-18
    const legal = await runCli(['check', seed, '--json']);
    expect((JSON.parse(legal.stdout) as { warnings: number }).warnings).toBe(0);
    const local = await runCli(['check', seed, '--json', '--deadline', '01-15']);
    const result = JSON.parse(local.stdout) as { findings: { rule: string; message: string }[] };
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'W-2', message: '成文日期2024年1月18日晚于县级人民政府年度报告的公开期限2024年1月15日' })]);
    const bad = await runCli(['check', seed, '--deadline', '2-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('nianbao: --deadline 应为“月-日”，如 01-20（次年1月20日），而不是“2-30”\n');
  });

  it('works on a path with Chinese characters and spaces', async () => {
    const path = join(dir, '巴楚县 2023 年报.nianbao.json');
    await writeFile(path, writeExchangeText(seedReport()));
    const run = await runCli(['check', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('nianbao check never crashes on bad input: exit 2 and one clear Chinese line', () => {
  const seedText = () => writeExchangeText(seedReport());
  const patched = (patch: (o: Record<string, unknown>) => void) => {
    const object = JSON.parse(seedText()) as Record<string, unknown>;
    patch(object);
    return JSON.stringify(object);
  };
  it.each([
    ['an empty file', '', '文件是空的'],
    ['a file that is not JSON', '年报\n', '不是有效的 JSON 文件'],
    ['a truncated file', seedText().slice(0, 3000), '不是有效的 JSON 文件'],
    ['JSON of the wrong shape', '{"format":"nianbao-report","formatVersion":1,"agency":"某局"}', '机关层级（level）'],
    ['formatVersion 2', patched((o) => (o.formatVersion = 2)), '此文件为第2版交换格式'],
    ['a text file in GBK', Buffer.from([0xc4, 0xea, 0xb1, 0xa8]), '不是 UTF-8 编码'],
    ['a PDF', '%PDF-1.7\n', 'PDF 文件'],
  ])('%s', async (_what, content, message) => {
    const path = join(dir, `bad ${Math.random().toString(36).slice(2)}.json`);
    await writeFile(path, content);
    const run = await runCli(['check', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(path);
    expectOneChineseLine(run.stderr);
  });

  it.each([
    ['a missing cell', (o: Record<string, unknown>) => delete (o.cells as Record<string, unknown>)['applications.granted.total'], 'V-1', 'applications.granted.total'],
    ['a negative count', (o: Record<string, unknown>) => ((o.cells as Record<string, unknown>)['applications.granted.natural'] = -1), 'V-1', 'applications.granted.natural'],
    ['a count of 2.5', (o: Record<string, unknown>) => ((o.cells as Record<string, unknown>)['appeals.review.upheld'] = 2.5), 'V-1', 'appeals.review.upheld'],
    ['a fee with 7 decimals', (o: Record<string, unknown>) => ((o.cells as Record<string, unknown>)['active.fees.amount'] = '1482.5623001'), 'V-1', 'active.fees.amount'],
  ])('%s is a V-1 finding in that cell (exit 1)', async (_what, patch, rule, cell) => {
    const path = join(dir, `finding ${Math.random().toString(36).slice(2)}.json`);
    await writeFile(path, patched(patch));
    const run = await runCli(['check', path, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { findings: { rule: string; cells: string[] }[] };
    expect(result.findings).toContainEqual(expect.objectContaining({ rule, cells: [cell] }));
  });

  it('a 50 MB file is refused without reading it', async () => {
    const path = join(dir, 'huge.nianbao.json');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const run = await runCli(['check', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/过大（50\.0 MB），不是年报交换文件/);
  });

  it.each([
    [['check'], '缺少文件'],
    [['check', 'a.json', 'b.json', '--last', 'c.json'], '--last 只能用于检查一份报告'], // two files are a batch check (cli.md), which takes no --last
    [['check', 'a.json', '--bogus'], '不认识的选项 --bogus'],
    [['check', 'a.json', '--last'], '选项 --last 需要一个值'],
    [['verify', 'a.json'], '未知命令“verify”'],
    [['check', '/no/such/报告.json'], '找不到文件“/no/such/报告.json”'],
  ])('usage error %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('keeps the input file untouched', async () => {
    const before = await readFile(fixture('received-natural-typo.nianbao.json'), 'utf8');
    await runCli(['check', fixture('received-natural-typo.nianbao.json')]);
    expect(await readFile(fixture('received-natural-typo.nianbao.json'), 'utf8')).toBe(before);
  });
});
