/**
 * What a published report says about itself outside its tables: the title (agency and year), the preamble
 * before 一、, the three prose sections, and the signature (issuer and date) at the end.
 */
import type { AgencyLevel } from '../catalogue/sections.js';
import { readDate, type DateReading } from './dates.js';
import { toHalfWidth } from './normalise.js';
import type { SourceRow } from './types.js';

const rowText = (row: SourceRow): string =>
  row
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' ');

/**
 * Rows joined as paragraphs. With `printed` (a PDF, or text copied out of one), without the justification spaces
 * a printed line puts between Chinese characters; a Word file or web page keeps its text as the writer typed it
 * (so our own exports read back unchanged). With `wrapped` (a PDF, whose rows are printed lines), a line that
 * does not end a sentence continues on the next line unless that one starts a numbered point: the paragraph the
 * PDF reader left broken (its next line began with a number, "0998-1234567") is put back together.
 */
export function proseOf(rows: readonly SourceRow[], wrapped = false, printed = wrapped): string {
  const lines = rows.map((row) => (printed ? closeJustificationSpaces(rowText(row)) : rowText(row))).filter((t) => t !== '');
  if (!wrapped || lines.length < 2) return lines.join('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    // A short line (a sub-heading such as "（一）主动公开") stands on its own.
    const continues = previous.length >= MIN_WRAPPED_LINE && !/[。！？!?]$/.test(previous) && !POINT_START.test(lines[i]!);
    out += (continues ? '' : '\n') + lines[i]!;
  }
  return out;
}

const MIN_WRAPPED_LINE = 15;

/** A line that starts a numbered point or heading: （一） 一、 1. 1、 */
const POINT_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** A Chinese character or Chinese/full-width punctuation. */
const WIDE = '\\u3001-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201d\\u2026\\u2014';
const SPACE_AFTER_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\u00a0\\u3000]+`, 'g');
const SPACE_BEFORE_WIDE = new RegExp(`[ \\t\\u00a0\\u3000]+(?=[${WIDE}])`, 'g');

/**
 * "邮 编 ：223100 ， 电 话 ：" → "邮编：223100，电话：": spaces next to a Chinese character or Chinese punctuation are
 * the justification of a printed line, not the writer's; spaces between Latin words and numbers stay.
 */
export const closeJustificationSpaces = (text: string): string => text.replace(SPACE_AFTER_WIDE, '').replace(SPACE_BEFORE_WIDE, '');

const CHINESE_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export interface Title {
  readonly agency: string;
  readonly year: number | null;
  /** How many rows the title took. */
  readonly rows: number;
  readonly start: number;
}

/** The title among the first rows: "<agency><year>年(度)政府信息公开工作年度报告", possibly split over rows. */
export function findTitle(rows: readonly SourceRow[], before: number): Title | null {
  const limit = Math.min(before, 12);
  // One row alone first, then a title split over two or three rows; navigation ("首页>…") is never part of it.
  for (let span = 1; span <= 3; span++) {
    for (let start = 0; start + span <= limit; start++) {
      const texts = rows.slice(start, start + span).map((row) => rowText(row).replace(/\s+/g, ''));
      if (texts.some((t) => /[>›]|当前位置|首页/.test(t))) continue;
      const joined = texts.join('');
      if (joined.length > 120) continue;
      const found = readTitle(toHalfWidth(joined));
      if (!found) continue;
      if (found.agency !== '') return { ...found, rows: span, start };
      // The agency printed on its own line(s) above "2023年政府信息公开工作年度报告" (a common title layout).
      const above = agencyLinesAbove(rows, start);
      if (above) return { agency: above.agency, year: found.year, rows: span + above.rows, start: start - above.rows };
      return { ...found, rows: span, start };
    }
  }
  return null;
}

/** A line that is an agency's name alone: short, no sentence punctuation, ends as agency names end. */
export function isAgencyName(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  return t.length >= 3 && t.length <= 40 && !/[。；;，,：:>›、]|报告|首页|当前位置/.test(t) && AGENCY_ENDING.test(t);
}

/** One or two lines right above `at` that together name an agency ("某某市" / "某某区人民政府"). */
function agencyLinesAbove(rows: readonly SourceRow[], at: number): { agency: string; rows: number } | null {
  const line = (i: number): string => (i >= 0 ? rowText(rows[i]!).replace(/\s+/g, '') : '');
  const one = line(at - 1);
  if (!one) return null;
  const two = line(at - 2) + one;
  if (at >= 2 && line(at - 2) !== '' && !isAgencyName(line(at - 2)) && isAgencyName(two) && !/[。；;，,：:]/.test(line(at - 2))) return { agency: two, rows: 2 };
  return isAgencyName(one) ? { agency: one, rows: 1 } : null;
}

const AGENCY_ENDING = /(人民政府|人民政府办公室|人民政府办公厅|办公室|办公厅|局|委员会|委|中心|办事处|街道|镇|乡|政府|院|厅|站|队|部|处|公署|管委会|管理委员会)$/;

/**
 * The agency the preamble names as the one whose report this is: "本报告由某县人民政府办公室根据…编制" →
 * 某县人民政府 (an office compiles its government's report); a department compiles its own.
 */
export function agencyFromPreamble(rows: readonly SourceRow[], before: number): string {
  for (let i = 0; i < Math.min(before, 40, rows.length); i++) {
    const text = toHalfWidth(rowText(rows[i]!)).replace(/\s+/g, '');
    const match = /本(?:年度)?报告(?:是)?由(.{2,40}?)(?:根据|依据|按照|编制|制作|负责|组织)/.exec(text);
    if (match && AGENCY_ENDING.test(match[1]!)) return agencyOfIssuer(match[1]!);
  }
  return '';
}

/** A government's report is compiled and signed by its office: 某县人民政府办公室 → 某县人民政府. */
export const agencyOfIssuer = (issuer: string): string => issuer.replace(/办公[室厅]$/, '');

/** "<agency><year>年…报告", or the year first: "<year>年(度)<agency>政府信息公开工作年度报告". */
function readTitle(text: string): { agency: string; year: number | null } | null {
  const agencyFirst = /^(?:关于)?(.{0,60}?)(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告/.exec(text);
  const yearFirst = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?\s*(.{2,60}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告/.exec(text);
  const match = agencyFirst && agencyFirst[1] ? agencyFirst : (yearFirst ?? agencyFirst);
  if (!match) return null;
  const [agencyText, yearText] = match === yearFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
  const year = Number([...yearText].map((c) => CHINESE_YEAR_DIGITS[c] ?? c).join(''));
  return { agency: agencyText.trim(), year: year >= 1990 && year <= 2200 ? year : null };
}

export interface Signature {
  readonly issuer: string;
  readonly date: DateReading | null;
  /** First row of the signature block (prose of 六 ends before it). */
  readonly start: number;
}

const ISSUER_ENDING = /(人民政府|办公室|办公厅|局|委员会|委|中心|办事处|街道|镇|乡|政府|院|所|厅|站|队|部|处|会|公司)$/;

/** Issuer and date in the last rows, from `from` on. */
export function findSignature(rows: readonly SourceRow[], from: number, reportYear?: number): Signature {
  let dateRow = -1;
  let date: DateReading | null = null;
  let issuer = '';
  for (let i = rows.length - 1; i >= Math.max(from, rows.length - 8); i--) {
    const text = rowText(rows[i]!);
    if (text === '' || text.length > 60) continue;
    const reading = readDate(text, reportYear);
    if (reading) {
      dateRow = i;
      date = reading;
      const before = text.replace(/(\d{4}|[〇零一二三四五六七八九]{4}).*$/, '').trim();
      if (before && ISSUER_ENDING.test(before)) issuer = before;
      break;
    }
  }
  let start = dateRow >= 0 ? dateRow : rows.length;
  if (dateRow >= 0 && !issuer) {
    for (let i = dateRow - 1; i >= Math.max(from, dateRow - 3); i--) {
      const text = rowText(rows[i]!).replace(/\s+/g, '');
      if (text === '') continue;
      if (text.length <= 40 && !/[。；;，,：:]/.test(text) && ISSUER_ENDING.test(text)) {
        issuer = text;
        start = i;
      }
      break;
    }
  }
  return { issuer, date, start };
}

/** Rows before 一、 that are a 文号, a 发布日期/来源 line or a cover line, not the preamble. */
export function isFrontMatter(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  return /〔\d{4}〕|\[\d{4}\]|^(发布日期|发文日期|成文日期|来源|索引号|发布机构|信息来源|浏览次数|字号|文号|主题分类|作者)[:：]/.test(t) || t.length < 6;
}

/** The agency's level, from its name: 乡/镇/街道 → township, 人民政府 → county (a prefecture city cannot be told from the name alone), else a department. */
export function guessLevel(agency: string): AgencyLevel {
  if (/(乡|镇|街道|街道办事处)(人民政府)?$/.test(agency) || /街道办事处$/.test(agency)) return 'township';
  if (/(省|自治区|自治州|直辖市)人民政府$/.test(agency) || /(地区行政公署|盟行政公署)$/.test(agency)) return 'city';
  if (/人民政府$/.test(agency)) return 'county';
  return agency === '' ? 'county' : 'department';
}

export interface LevelJudgement {
  readonly level: AgencyLevel;
  /** Why, when the name alone did not settle it (a sentence for the review). */
  readonly note: string | null;
}

/** Words a 设区的市's report uses of the counties and districts under it. */
const CITY_WORDS = /各县[(（]市、?区[)）]|县[(（]市、?区[)）]|各区县|各县区|各县市区|市辖区|全市\d+个县/;

/**
 * The level with what else the report shows: "某某市人民政府" is a 县级市 or a 设区的市; only the latter may make
 * 规章 (W-1), so 规章 figures in table 二, or prose that speaks of the counties under the city, make it a city.
 * Otherwise it stays county-level and the review is asked to check.
 */
export function judgeLevel(agency: string, evidence: { readonly regulations: boolean; readonly text: string }): LevelJudgement {
  const level = guessLevel(agency);
  if (level !== 'county' || !/市人民政府$/.test(agency) || /[区县旗]人民政府$/.test(agency)) return { level, note: null };
  if (evidence.regulations) return { level: 'city', note: `“${agency}”名称不能区分县级市和设区的市；表二填有规章（只有设区的市及以上制定规章），已按设区的市及以上人民政府读取，请核对` };
  if (CITY_WORDS.test(evidence.text)) return { level: 'city', note: `“${agency}”名称不能区分县级市和设区的市；正文提到所辖县（市、区），已按设区的市及以上人民政府读取，请核对` };
  return { level, note: `“${agency}”名称不能区分县级市和设区的市，已按县级人民政府读取；如为设区的市，请在审核时改正机关级别` };
}
