/**
 * The office typefaces: found by the family name inside the file in folders laid out as Windows and UOS lay them
 * out (open fonts renamed to the office names — never a commercial font), a .ttc collection, a damaged file or
 * one that is not a font skipped with a reason, a face lacking characters set in Noto Serif SC for those, and
 * the same bytes for the same report and the same fonts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOfficeFonts, systemFontDirs } from '../../electron/services/pdf/officeFonts.js';
import { readFontNames } from '../../electron/services/pdf/fontNames.js';
import { renderReportPdfWithFonts } from '../../electron/services/pdf/renderReport.js';
import { collection, DEJAVU, NOTO_BOLD, NOTO_REGULAR, renamedFont, writeFont } from '../support/fontFixtures.js';
import { seedReport } from '../support/reports.js';
import { PdfFile, requirePoppler } from './poppler.js';
import { signedSeed } from './reports.js';

requirePoppler();
const root = mkdtempSync(join(tmpdir(), 'nianbao-office-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const windows = join(root, 'Windows', 'Fonts');
const uos = join(root, 'usr', 'share', 'fonts');

beforeAll(() => {
  const regular = NOTO_REGULAR();
  const bold = NOTO_BOLD();
  // Windows: the usual files, one decoy named like an office font but carrying another family, and junk.
  writeFont(join(windows, 'simfang.ttf'), renamedFont(regular, '仿宋', 'FangSong'));
  writeFont(join(windows, 'simhei.ttf'), renamedFont(bold, '黑体', 'SimHei'));
  writeFont(join(windows, 'simkai.ttf'), renamedFont(regular, '楷体', 'KaiTi'));
  writeFont(join(windows, 'FZXBSJW.TTF'), renamedFont(bold, '方正小标宋简体', 'FZXBSJW--GB1-0'));
  writeFont(join(windows, 'sub', 'simhei.ttf'), renamedFont(regular, 'Not An Office Face', 'Decoy'));
  writeFileSync(join(windows, 'readme.ttf'), '这不是字体文件');
  writeFileSync(join(windows, 'cut.ttf'), regular.subarray(0, 200));
  // UOS: a collection holding 楷体_GB2312 and 仿宋_GB2312 (preferred over 仿宋), no title face at all.
  writeFont(join(uos, 'truetype', 'office', 'gb2312.ttc'), collection([renamedFont(regular, '楷体_GB2312', 'KaiTi_GB2312'), renamedFont(regular, '仿宋_GB2312', 'FangSong_GB2312')]));
  writeFont(join(uos, 'truetype', 'office', 'simfang.ttf'), renamedFont(regular, '仿宋', 'FangSong'));
}, 60_000);

describe('finding the office typefaces', () => {
  it('reads family names from the name table of a .ttf and of each face of a .ttc', () => {
    expect(readFontNames(join(windows, 'simfang.ttf'))).toEqual([{ index: 0, families: ['FangSong', '仿宋'], postscriptName: 'FangSong', inCollection: false }]);
    const faces = readFontNames(join(uos, 'truetype', 'office', 'gb2312.ttc'));
    expect(faces.map((f) => [f.index, f.postscriptName, f.families.includes('仿宋_GB2312') || f.families.includes('楷体_GB2312')])).toEqual([
      [0, 'KaiTi_GB2312', true],
      [1, 'FangSong_GB2312', true],
    ]);
  });

  it('Windows layout: each role by its family, the decoy ignored, junk and a cut file named with the reason', () => {
    const found = findOfficeFonts([windows]);
    expect(Object.fromEntries(Object.entries(found.faces).map(([role, f]) => [role, `${f.family} ${f.path.slice(windows.length + 1)}`]))).toEqual({
      title: '方正小标宋简体 FZXBSJW.TTF',
      heading: '黑体 simhei.ttf',
      subheading: '楷体 simkai.ttf',
      body: '仿宋 simfang.ttf',
    });
    expect(found.unreadable.map((u) => [u.path.slice(windows.length + 1), u.reason])).toEqual([
      ['cut.ttf', '文件不完整'],
      ['readme.ttf', '不是 TrueType/OpenType 字体'],
    ]);
  });

  it('UOS layout: 仿宋_GB2312 from inside a collection is preferred to 仿宋; no title face means Noto for the title', () => {
    const found = findOfficeFonts([uos]);
    expect(found.faces.body).toMatchObject({ family: '仿宋_GB2312', postscriptName: 'FangSong_GB2312', index: 1 });
    expect(found.faces.subheading).toMatchObject({ family: '楷体_GB2312', postscriptName: 'KaiTi_GB2312', index: 0 });
    expect(found.faces.title).toBeUndefined();
    expect(found.faces.heading).toBeUndefined();
  });

  it('searches the Windows folders on Windows and the Linux folders elsewhere; NIANBAO_FONT_DIRS replaces them', () => {
    expect(systemFontDirs('win32', { SystemRoot: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' })[0]).toMatch(/^C:\\Windows.Fonts$/);
    expect(systemFontDirs('linux', { HOME: '/home/li' })).toContain('/usr/share/fonts');
    expect(systemFontDirs('linux', { NIANBAO_FONT_DIRS: '/a:/b' })).toEqual(['/a', '/b']);
    expect(findOfficeFonts([join(root, 'no such folder')]).faces).toEqual({});
  });
});

describe('the PDF in the office typefaces', () => {
  it('embeds each face for its role, says so on the 审签单, and gives the same bytes twice', async () => {
    const faces = findOfficeFonts([windows, uos]).faces;
    const made = await renderReportPdfWithFonts(signedSeed(), { officeFonts: faces, signoffSheet: { dismissals: [] } });
    const again = await renderReportPdfWithFonts(signedSeed(), { officeFonts: faces, signoffSheet: { dismissals: [] } });
    expect(made.pdf.equals(again.pdf)).toBe(true);
    const pdf = new PdfFile(made.pdf);
    const embedded = pdf.fonts().map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(embedded).toEqual(expect.arrayContaining(['FZXBSJW--GB1-0', 'SimHei', 'KaiTi_GB2312', 'FangSong_GB2312']));
    expect(made.fonts.roles.map((r) => [r.role, r.family, r.fallbackChars])).toEqual([
      ['title', '方正小标宋简体', ''],
      ['heading', '黑体', ''],
      ['subheading', '楷体_GB2312', ''],
      ['body', '仿宋_GB2312', ''],
    ]);
    const sheet = pdf.rawText(pdf.pageCount()).replace(/\s+/g, '');
    expect(sheet).toContain('打印字体：标题：方正小标宋简体（FZXBSJW.TTF）；一级标题：黑体（simhei.ttf）；二级标题：楷体_GB2312（gb2312.ttc）；正文与表格：仿宋_GB2312（gb2312.ttc）。');
  }, 60_000);

  it('without office fonts the PDF is exactly the Noto Serif SC one, and the 审签单 says so', async () => {
    const plain = await renderReportPdfWithFonts(seedReport(), { signoffSheet: { dismissals: [] } });
    const none = await renderReportPdfWithFonts(seedReport(), { officeFonts: findOfficeFonts([join(root, 'empty')]).faces, signoffSheet: { dismissals: [] } });
    expect(none.pdf.equals(plain.pdf)).toBe(true);
    const pdf = new PdfFile(plain.pdf);
    expect(pdf.rawText(pdf.pageCount()).replace(/\s+/g, '')).toContain('打印字体：全部为NotoSerifSC（本机没有找到公文字体）。');
  });

  it.skipIf(!existsSync(DEJAVU))('a 黑体 without Chinese characters: those characters in Noto Serif SC, named on the 审签单', async () => {
    const dir = join(root, 'latin-heiti');
    writeFont(join(dir, 'simhei.ttf'), renamedFont(readFileSync(DEJAVU), '黑体', 'SimHei'));
    const made = await renderReportPdfWithFonts(seedReport(), { officeFonts: findOfficeFonts([dir]).faces, signoffSheet: { dismissals: [] } });
    const heading = made.fonts.roles.find((r) => r.role === 'heading')!;
    expect(heading.family).toBe('黑体');
    expect(heading.fallbackChars).toContain('总');
    expect(heading.fallbackChars).not.toMatch(/[0-9A-Za-z]/);
    const pdf = new PdfFile(made.pdf);
    expect(pdf.rawText(1).replace(/\s+/g, '')).toContain('一、总体情况');
    expect(pdf.fonts().map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoSerifSC-Bold']));
    expect(pdf.rawText(pdf.pageCount()).replace(/\s+/g, '')).toMatch(/一级标题：黑体（simhei\.ttf）；其中“[^”]+”该字体没有，用NotoSerifSC/);
  }, 60_000);

  it('a font whose name table reads but whose outlines are gone falls back with a message, and the PDF is made', async () => {
    const dir = join(root, 'broken');
    const regular = NOTO_REGULAR();
    // Keep the name table, drop every other table: the finder accepts the name, fontkit cannot open it.
    const named = renamedFont(regular, '仿宋', 'FangSong');
    const count = named.readUInt16BE(4);
    let nameEntry = -1;
    for (let i = 0; i < count; i++) if (named.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'name') nameEntry = i;
    const broken = Buffer.from(named);
    broken.writeUInt16BE(1, 4);
    named.copy(broken, 12, 12 + 16 * nameEntry, 28 + 16 * nameEntry);
    writeFont(join(dir, 'simfang.ttf'), broken);
    const found = findOfficeFonts([dir]);
    expect(found.faces.body?.family).toBe('仿宋');
    const made = await renderReportPdfWithFonts(seedReport(), { officeFonts: found.faces });
    expect(made.fonts.problems).toEqual([`正文与表格字体“${join(dir, 'simfang.ttf')}”已损坏，改用 Noto Serif SC`]);
    expect(made.fonts.roles.find((r) => r.role === 'body')!.family).toBeNull();
    expect(new PdfFile(made.pdf).rawText(1).replace(/\s+/g, '')).toContain('一、总体情况');
  }, 60_000);
});

describe('nianbao pdf with the office typefaces', () => {
  it('uses the fonts of NIANBAO_FONT_DIRS and says which on stderr', async () => {
    const { runCli } = await import('../cli/run-cli.js');
    const { writeExchangeText } = await import('../../shared/report/exchange.js');
    const source = join(root, 'seed.nianbao.json');
    writeFileSync(source, writeExchangeText(signedSeed()));
    const before = process.env.NIANBAO_FONT_DIRS;
    process.env.NIANBAO_FONT_DIRS = windows;
    try {
      const run = await runCli(['pdf', source, '-o', join(root, 'seed.pdf')]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('打印字体：标题：方正小标宋简体（FZXBSJW.TTF）；一级标题：黑体（simhei.ttf）；二级标题：楷体（simkai.ttf）；正文与表格：仿宋（simfang.ttf）');
      const embedded = new PdfFile(readFileSync(join(root, 'seed.pdf'))).fonts().map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      expect(embedded).toEqual(expect.arrayContaining(['FangSong', 'SimHei', 'KaiTi', 'FZXBSJW--GB1-0']));
    } finally {
      if (before === undefined) delete process.env.NIANBAO_FONT_DIRS;
      else process.env.NIANBAO_FONT_DIRS = before;
    }
  }, 60_000);
});
