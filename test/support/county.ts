/**
 * A generated county for the roll-up tests and benchmarks: departments and townships in subfolders, clean
 * signed reports (the seed's consistent figures with the active table and the fee varied), drafts with random
 * figures in every one of the 200 cells, and the awkward cases a county office meets. Seeded: the same county on
 * every run.
 */
import { CELLS, FEE_CELL_ID } from '../../shared/catalogue/cells.js';
import type { AgencyLevel } from '../../shared/catalogue/sections.js';
import { reportTitle } from '../../shared/catalogue/sections.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { makeReport } from './reports.js';
import { seededRandom } from './random.js';

export interface CountyUnit {
  /** Where the unit's file lies in the county's folder, e.g. `乡镇/城关镇.nianbao.json`. */
  readonly path: string;
  readonly report: Report;
}

const DEPARTMENTS = ['县财政局', '县教育局', '县卫生健康委员会', '县自然资源局', '县住房和城乡建设局', '县交通运输局', '县农业农村局', '县市场监督管理局', '县人力资源和社会保障局', '县民政局', '县公安局', '县生态环境局'];
const TOWNSHIPS = ['城关镇', '新华街道', '东风乡', '河西镇', '青山乡', '石桥镇', '柳树乡', '大营镇', '南湖街道', '北关街道', '白杨镇', '红旗乡'];

export function sign(report: Report, signedAt: string): Report {
  const unsigned = { ...report, signoff: null };
  return { ...unsigned, signoff: { drafter: '张明', reviewer: '李华', approver: '王强', signedAt, fingerprint: reportFingerprint(unsigned) } };
}

function unitReport(agency: string, level: AgencyLevel, year: number): Report {
  return makeReport({ agency, level, year, title: reportTitle(agency, year), issuer: agency, date: `${year + 1}-01-15` });
}

/** A clean report: the seed's figures (they balance) with the active table and the fee varied. */
export function cleanReport(agency: string, level: AgencyLevel, year: number, random: () => number): Report {
  const report = unitReport(agency, level, year);
  const issued = Math.floor(random() * 8);
  const cells = {
    ...report.cells,
    'active.normativeDocuments.issued': issued,
    'active.normativeDocuments.repealed': Math.floor(random() * 3),
    'active.normativeDocuments.inForce': issued + Math.floor(random() * 30),
    'active.licensing.decisions': Math.floor(random() * 5000),
    'active.penalties.decisions': Math.floor(random() * 20000),
    'active.enforcement.decisions': Math.floor(random() * 900),
    [FEE_CELL_ID]: randomFee(random),
  };
  return { ...report, cells };
}

/** A draft with a random figure in every cell (the table does not balance: errors, but still counted). */
export function randomDraft(agency: string, level: AgencyLevel, year: number, random: () => number): Report {
  const report = unitReport(agency, level, year);
  const cells: Report['cells'] = {};
  for (const cell of CELLS) cells[cell.id] = cell.kind === 'fee' ? randomFee(random) : Math.floor(random() * 50);
  return { ...report, cells };
}

/** A fee such as "123.4567" or "0.05" or "17": up to 4 decimals, which a float sum would get wrong. */
function randomFee(random: () => number): string {
  const whole = Math.floor(random() * 2000);
  const decimals = Math.floor(random() * 5);
  if (decimals === 0) return String(whole);
  const fraction = String(Math.floor(random() * 10 ** decimals)).padStart(decimals, '0');
  return `${whole}.${fraction}`;
}

export interface County {
  readonly year: number;
  /** Every file of the folder (including a duplicate draft and a report changed after signing). */
  readonly units: readonly CountyUnit[];
  /** The files that must count, one per agency. */
  readonly counted: readonly CountyUnit[];
  /** The roster: every agency above plus two that sent nothing. */
  readonly roster: readonly { name: string; level: string }[];
  readonly missing: readonly string[];
  /** The agency whose signed report was changed after signing. */
  readonly tampered: string;
  /** The agency that sent a draft and later its signed report. */
  readonly duplicated: string;
}

export function makeCounty(seed = 11, year = 2024): County {
  const random = seededRandom(seed);
  const units: CountyUnit[] = [];
  const counted: CountyUnit[] = [];
  const add = (unit: CountyUnit, counts: boolean) => {
    units.push(unit);
    if (counts) counted.push(unit);
  };
  DEPARTMENTS.forEach((agency, i) => {
    const signed = i % 3 !== 0;
    const report = signed ? sign(cleanReport(agency, 'department', year, random), `${year + 1}-01-${String(10 + i).padStart(2, '0')}T09:00:00+08:00`) : randomDraft(agency, 'department', year, random);
    add({ path: `部门/${agency}.nianbao.json`, report }, true);
  });
  TOWNSHIPS.forEach((agency, i) => {
    const signed = i % 2 === 0;
    const report = signed ? sign(cleanReport(agency.endsWith('街道') ? `${agency}办事处` : `${agency}人民政府`, 'township', year, random), `${year + 1}-01-${String(10 + i).padStart(2, '0')}T10:00:00+08:00`) : randomDraft(agency, 'township', year, random);
    add({ path: `乡镇/${i < 6 ? '第一片区' : '第二片区'}/${agency}.nianbao.json`, report }, true);
  });
  const county = sign(cleanReport('示例县人民政府', 'county', year, random), `${year + 1}-03-20T16:00:00+08:00`);
  add({ path: `示例县人民政府.nianbao.json`, report: county }, true);

  // A duplicate: the 县财政局 sent a draft first (random figures), then its signed report (above, counted).
  const duplicated = DEPARTMENTS[1]!;
  add({ path: `部门/旧稿/${duplicated}-草稿.nianbao.json`, report: randomDraft(duplicated, 'department', year, random) }, false);
  // A signed report changed after signing: listed with a fingerprint mismatch and never counted.
  const tampered = '县审计局';
  const signedAudit = sign(cleanReport(tampered, 'department', year, random), `${year + 1}-01-20T11:00:00+08:00`);
  add({ path: `部门/${tampered}.nianbao.json`, report: { ...signedAudit, cells: { ...signedAudit.cells, 'active.licensing.decisions': 999999 } } }, false);

  const missing = ['县统计局', '向阳镇'];
  const roster = [
    ...DEPARTMENTS.map((name) => ({ name, level: '政府部门' })),
    { name: tampered, level: '部门' },
    // The roster writes townships with 人民政府 and the level in another spelling: the same units.
    ...TOWNSHIPS.map((name) => ({ name: name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`, level: '乡镇、街道' })),
    { name: '示例县人民政府', level: '县级人民政府' },
    { name: missing[0]!, level: '政府部门' },
    { name: missing[1]!, level: '乡镇（街道）' },
  ];
  return { year, units, counted, roster, missing, tampered, duplicated };
}
