// `nianbao import` as a user runs it (the real process): stdout, --json, -o written whole, refusals.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/report/exchange.js';
import { expectOneChineseLine, REPO_ROOT, runCli } from '../cli/run-cli.js';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures/import', name);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao import 导入 '));
});

describe('nianbao import', () => {
  it('prints the exchange JSON of a published Word report, which check then reads', async () => {
    const run = await runCli(['import', fixture('template-like.docx')]);
    expect(run.code).toBe(0);
    const read = readExchangeText(run.stdout);
    if (!read.ok) throw new Error(read.message);
    expect(read.report.agency).toBe('示例县交通运输局');
    expect(read.report.cells['applications.received.total']).toBe(47);
    expect(run.stderr).toContain('处需要核对');
  });

  it('--json gives {report, notes, source} with the note kinds of the contract', async () => {
    const run = await runCli(['import', fixture('noisy-tabs.txt'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { report: unknown; notes: { kind: string; cells: string[]; message: string }[]; source: unknown };
    expect(Object.keys(result)).toEqual(['report', 'notes', 'source']);
    expect(readExchangeText(JSON.stringify(result.report)).ok).toBe(true);
    expect(result.source).toEqual({ type: 'text', template: 'gov-2021' });
    expect(new Set(result.notes.map((n) => n.kind))).toEqual(new Set(['blank', 'placeholder', 'variant']));
    for (const note of result.notes) expect(Object.keys(note)).toEqual(['kind', 'cells', 'message']);
    expect(run.stderr).toBe('');
  });

  it('a 2019-format report says so in source.template', async () => {
    const run = await runCli(['import', fixture('format-2019-tabs.txt'), '--json']);
    expect(JSON.parse(run.stdout).source).toEqual({ type: 'text', template: 'gov-2019' });
  });

  it('-o writes the exchange file to a path with Chinese characters and spaces', async () => {
    const out = join(dir, '去年 报告.nianbao.json');
    const run = await runCli(['import', fixture('word-printed.pdf'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readExchangeText(await readFile(out, 'utf8')).ok).toBe(true);
  });

  it('unusable input: exit 2, one Chinese line naming the file, no stack trace, nothing written to OUT', async () => {
    const bad = join(dir, 'notice.txt');
    await writeFile(bad, '关于召开会议的通知\n请各单位准时参加。\n');
    const out = join(dir, 'never.nianbao.json');
    const run = await runCli(['import', bad, '-o', out]);
    expect(run.code).toBe(2);
    expectOneChineseLine(run.stderr);
    expect(run.stderr).toContain(`“${bad}”`);
    expect(await readdir(dir)).not.toContain('never.nianbao.json');
  });

  it('a missing file is one line, exit 2', async () => {
    const run = await runCli(['import', join(dir, 'nope.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到文件');
  });

  it('is listed in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain('nianbao import 文件 [-o 输出文件] [--json]');
  });
});
