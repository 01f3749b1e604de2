/**
 * security: agency names are one canonical text in the file schema, the contract and the database — padding,
 * zero-width spaces and full-width forms no longer make look-alike agencies, and a name the records cannot
 * keep (101–200 characters, a NUL) is refused with a sentence instead of an internal error.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_AGENCY_NAME, normaliseAgencyName } from '../../shared/agencyName.js';
import { toExchangeObject } from '../../shared/report/exchange.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices;
beforeEach(() => (s = openTestServices()));
afterEach(() => s.remove());

const fileWithAgency = (agency: string): string => JSON.stringify({ ...toExchangeObject(makeReport()), agency });

describe('security: agency names', () => {
  it('normalises NFKC, drops zero-width and control characters, collapses and trims white space', () => {
    expect(normaliseAgencyName(' 巴楚县\u200B人民政府\u3000')).toBe('巴楚县人民政府');
    expect(normaliseAgencyName('巴楚县\uFEFF人民\u0000政府')).toBe('巴楚县人民政府');
    expect(normaliseAgencyName('ＡＢＣ县  教育局')).toBe('ABC县 教育局');
    // Brackets of either width end as the full-width ones official names are printed with.
    expect(normaliseAgencyName('巴楚县人民政府(新)')).toBe('巴楚县人民政府（新）');
    expect(normaliseAgencyName('巴楚县人民政府（新）')).toBe('巴楚县人民政府（新）');
  });

  it('security: padding or a zero-width space is the same agency through the contract', async () => {
    await s.call('agencies.create', { name: '巴楚县教育局', level: 'department' });
    for (const lookalike of [' 巴楚县教育局 ', '巴楚县\u200B教育局', '巴楚县教育局\u0000']) {
      expect(await s.raw('agencies.create', { name: lookalike, level: 'department' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    expect(await s.call('agencies.list', {})).toHaveLength(1);
  });

  it('security: a name over the limit is refused by the contract and the file schema with a sentence, not an internal error', async () => {
    const long = '某'.repeat(MAX_AGENCY_NAME + 50);
    const byContract = await s.raw('agencies.create', { name: long, level: 'department' });
    expect(byContract).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const byFile = await s.raw('exchange.importText', { fileName: '长名字.nianbao.json', text: fileWithAgency(long) });
    expect(byFile).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    if (!byFile.ok) expect(byFile.error.message).toMatch(/^《长名字\.nianbao\.json》无法导入：.*机关名称/);
  });

  it('security: a file naming a look-alike of an existing agency lands on that agency', async () => {
    await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: fileWithAgency('巴楚县人民政府') });
    const imported = await s.raw('exchange.importText', { fileName: 'b.nianbao.json', text: fileWithAgency('巴楚县\u200B人民政府 ') });
    // Same agency and year: refused as a conflict with the report already there, not a second agency.
    expect(imported.ok).toBe(false);
    expect((await s.call('agencies.list', {})).map((a) => a.name)).toEqual(['巴楚县人民政府']);
  });

  it('security: the database itself refuses a padded, invisible or control-character name from another program', () => {
    s.close();
    const raw = new Database(s.databasePath);
    try {
      for (const bad of [' 巴楚县人民政府', '巴楚县\u200B人民政府', '巴楚县\u0001人民政府', '巴楚县\u0000人民政府']) {
        expect(() => raw.prepare("INSERT INTO agencies (name, level, issuer, created_at) VALUES (?, 'county', '', '2024-01-01')").run(bad), JSON.stringify(bad)).toThrow(/NIANBAO_AGENCY_NAME/);
      }
      raw.prepare("INSERT INTO agencies (name, level, issuer, created_at) VALUES ('巴楚县人民政府', 'county', '', '2024-01-01')").run();
      expect(() => raw.prepare("UPDATE agencies SET name = '巴楚县人民政府 ' WHERE name = '巴楚县人民政府'").run()).toThrow(/NIANBAO_AGENCY_NAME/);
    } finally {
      raw.close();
      s.reopen();
    }
  });
});
