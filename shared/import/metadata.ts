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

/** Rows joined as paragraphs. */
export function proseOf(rows: readonly SourceRow[]): string {
  return rows
    .map(rowText)
    .filter((t) => t !== '')
    .join('\n');
}

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
      if (found) return { ...found, rows: span, start };
    }
  }
  return null;
}

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
  if (/(省|自治区)人民政府$/.test(agency)) return 'city';
  if (/人民政府$/.test(agency)) return 'county';
  return agency === '' ? 'county' : 'department';
}
