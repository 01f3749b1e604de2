/**
 * The PDF as a file: fonts embedded as subsets (it prints the same on any office PC), the exchange JSON
 * inside it (next year's import reads it back), the same bytes every time, the optional sign-off sheet, and
 * the fonts folder as the packaged app lays it out.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { defaultFontDir } from '../../electron/services/pdf/fonts.js';
import { PdfRefusal, renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { seedReport } from '../support/reports.js';
import { PdfFile, requirePoppler, squeeze } from './poppler.js';
import { DISMISSAL, signedSeed } from './reports.js';

let seed: PdfFile;
beforeAll(async () => {
  requirePoppler();
  seed = new PdfFile(await renderReportPdf(seedReport()));
});
afterAll(() => seed?.remove());
afterEach(() => vi.useRealTimers());

describe('fonts', () => {
  it('embeds only subset TrueType fonts, so the printout looks the same on every PC', () => {
    const fonts = seed.fonts();
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
      expect(font.type).toBe('CID TrueType');
    }
  });

  it('stays small enough to e-mail: the subset, not the 15 MB font, goes in', () => {
    expect(seed.bytes.length).toBeLessThan(400_000);
    expect(seed.bytes.length).toBeGreaterThan(20_000);
  });
});

describe('the attached report', () => {
  it('lists report.nianbao.json in pdfdetach and it is byte for byte the exchange file', () => {
    expect(seed.attachmentList()).toMatch(/1 embedded files\s+1: report\.nianbao\.json/);
    const attachments = seed.attachments();
    expect(Object.keys(attachments)).toEqual(['report.nianbao.json']);
    expect(attachments['report.nianbao.json']!.toString('utf8')).toBe(writeExchangeText(seedReport()));
  });
});

describe('the same report gives the same PDF', () => {
  it('two renderings, a year apart on the clock, are byte-identical', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T08:00:00Z'));
    const first = await renderReportPdf(signedSeed(), { signoffSheet: { dismissals: [DISMISSAL] } });
    vi.setSystemTime(new Date('2026-11-30T23:59:59Z'));
    const second = await renderReportPdf(signedSeed(), { signoffSheet: { dismissals: [DISMISSAL] } });
    expect(second.equals(first)).toBe(true);
    expect(first.includes(Buffer.from('D:20250301'))).toBe(false);
  });

  it('a changed figure gives a different PDF and a different document ID', async () => {
    const changed = seedReport();
    changed.cells['active.licensing.decisions'] = 33960;
    const other = await renderReportPdf(changed);
    expect(other.equals(seed.bytes)).toBe(false);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(seed.bytes)).toBeDefined();
    expect(id(other)).toBeDefined();
    expect(id(other)).not.toBe(id(seed.bytes));
  });
});

describe('the sign-off sheet (审签单)', () => {
  it('a signed report: title, fingerprint, the three names with the date, the dismissed warning and its reason', async () => {
    const report = signedSeed();
    const file = new PdfFile(await renderReportPdf(report, { signoffSheet: { dismissals: [DISMISSAL] } }));
    try {
      const last = file.pageCount();
      expect(last).toBe(seed.pageCount() + 1);
      const sheet = squeeze(file.rawText(last));
      expect(sheet).toContain('政府信息公开工作年度报告审签单');
      expect(sheet).toContain(squeeze(report.title));
      expect(sheet).toContain(reportFingerprint(report));
      expect(sheet).toContain('与本件内容一致');
      expect(sheet).toContain('拟稿王小红2024年1月18日');
      expect(sheet).toContain('审核李明2024年1月18日');
      expect(sheet).toContain('签发张建国2024年1月18日');
      expect(sheet).toContain(squeeze(`[C-2] ${DISMISSAL.message}`));
      expect(sheet).toContain(squeeze(`理由：${DISMISSAL.reason}（说明人：李明，2024年1月16日）`));
      expect(sheet).toContain('单位（盖章）');
    } finally {
      file.remove();
    }
  });

  it('an unsigned report: blank lines to sign on, the current fingerprint marked as not yet signed, "无" dismissals', async () => {
    const file = new PdfFile(await renderReportPdf(seedReport(), { signoffSheet: { dismissals: [] } }));
    try {
      const sheet = squeeze(file.rawText(file.pageCount()));
      expect(sheet).toContain(reportFingerprint(seedReport()));
      expect(sheet).toContain('尚未签发');
      expect(sheet).toContain('拟稿年月日');
      expect(sheet).toContain('已说明理由未作修改的警告无。');
    } finally {
      file.remove();
    }
  });

  it('a signed report changed afterwards says so on the sheet', async () => {
    const report = signedSeed();
    report.cells['applications.received.natural'] = 3;
    const file = new PdfFile(await renderReportPdf(report, { signoffSheet: { dismissals: [] } }));
    try {
      expect(squeeze(file.rawText(file.pageCount()))).toContain('签发后内容可能被改动过');
    } finally {
      file.remove();
    }
  });

  it('is not printed unless asked for', () => {
    expect(squeeze(seed.rawText())).not.toContain('审签单');
  });
});

describe('the fonts folder', () => {
  it('the packaged layout (fonts/NotoSerifSC_400Regular.ttf and _700Bold.ttf side by side) prints the same PDF', async () => {
    const flat = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
    try {
      symlinkSync(join(defaultFontDir(), '400Regular', 'NotoSerifSC_400Regular.ttf'), join(flat, 'NotoSerifSC_400Regular.ttf'));
      symlinkSync(join(defaultFontDir(), '700Bold', 'NotoSerifSC_700Bold.ttf'), join(flat, 'NotoSerifSC_700Bold.ttf'));
      expect((await renderReportPdf(seedReport(), { fontDir: flat })).equals(seed.bytes)).toBe(true);
    } finally {
      rmSync(flat, { recursive: true, force: true });
    }
  });

  it('a fonts folder without the fonts is refused with a sentence, not a crash', async () => {
    await expect(renderReportPdf(seedReport(), { fontDir: join(tmpdir(), 'no-such-fonts-folder') })).rejects.toSatisfy(
      (error: unknown) => error instanceof PdfRefusal && error.message.includes('找不到打印字体'),
    );
  });
});
