// The real published seed report (../shared/fixtures/seed-bachu-2023.txt), read when the handbook is present.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../shared/catalogue/cells.js';
import { checkReport } from '../../shared/rules/engine.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { SEED_FIGURES } from '../support/reports.js';

const SEED = fileURLToPath(new URL('../../../shared/fixtures/seed-bachu-2023.txt', import.meta.url));
const stateSecret = CELLS.filter((c) => c.id.startsWith('applications.withheld.stateSecret.')).map((c) => c.id);

describe.skipIf(!existsSync(SEED))('import of the published seed report (巴楚县人民政府 2023)', () => {
  it('reads every one of its 200 figures as published', async () => {
    const outcome = await importFile(SEED);
    if (!outcome.ok) throw new Error(outcome.message);
    const { report } = outcome.result;
    const wrong = CELLS.filter((c) => report.cells[c.id] !== (SEED_FIGURES[c.id] ?? (c.kind === 'fee' ? '0' : 0))).map((c) => c.id);
    expect(wrong).toEqual([]);
    expect({ agency: report.agency, year: report.year, issuer: report.issuer, date: report.date, level: report.level }).toEqual({
      agency: '巴楚县人民政府',
      year: 2023,
      issuer: '巴楚县人民政府办公室',
      date: '2024-01-18',
      level: 'county',
    });
    expect(report.sections.overview.startsWith('（一）积极推动政府信息主动公开')).toBe(true);
    expect(report.sections.problems).toContain('2024年，巴楚县将');
    expect(report.sections.other).toContain('没有产生信息公开处理费');
    expect(report.preamble).toContain('现将巴楚县2023年度政府信息公开工作报告如下');
  });

  it('places the lost "1.属于国家秘密" label by order and says so', async () => {
    const outcome = await importFile(SEED);
    if (!outcome.ok) throw new Error(outcome.message);
    const note = outcome.result.notes.find((n) => stateSecret.every((id) => n.cells.includes(id)));
    expect(note?.kind).toBe('variant');
    expect(note?.message).toContain('行名在原文中缺失');
  });

  it('notes its two non-official labels (规范性文件, 另外制作) as variants, and nothing as blank or unparsed', async () => {
    const outcome = await importFile(SEED);
    if (!outcome.ok) throw new Error(outcome.message);
    const variants = outcome.result.notes.filter((n) => n.kind === 'variant').map((n) => n.message);
    expect(variants.some((m) => m.includes('“规范性文件”'))).toBe(true);
    expect(variants.some((m) => m.includes('另外制作'))).toBe(true);
    expect(outcome.result.notes.filter((n) => n.kind !== 'variant')).toEqual([]);
    expect(checkReport(outcome.result.report).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
