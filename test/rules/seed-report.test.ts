/**
 * The real published report of 巴楚县人民政府 for 2023: its figures (facts) are in our fixture; the handbook's
 * plain-text copy is read, when present, to confirm that the fixture carries the published numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/report/exchange.js';
import { checkReport } from '../../shared/rules/engine.js';

const fixture = readFileSync(fileURLToPath(new URL('../fixtures/seed-figures-2023.nianbao.json', import.meta.url)), 'utf8');
const handbookSeed = fileURLToPath(new URL('../../../shared/fixtures/seed-bachu-2023.txt', import.meta.url));

describe('the real 2023 report of 巴楚县人民政府', () => {
  const read = readExchangeText(fixture);
  if (!read.ok) throw new Error(read.message);
  const report = read.report;

  it('passes every error rule and raises nothing at all', () => {
    expect(checkReport(report)).toEqual([]);
  });

  it('holds the worked example of rules.md: 自然人 2 + 0 = (予以公开 1 + 本机关不掌握 1) + 0', () => {
    const c = report.cells;
    expect([c['applications.received.natural'], c['applications.carriedOver.natural']]).toEqual([2, 0]);
    expect([c['applications.granted.natural'], c['applications.unavailable.notHeld.natural'], c['applications.carriedForward.natural']]).toEqual([1, 1, 0]);
    expect(c['active.fees.amount']).toBe('1482.5623');
  });

  it.skipIf(!existsSync(handbookSeed))('carries the numbers printed in the published text (handbook copy)', () => {
    const text = readFileSync(handbookSeed, 'utf8');
    const c = report.cells;
    for (const id of ['active.licensing.decisions', 'active.penalties.decisions', 'active.enforcement.decisions', 'active.normativeDocuments.inForce']) {
      expect(text).toContain(`\n\t${c[id]}\n`);
    }
    expect(text).toContain('\t1482.5623');
    expect(text).toContain('2024年1月18日');
    expect(text).toContain('受理政府信息公开申请2件');
    expect(text).toContain('未引起行政诉讼或复议');
  });
});
