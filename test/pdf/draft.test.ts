/**
 * Drafts look like drafts: every page of an unsigned report's PDF carries 草稿（未签发）, a signed one none; and a
 * heading with its paragraph at the top of a page keeps its two-character indent (a 5-page report).
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_MARK, renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { CONTENT } from '../../electron/services/pdf/geometry.js';
import { makeReport, seedReport } from '../support/reports.js';
import { PdfFile, requirePoppler } from './poppler.js';
import { signedSeed } from './reports.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { runCli } from '../cli/run-cli.js';

requirePoppler();

describe('the draft mark', () => {
  it('is on every page of a draft, at the top, and on no page of the same report signed', async () => {
    const long = makeReport({ sections: { ...seedReport().sections, problems: '本机关将继续完善政务公开工作机制。'.repeat(200) } });
    const draft = new PdfFile(await renderReportPdf(long, { draft: true }));
    expect(draft.pageCount()).toBeGreaterThanOrEqual(4);
    for (let page = 1; page <= draft.pageCount(); page++) expect(draft.rawText(page), `page ${page}`).toContain(DRAFT_MARK);
    const signed = new PdfFile(await renderReportPdf(signedSeed()));
    expect(signed.rawText()).not.toContain('草稿');
  });
});

/** Words of a page with their left edge, from pdftotext -bbox. */
function words(pdf: PdfFile): { page: number; x: number; y: number; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf.path, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .flatMap((page, p) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ page: p + 1, x: Number(m[1]), y: Number(m[2]), text: m[3]! })));
}

describe('two-character indent at the top of a page', () => {
  it('六、 and its first paragraph at the top of the last page of a 5-page report are indented by two characters', async () => {
    const problems = Array.from({ length: 6 }, (_, i) => `第${i + 1}段。${'本机关将继续完善政务公开工作机制，加强培训。'.repeat(4)}`).join('\n') + '。';
    const report = makeReport({ sections: { ...seedReport().sections, problems } });
    const pdf = new PdfFile(await renderReportPdf(report, { draft: true }));
    expect(pdf.pageCount()).toBe(5);
    const last = words(pdf).filter((w) => w.page === 5 && w.text !== DRAFT_MARK);
    const heading = last[0]!;
    expect(heading.text).toMatch(/^六、其他需要报告的事项/);
    const indent = CONTENT.left + 2 * 16;
    expect(heading.x).toBeCloseTo(indent, 1);
    const paragraph = last.find((w) => w.y > heading.y + 5)!;
    expect(paragraph.text).toMatch(/^本机关执行/);
    expect(paragraph.x).toBeCloseTo(indent, 1);
  });
});

describe('nianbao pdf marks an unsigned file and not a signed one', () => {
  it('an exchange file without sign-off (or changed after it) prints as a draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-draft-'));
    const cases = [
      { name: 'draft', report: seedReport(), marked: true },
      { name: 'signed', report: signedSeed(), marked: false },
      { name: 'changed-after-signing', report: { ...signedSeed(), issuer: '别的单位' }, marked: true },
    ];
    for (const c of cases) {
      const source = join(dir, `${c.name}.nianbao.json`);
      writeFileSync(source, writeExchangeText(c.report));
      const out = join(dir, `${c.name}.pdf`);
      const run = await runCli(['pdf', source, '-o', out]);
      expect(run.code, run.stderr).toBe(0);
      const pdf = new PdfFile(readFileSync(out));
      for (let page = 1; page <= pdf.pageCount(); page++) expect(pdf.rawText(page).includes(DRAFT_MARK), `${c.name} page ${page}`).toBe(c.marked);
    }
  });
});
