/**
 * `nianbao pdf FILE -o OUT.pdf`, then `nianbao check OUT.pdf` and `nianbao import OUT.pdf`, through the real
 * process as the county IT person runs them: the PDF reads back as the very report it was made from, and
 * every refusal is one Chinese line with exit 2 and no OUT file left behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { readReportFile } from '../../electron/services/files/reportFile.js';
import { defaultFontDir } from '../../electron/services/pdf/fonts.js';
import { expectOneChineseLine, REPO_ROOT, runCli } from '../cli/run-cli.js';
import { seedReport, withCells } from '../support/reports.js';
import { requirePoppler } from './poppler.js';
import { signedSeed } from './reports.js';

requirePoppler();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};


describe('nianbao pdf, then check OUT.pdf and import OUT.pdf', () => {
  it('check reads the report back from the PDF: identical report, identical findings, same exit code', async () => {
    // A report with a typo, so the findings (exit 1) prove the figures came back, not just the envelope.
    const report = withCells(seedReport(), { 'applications.received.natural': 3 });
    const source = write('巴楚县 2023.nianbao.json', writeExchangeText(report));
    const out = join(dir, '巴楚县 2023.pdf');
    const made = await runCli(['pdf', source, '-o', out]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('');
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [fromJson, fromPdf] = await Promise.all([runCli(['check', source, '--json']), runCli(['check', out, '--json'])]);
    expect(fromPdf.code).toBe(1);
    expect(fromPdf.stdout).toBe(fromJson.stdout);
    expect(JSON.parse(fromPdf.stdout).errors).toBeGreaterThan(0);

    const back = await readReportFile(out);
    expect(back.ok && back.report).toEqual(report);

    // nianbao import OUT.pdf prints the exchange file: byte for byte the one the PDF was made from.
    const imported = await runCli(['import', out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(writeExchangeText(report));
  });

  it('a signed report keeps its sign-off through the PDF, and check does not call it tampered', async () => {
    const source = write('signed.nianbao.json', writeExchangeText(signedSeed()));
    const out = join(dir, 'signed.pdf');
    expect((await runCli(['pdf', source, '-o', out])).code).toBe(0);
    const checked = await runCli(['check', out]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toBe('');
    const back = await readReportFile(out);
    expect(back.ok && back.report.signoff).toEqual(signedSeed().signoff);
  });

  it('the same file printed twice gives byte-identical PDFs', async () => {
    const source = write('twice.nianbao.json', writeExchangeText(seedReport()));
    const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    expect((await runCli(['pdf', source, '-o', a])).code).toBe(0);
    expect((await runCli(['pdf', source, '-o', b])).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe('nianbao pdf refuses, with exit 2, one Chinese line and no OUT file', () => {
  it('a character outside the font, named with its place', async () => {
    const report = seedReport();
    report.sections.problems = `${report.sections.problems}\n对𠀀字等生僻字的录入仍有困难。`;
    const source = write('rare.nianbao.json', writeExchangeText(report));
    const out = join(dir, 'rare.pdf');
    const run = await runCli(['pdf', source, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('五、存在的主要问题及改进情况 第2段：“𠀀”');
    expectOneChineseLine(run.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('no -o given', async () => {
    const source = write('no-out.nianbao.json', writeExchangeText(seedReport()));
    const run = await runCli(['pdf', source]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o');
    expectOneChineseLine(run.stderr);
  });

  it('an output folder that does not exist leaves nothing behind', async () => {
    const source = write('nowhere.nianbao.json', writeExchangeText(seedReport()));
    const run = await runCli(['pdf', source, '-o', join(dir, '不存在的文件夹', 'out.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('所在文件夹不存在');
    expectOneChineseLine(run.stderr);
  });

  it('an unreadable input file', async () => {
    const run = await runCli(['pdf', write('broken.nianbao.json', '{"format":'), '-o', join(dir, 'broken.pdf')]);
    expect(run.code).toBe(2);
    expectOneChineseLine(run.stderr);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('nianbao check on a PDF that is not one of ours', () => {
  const plainPdf = (): Promise<Buffer> =>
    new Promise((resolve) => {
      const doc = new PDFDocument({ font: join(defaultFontDir(), '400Regular', 'NotoSerifSC_400Regular.ttf') });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text('巴楚县人民政府2023年政府信息公开工作年度报告');
      doc.end();
    });

  it.each([
    ['only a PDF header', () => Promise.resolve(Buffer.from('%PDF-1.7\n')), '损坏'],
    ['a PDF cut off halfway', async () => (await plainPdf()).subarray(0, 4000), '损坏'],
    ['random bytes after a PDF header', () => Promise.resolve(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))])), '损坏'],
    ['a real PDF from elsewhere, without our attachment', plainPdf, '不是年报软件生成的'],
  ])('%s is refused with exit 2 and one Chinese line', async (_what, make, words) => {
    const path = write(`other ${Math.random().toString(36).slice(2)}.pdf`, await make());
    const run = await runCli(['check', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(words);
    expect(run.stderr).toContain(path);
    expectOneChineseLine(run.stderr);
  });
});

describe('help', () => {
  it('nianbao --help describes the pdf command', async () => {
    const run = await runCli(['--help'], { cwd: REPO_ROOT });
    expect(run.stdout).toContain('nianbao pdf 文件 -o 输出.pdf');
  });
});
