/**
 * What a clerk reads on the printed report: every label of tables 二/三/四 spelled as the official template
 * spells it, every number in its cell in order, the prose, the issuer and the date, and the title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_IDS } from '../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS } from '../../shared/catalogue/layout.js';
import { PROSE_SECTION_KEYS, SECTION_HEADINGS } from '../../shared/catalogue/sections.js';
import type { Report } from '../../shared/report/schema.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { paragraphsOf } from '../../electron/services/pdf/prose.js';
import { SEED_FIGURES, seedReport } from '../support/reports.js';
import { PdfFile, requirePoppler, squeeze } from './poppler.js';

let seed: PdfFile;
beforeAll(async () => {
  requirePoppler();
  seed = new PdfFile(await renderReportPdf(seedReport()));
});
afterAll(() => seed?.remove());

describe('the printed seed report (巴楚县人民政府 2023)', () => {
  it('shows every label of tables 二, 三 and 四 exactly as the catalogue spells it', () => {
    const text = squeeze(seed.rawText());
    const labels = TABLE_LAYOUTS.flatMap((t) => t.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'label' ? [cell.text] : []))));
    expect(labels.length).toBeGreaterThan(60);
    const missing = labels.filter((label) => !text.includes(squeeze(label)));
    expect(missing).toEqual([]);
  });

  it('shows the six section headings in order', () => {
    const text = squeeze(seed.rawText());
    const positions = Object.values(SECTION_HEADINGS).map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows every figure of the real report, the fee to the fourth decimal', () => {
    const words = seed.layoutText().split(/\s+/);
    for (const value of Object.values(SEED_FIGURES)) expect(words, String(value)).toContain(String(value));
    expect(words).toContain('1482.5623');
    expect(words).toContain('229909');
  });

  it('shows the prose of every section, the issuer, the date as 2024年1月18日 and the title', () => {
    const report = seedReport();
    const text = squeeze(seed.rawText());
    for (const key of PROSE_SECTION_KEYS) for (const p of paragraphsOf(report.sections[key])) expect(text).toContain(squeeze(p));
    expect(text).toContain('巴楚县人民政府办公室2024年1月18日');
    expect(text.startsWith('巴楚县人民政府2023年政府信息公开工作年度报告')).toBe(true);
  });

  it('numbers the pages "— 1 —", "— 2 —" … at the foot', () => {
    const pages = seed.pageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) expect(seed.rawText(page)).toContain(`— ${page} —`);
  });

  it('carries title, author and subject, and dates from the report rather than the clock', () => {
    const info = seed.info();
    expect(info).toMatch(/Title:\s+巴楚县人民政府2023年政府信息公开工作年度报告/);
    expect(info).toMatch(/Author:\s+巴楚县人民政府办公室/);
    expect(info).toMatch(/Subject:\s+.*政府信息公开工作年度报告/);
    expect(info).toMatch(/CreationDate:\s+Wed Jan 17 16:00:00 2024 UTC/); // 2024-01-18 00:00 in China
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

describe('every cell in its place', () => {
  it('prints each of the 200 numbers, table by table, row by row, in the template order', async () => {
    // A distinct number in every cell (1000, 1001, …) so a cell printed twice, lost or out of place shows.
    const report: Report = { ...seedReport(), cells: Object.fromEntries(CELL_IDS.map((id, i) => [id, 1000 + i])) };
    report.cells['active.fees.amount'] = '1009.5';
    const file = new PdfFile(await renderReportPdf(report));
    try {
      const printed = file.rawText().split(/\s+/).filter((w) => /^1\d{3}(\.5)?$/.test(w));
      const layoutOrder = TABLE_LAYOUTS.flatMap((t) => t.rows.flatMap((row) => row.flatMap((c) => (c.kind === 'value' ? [String(report.cells[c.cellId])] : []))));
      expect(layoutOrder).toHaveLength(200);
      expect(printed).toEqual(layoutOrder);
    } finally {
      file.remove();
    }
  });
});
