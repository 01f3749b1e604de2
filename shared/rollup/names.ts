/**
 * How the roll-up recognises one agency under the ways offices write its name and its level: full-width and
 * half-width forms, stray spaces, 人民政府 / 政府, 街道办事处 / 街道办 / 街道; and the roster's 类别 written as
 * 乡镇（街道）, 乡镇、街道, 乡镇 … Pure: used by the CLI, the services and the 汇总 screen alike.
 */
import type { AgencyLevel } from '../catalogue/sections.js';

/**
 * The key two names of the same agency share. Not shown to people (they see the name as a unit wrote it).
 * 城关镇人民政府 ≡ 城关镇政府 ≡ 城关镇; 新华街道办事处 ≡ 新华街道; 县人民政府办公室 ≡ 县政府办公室.
 */
export function agencyKey(name: string): string {
  let key = name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  key = key.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[“”"'‘’]/g, '');
  key = key.replace(/人民政府/g, '政府');
  key = key.replace(/街道办事处$/, '街道').replace(/街道办$/, '街道');
  // A township's or a county's government is the unit itself: 城关镇政府 is 城关镇.
  if (/[镇乡县区市旗]政府$/.test(key)) key = key.slice(0, -2);
  return key;
}

/** The roster's 类别 (and the level ids of the exchange file) in the spellings offices use. */
const LEVEL_SPELLINGS: ReadonlyArray<readonly [AgencyLevel, readonly string[]]> = [
  ['county', ['county', '县级人民政府', '县级政府', '县人民政府', '县政府', '县级', '县(市、区)人民政府', '县(市、区)政府', '县、县级市、市辖区', '县级人民政府(县、县级市、市辖区)', '区县政府', '县区政府']],
  ['department', ['department', '政府部门', '部门', '县直部门', '县级部门', '政府工作部门', '工作部门', '单位', '县直单位']],
  ['township', ['township', '乡镇(街道)', '乡镇、街道', '乡镇街道', '乡镇/街道', '乡镇', '街道', '乡', '镇', '乡镇人民政府', '街道办事处']],
  ['city', ['city', '设区的市人民政府', '设区的市及以上人民政府', '设区的市政府', '市级人民政府', '市人民政府', '市政府', '市级', '省级人民政府', '省人民政府']],
];

const LEVEL_BY_SPELLING: ReadonlyMap<string, AgencyLevel> = new Map(
  LEVEL_SPELLINGS.flatMap(([level, spellings]) => spellings.map((s) => [levelKey(s), level] as const)),
);

function levelKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** The level a roster's 类别 names, or null when it names none of the four. */
export function parseLevel(text: string): AgencyLevel | null {
  return LEVEL_BY_SPELLING.get(levelKey(text)) ?? null;
}

/** The 类别 spellings the roster accepts, for the message that refuses another one. */
export const ROSTER_LEVEL_WORDS = '县级人民政府 / 政府部门 / 乡镇（街道） / 设区的市人民政府';
