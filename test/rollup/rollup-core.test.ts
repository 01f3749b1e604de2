/**
 * The pure roll-up (shared/rollup): a generated county of 27 files checked cell by cell against an independent
 * sum, duplicates, a report changed after signing, year selection, the roster, and a city's roll-up of its
 * counties' roll-ups equal to the roll-up of all their units.
 */
import { describe, expect, it } from 'vitest';
import { CELL_IDS, FEE_CELL_ID } from '../../shared/catalogue/cells.js';
import { agencyKey, parseLevel } from '../../shared/rollup/names.js';
import { rosterFromRows, rosterFromText } from '../../shared/rollup/roster.js';
import { contributionsTo, rollUp, rollupExitCode, type UnitSource } from '../../shared/rollup/rollup.js';
import { readRollupValue, writeRollupText } from '../../shared/rollup/schema.js';
import type { Report } from '../../shared/report/schema.js';
import { makeCounty, randomDraft, sign, cleanReport, type CountyUnit } from '../support/county.js';
import { seededRandom } from '../support/random.js';

const sources = (units: readonly CountyUnit[]): UnitSource[] => units.map((u) => ({ kind: 'report', file: u.path, report: u.report }));

/**
 * The independent sum: every value through JSON text (as the files carry it), counts with Number, the fee by
 * decimal digits (shifted to ten-thousandths of 万元 as BigInt), not through the code under test.
 */
function independentSum(reports: readonly Report[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of CELL_IDS) {
    const values = reports.map((r) => JSON.parse(JSON.stringify(r.cells[id] ?? 0)) as number | string);
    if (id === FEE_CELL_ID) {
      const tenThousandths = values.map((v) => {
        const [whole, fraction = ''] = String(v).split('.');
        return BigInt(whole!) * 10000n + BigInt(fraction.padEnd(4, '0').slice(0, 4));
      });
      const total = tenThousandths.reduce((a, b) => a + b, 0n);
      const fraction = (total % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
      out[id] = `${total / 10000n}${fraction ? `.${fraction}` : ''}`;
    } else {
      let total = 0;
      for (const v of values) total += v as number;
      out[id] = String(total);
    }
  }
  return out;
}

const asText = (cells: Record<string, number | string>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, String(v)]));

describe('the roll-up of a generated county', () => {
  const county = makeCounty();
  const roster = rosterFromRows(county.roster.map((e) => [e.name, e.level]));
  if (!roster.ok) throw new Error(roster.message);
  const { rollup, contributions } = rollUp(sources(county.units), { roster: roster.roster.entries });

  it('has 20+ units in subfolders', () => {
    expect(county.units.length).toBeGreaterThanOrEqual(20);
    expect(county.units.filter((u) => u.path.split('/').length > 2).length).toBeGreaterThan(5);
  });

  it('sums every one of the 200 cells exactly as an independent sum of the files that must count', () => {
    const expected = independentSum(county.counted.map((u) => u.report));
    expect(Object.keys(rollup.cells).sort()).toEqual([...CELL_IDS].sort());
    for (const id of CELL_IDS) expect(`${id}=${String(rollup.cells[id])}`).toBe(`${id}=${expected[id]}`);
    expect(asText(rollup.cells)).toEqual(expected);
    // The fee has decimals a binary float sum gets wrong; the exact string is kept.
    expect(rollup.cells[FEE_CELL_ID]).toMatch(/^\d+(\.\d{1,4})?$/);
  });

  it('counts the signed report over the earlier draft of the same agency and lists the duplicate', () => {
    const dup = rollup.duplicates.find((d) => d.agency === county.duplicated);
    expect(dup?.files).toHaveLength(2);
    expect(dup?.counted).toBe(`部门/${county.duplicated}.nianbao.json`);
    const draft = rollup.units.find((u) => u.file.includes('旧稿'));
    expect(draft).toMatchObject({ status: 'draft', counted: false });
    expect(draft?.note).toContain('已签发');
  });

  it('lists a report changed after signing with a fingerprint mismatch, never counted, exit 1', () => {
    const tampered = rollup.units.find((u) => u.agency === county.tampered);
    expect(tampered).toMatchObject({ status: 'signed', fingerprint: 'mismatch', counted: false });
    expect(rollupExitCode(rollup)).toBe(1);
  });

  it('gives the roster units with no report as missing, matching 人民政府/办事处 and level spellings', () => {
    expect(rollup.missing).toEqual(county.missing);
    expect(rollup.notOnRoster).toEqual([]);
  });

  it('states of the units: signed, draft, fingerprint ok/none', () => {
    const signed = rollup.units.filter((u) => u.status === 'signed' && u.counted);
    expect(signed.length).toBeGreaterThan(5);
    expect(signed.every((u) => u.fingerprint === 'ok')).toBe(true);
    expect(rollup.units.filter((u) => u.status === 'draft').every((u) => u.fingerprint === 'none')).toBe(true);
    expect(rollup.units.filter((u) => u.counted)).toHaveLength(county.counted.length);
  });

  it('tells which units make up a summed cell', () => {
    const id = 'applications.received.natural';
    const parts = contributionsTo({ rollup, contributions }, id);
    expect(parts.reduce((n, p) => n + Number(p.value), 0)).toBe(rollup.cells[id]);
    expect(parts.every((p) => p.value !== 0)).toBe(true);
  });

  it('writes a roll-up file that reads back the same', () => {
    const read = readRollupValue(JSON.parse(writeRollupText(rollup)));
    expect(read.ok && read.rollup).toEqual(rollup);
  });
});

describe('a roll-up file is itself a unit', () => {
  it("a city's roll-up of three counties' roll-ups equals the roll-up of all their units", () => {
    const counties = [makeCounty(1), makeCounty(2), makeCounty(3)].map((c, i) => ({
      ...c,
      // Each county's units under its own names, so that the city's roll-up of all units has no false duplicates.
      units: c.units.map((u) => ({ path: `县${i}/${u.path}`, report: renamed(u.report, `县${i}`) })),
    }));
    const rollups = counties.map((c, i) => rollUp(sources(c.units), { agency: `第${i}县人民政府`, level: 'county' }).rollup);
    const city = rollUp(rollups.map((r, i) => ({ kind: 'rollup', file: `第${i}县.nianbao-rollup.json`, rollup: r })));
    const all = rollUp(sources(counties.flatMap((c) => c.units)));
    expect(city.rollup.cells).toEqual(all.rollup.cells);
    expect(city.rollup.units.map((u) => [u.agency, u.status, u.counted])).toEqual(rollups.map((_, i) => [`第${i}县人民政府`, 'rollup', true]));
    // A roll-up of one roll-up is the same sums (a city with one county).
    expect(rollUp([{ kind: 'rollup', file: 'a.json', rollup: rollups[0]! }]).rollup.cells).toEqual(rollups[0]!.cells);
  });
});

function renamed(report: Report, prefix: string): Report {
  const changed = { ...report, agency: `${prefix}${report.agency}` };
  return report.signoff ? sign(changed, report.signoff.signedAt) : changed;
}

describe('choices of the roll-up', () => {
  const random = seededRandom(5);
  const a = cleanReport('县财政局', 'department', 2024, random);

  it('takes the year most files have and lists the others as unusable', () => {
    const { rollup } = rollUp([
      { kind: 'report', file: 'a.json', report: a },
      { kind: 'report', file: 'b.json', report: cleanReport('县教育局', 'department', 2024, random) },
      { kind: 'report', file: 'old.json', report: cleanReport('县民政局', 'department', 2023, random) },
    ]);
    expect(rollup.year).toBe(2024);
    expect(rollup.unusable).toEqual([{ file: 'old.json', message: expect.stringContaining('2023年度') }]);
    const forced = rollUp([{ kind: 'report', file: 'a.json', report: a }], { year: 2023 }).rollup;
    expect(forced.units).toEqual([]);
    expect(rollupExitCode(forced)).toBe(2);
  });

  it('between two signed reports the later signedAt counts, whatever the file order', () => {
    const early = sign(a, '2025-01-10T09:00:00+08:00');
    const late = sign({ ...a, cells: { ...a.cells, 'active.licensing.decisions': 7 } }, '2025-01-10T02:00:00Z'); // 10:00 Beijing time
    for (const order of [[early, late], [late, early]]) {
      const { rollup } = rollUp(order.map((r, i) => ({ kind: 'report', file: `f${i}.json`, report: r })));
      expect(rollup.cells['active.licensing.decisions']).toBe(7);
      expect(rollup.duplicates).toHaveLength(1);
    }
  });

  it('two files naming one agency in different spellings, with different levels: one unit, the difference noted', () => {
    const town = cleanReport('城关镇人民政府', 'township', 2024, random);
    const other = sign({ ...cleanReport('城关镇', 'department', 2024, random) }, '2025-01-20T09:00:00+08:00');
    const { rollup } = rollUp([
      { kind: 'report', file: 'a.json', report: town },
      { kind: 'report', file: 'b.json', report: other },
    ]);
    expect(rollup.duplicates).toEqual([{ agency: '城关镇', files: ['a.json', 'b.json'], counted: 'b.json' }]);
    expect(rollup.units.find((u) => u.file === 'a.json')?.note).toContain('机关层级不同（此文件为乡镇、街道，计入的为政府部门）');
  });

  it('does not add in a unit whose figures are not numbers, and says which cell', () => {
    const bad = { ...a, agency: '县民政局', cells: { ...a.cells, 'active.licensing.decisions': '三十' } };
    const { rollup } = rollUp([{ kind: 'report', file: 'a.json', report: a }, { kind: 'report', file: 'bad.json', report: bad }]);
    expect(rollup.cells['active.licensing.decisions']).toBe(a.cells['active.licensing.decisions']);
    expect(rollup.units.find((u) => u.file === 'bad.json')).toMatchObject({ counted: false, note: expect.stringContaining('行政许可') });
  });

  it('reads a missing cell as 0 and keeps the fee exact over many units', () => {
    const units = Array.from({ length: 30 }, (_, i) => ({ ...randomDraft(`单位${i}`, 'department', 2024, random), cells: { ...a.cells, [FEE_CELL_ID]: '0.1', 'appeals.review.upheld': null } }));
    const { rollup } = rollUp(units.map((r, i) => ({ kind: 'report', file: `${i}.json`, report: r })));
    expect(rollup.cells[FEE_CELL_ID]).toBe('3');
    expect(rollup.cells['appeals.review.upheld']).toBe(0);
  });

  it('names not required this year are never missing; reports not on the roster are named', () => {
    const roster = rosterFromText('县财政局\n县统计局,部门\n');
    if (!roster.ok) throw new Error(roster.message);
    const { rollup } = rollUp([{ kind: 'report', file: 'a.json', report: { ...a, agency: '县教育局' } }], { roster: roster.roster.entries, notRequired: ['县统计局'] });
    expect(rollup.missing).toEqual(['县财政局']);
    expect(rollup.notOnRoster).toEqual(['县教育局']);
  });
});

describe('names and rosters', () => {
  it('recognises one agency under the spellings offices use', () => {
    expect(agencyKey('城关镇人民政府')).toBe(agencyKey('城关镇'));
    expect(agencyKey('城关镇政府')).toBe(agencyKey(' 城关镇 '));
    expect(agencyKey('新华街道办事处')).toBe(agencyKey('新华街道'));
    expect(agencyKey('县人民政府办公室')).toBe(agencyKey('县政府办公室'));
    expect(agencyKey('县（市）财政局')).toBe(agencyKey('县(市)财政局'));
    expect(agencyKey('县财政局')).not.toBe(agencyKey('县教育局'));
    expect(agencyKey('县人民政府办公室')).not.toBe(agencyKey('县人民政府'));
  });

  it('reads the level in its usual spellings', () => {
    expect(parseLevel('乡镇（街道）')).toBe('township');
    expect(parseLevel('乡镇、街道')).toBe('township');
    expect(parseLevel('政府部门')).toBe('department');
    expect(parseLevel('县级人民政府')).toBe('county');
    expect(parseLevel('设区的市人民政府')).toBe('city');
    expect(parseLevel('国务院')).toBeNull();
  });

  it('reads a text or CSV roster with header, quotes, numbering, blank lines and repeats', () => {
    const read = rosterFromText('\uFEFF序号,名称,类别\n1,县财政局,政府部门\n2,"城关镇人民政府",乡镇（街道）\n\n3,县财政局,部门\n4,某某中心,未知类别\n新华街道 乡镇\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.roster.entries).toEqual([
      { name: '县财政局', level: 'department' },
      { name: '城关镇人民政府', level: 'township' },
      { name: '某某中心', level: null },
      { name: '新华街道', level: 'township' },
    ]);
    expect(read.roster.notes.join('\n')).toMatch(/重复[\s\S]*未知类别/);
  });

  it('refuses a roster with no names', () => {
    expect(rosterFromText('\n  \n名称,类别\n')).toEqual({ ok: false, message: expect.stringContaining('没有') });
  });
});
