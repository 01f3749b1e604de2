/**
 * `nianbao docx` and `nianbao html` through the real process, then `nianbao import` of what they wrote: the same
 * report comes back; every refusal is one Chinese line with exit 2 and no OUT file left behind.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { expectOneChineseLine, runCli } from '../cli/run-cli.js';
import { seedReport } from '../support/reports.js';
import { changedCells, printedWords } from './roundTrip.js';
import { readExchangeText } from '../../shared/report/exchange.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-formats-'));
afterAll(() => {
  chmodSync(join(dir, 'locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});
const source = join(dir, '巴楚县 2023.nianbao.json');
writeFileSync(source, writeExchangeText(seedReport()));

describe.each(['docx', 'html'] as const)('nianbao %s, then nianbao import', (format) => {
  it('writes the file and the import reads back the same 200 cells and prose', async () => {
    const out = join(dir, `巴楚县 2023.${format}`);
    const made = await runCli([format, source, '-o', out]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain('已写入');
    const back = await runCli(['import', out]);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain('没有需要核对的地方');
    const read = readExchangeText(back.stdout);
    if (!read.ok) throw new Error(read.message);
    expect(changedCells(seedReport(), read.report)).toEqual([]);
    expect(printedWords(read.report)).toEqual(printedWords(seedReport()));
  });

  it('refuses without -o, a missing file, and a folder it cannot write to — and leaves nothing behind', async () => {
    const noOutput = await runCli([format, source]);
    expect(noOutput.code).toBe(2);
    expectOneChineseLine(noOutput.stderr);
    expect(noOutput.stderr).toContain('-o');

    const missing = await runCli([format, join(dir, '没有这个文件.nianbao.json'), '-o', join(dir, `x.${format}`)]);
    expect(missing.code).toBe(2);
    expectOneChineseLine(missing.stderr);

    const locked = join(dir, 'locked');
    mkdirSync(locked, { recursive: true });
    chmodSync(locked, 0o555);
    const refused = await runCli([format, source, '-o', join(locked, `报告.${format}`)]);
    // root writes anyway there; a "folder" that is a file refuses everyone
    const notFolder = join(dir, '不是文件夹.txt');
    writeFileSync(notFolder, 'x');
    const notWritable = await runCli([format, source, '-o', join(notFolder, `报告.${format}`)]);
    expect(notWritable.code).toBe(2);
    expectOneChineseLine(notWritable.stderr);
    if (process.getuid?.() !== 0) {
      expect(refused.code).toBe(2);
      expectOneChineseLine(refused.stderr);
      expect(readdirSync(locked)).toEqual([]);
    }
    expect(existsSync(join(dir, `x.${format}`))).toBe(false);
  });
});

it('the web page is one file with no script and nothing fetched from outside', async () => {
  const out = join(dir, 'page.html');
  expect((await runCli(['html', source, '-o', out])).code).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(/<script|<link|<img|<iframe|<style|src=|href=|url\(|@import|class=/i);
  expect(html).toMatch(/^<!DOCTYPE html>/);
});
