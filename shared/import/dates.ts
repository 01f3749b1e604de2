/**
 * Dates as printed under a report: 2024年1月18日, 2024-01-18, 2024.1.18, 二〇二四年一月十八日, and with characters
 * lost in extraction (2024年1月18, 2024118). A reading that needed a choice says so, for a note.
 */
import { toHalfWidth } from './normalise.js';

export interface DateReading {
  /** ISO YYYY-MM-DD. */
  readonly iso: string;
  /** Set when the printed date lost characters and the reading is the only plausible one, not the only possible. */
  readonly assumed?: string;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 三十一 as a number (十八, 二十, 三十一); NaN when not a Chinese number. */
function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const tens = /^([一二三])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? CHINESE_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CHINESE_DIGITS[tens[2]]! : 0);
  if (text.length === 1 && text in CHINESE_DIGITS) return CHINESE_DIGITS[text]!;
  return Number.NaN;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  if (!(year >= 1990 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** Reads the first date in a short line of text; `reportYear` helps choose when characters were lost. */
export function readDate(line: string, reportYear?: number): DateReading | null {
  const text = toHalfWidth(line).replace(/\s+/g, '');
  if (text.length > 80) return null;
  const arabic = /(\d{4})年(\d{1,2})月(\d{1,2})日?/.exec(text) ?? /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  if (arabic) {
    const [year, month, day] = [Number(arabic[1]), Number(arabic[2]), Number(arabic[3])];
    return valid(year, month, day) ? { iso: iso(year, month, day) } : null;
  }
  const chinese = /([〇零一二三四五六七八九OoＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日?/.exec(text);
  if (chinese) {
    const year = Number([...chinese[1]!].map((c) => CHINESE_DIGITS[c]).join(''));
    const [month, day] = [chineseNumber(chinese[2]!), chineseNumber(chinese[3]!)];
    return valid(year, month, day) ? { iso: iso(year, month, day) } : null;
  }
  const digits = /^(?:日期:|成文日期:|发布日期:)?(\d{6,8})$/.exec(text.replace(/[年月日]/g, ''));
  if (digits && /^(?:19|20|21)\d{4,6}$/.test(digits[1]!)) return lostCharacters(digits[1]!, reportYear);
  return null;
}

/** "2024118": year, then month and day without separators; choose the reading closest after the reported year. */
function lostCharacters(digits: string, reportYear: number | undefined): DateReading | null {
  const year = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const readings: [number, number][] = [];
  for (let split = 1; split < rest.length; split++) {
    const [month, day] = [Number(rest.slice(0, split)), Number(rest.slice(split))];
    if (rest.slice(split).length > 2 || rest.slice(0, split).length > 2) continue;
    if (valid(year, month, day)) readings.push([month, day]);
  }
  if (readings.length === 0) return null;
  const exact = digits.length === 8 || readings.length === 1;
  // A report is dated in the first months after its year: prefer the earliest plausible month.
  readings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [month, day] = readings[0]!;
  const result = iso(year, month, day);
  if (exact) return { iso: result };
  const expectedYear = reportYear === undefined || year === reportYear + 1;
  return { iso: result, assumed: `“${digits}”缺少年月日等字符，${expectedYear ? '按报告通常在次年年初成文，' : ''}读作${year}年${month}月${day}日` };
}
