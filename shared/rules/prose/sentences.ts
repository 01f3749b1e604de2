/**
 * Text helpers for the prose rules (X-1 … X-5): digit normalisation, Chinese numerals, sentence and clause
 * boundaries, and the "is this sentence about this agency in this year?" tests.
 *
 * Every helper keeps offsets: normalisation maps one character to one character, so the rules run their
 * patterns over the whole text and then look only around a candidate match (`ProseText`), instead of splitting
 * the whole prose into sentences on every keystroke.
 */

// ---------------------------------------------------------------- digits and numerals

const FULL_WIDTH = /[０-９％]/;
const FULL_WIDTH_ALL = /[０-９％]/g;

/** Full-width digits and ％ become ASCII, one character for one, so offsets stay valid. */
export function normalizeDigits(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => (c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese count may be written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * A count written in Chinese numerals (两, 十二, 二十, 一百零五, 两千), or undefined when the text is not one
 * well-formed number. Two digits in a row without a unit (两三, 三五) are a range, not a number: undefined.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined; // a pending digit not yet multiplied by a unit
  let lastUnit = Infinity;
  let afterZero = false;
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== undefined) return undefined; // 三零: not a count
        afterZero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // 两三: a range
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined; // 十百: malformed
    if (digit === undefined && (afterZero || (unit !== 10 || total !== 0))) return undefined; // 零十, 百 alone after another unit
    total += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
    afterZero = false;
  }
  if (digit !== undefined) {
    // 一百零五 → 105; 二十三 → 23; but 一百五 (colloquial 150) is not accepted: ambiguous.
    if (lastUnit !== Infinity && lastUnit > 10 && !afterZero) return undefined;
    total += digit;
  }
  return total;
}

/** A count in Arabic digits (already normalised) or Chinese numerals; undefined when not one number. */
export function parseCount(text: string): number | undefined {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

// ---------------------------------------------------------------- sentences and clauses

/** Bit 1: ends a clause (，,；;：: and every sentence end); bit 2: ends a sentence (。！？!? and line breaks). */
const BREAKS = new Uint8Array(0x10000);
for (const ch of '，,；;：:') BREAKS[ch.charCodeAt(0)] = 1;
for (const ch of '。！？!?\n\r') BREAKS[ch.charCodeAt(0)] = 3;
const CLAUSE_BREAK = 1;
const SENTENCE_BREAK = 2;

/** Ends a sentence: 。！？!? and line breaks. A semicolon does not: what precedes it still colours what follows. */
const endsSentence = (code: number): boolean => (BREAKS[code]! & SENTENCE_BREAK) !== 0;

/** Ends a clause: a sentence end, or a comma, semicolon or colon (full- or half-width). */
const endsClause = (code: number): boolean => BREAKS[code] !== 0;

export interface TextSpan {
  readonly text: string;
  /** Offset of the span in the text it was cut from. */
  readonly start: number;
}

function split(text: string, ends: (code: number) => boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || ends(text.charCodeAt(i))) {
      if (i > start) spans.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return spans;
}

/** The clauses of a text, in order, without their terminators; empty ones left out. */
export const splitClauses = (text: string): TextSpan[] => split(text, endsClause);

/** The sentences of a text, in order, without their terminators; empty ones left out. */
export const splitSentences = (text: string): TextSpan[] => split(text, endsSentence);

/** A short quotation for a message: whitespace collapsed, at most `max` characters (cut at the front). */
export function quote(fragment: string, max = 40): string {
  const compact = fragment.replace(/\s+/g, '');
  return compact.length <= max ? compact : `…${compact.slice(compact.length - max + 1)}`;
}

// ---------------------------------------------------------------- scope: whose count, which year

/**
 * Words that widen a sentence beyond this agency: the whole county/city/…, its townships or departments, a
 * whole system, subordinate units. The look-behinds keep 健全、完全、安全 (健全县级…, 完全市场化, 安全区域) out.
 * 我县/我区/我市 speak of the whole area (我县人民政府 is the government itself, 我乡/我镇 the township itself).
 */
const WIDER_SCOPE =
  /(?<![健完安齐周保])全(?:县|市|区|州|旗|省|镇|乡|盟|国|系统|行业)|各(?:乡镇|乡|镇|街道|部门|单位|级|县|区|市|委办局|成员单位|直属|地)|县直|(?<!城)市直|(?<![社园景小])区直(?!接|播|达)|(?:所属|下属|直属|二级)单位|辖区|系统内|我(?:县|区|市|州|旗|盟)(?!人民政府|政府)/g;

/** True when the text speaks of more than this agency (全县、各乡镇、县直部门、所属单位 …). */
export function hasWiderScope(text: string): boolean {
  WIDER_SCOPE.lastIndex = 0;
  return WIDER_SCOPE.test(text);
}

/** 上年/去年/上一年度 … as a time (not the 上年结转 quantity), comparisons, and part-year periods. */
const OTHER_PERIOD =
  /(?:上一?年度?|去年|前一年|往年|历年)(?!度?结转)|同比|环比|较上|比上|上半年|下半年|季度|近年|近[两三四五]年/g;
const FOUR_DIGIT_YEAR = /(?<!\d)((?:19|20)\d\d)(?=\s*年)/g;

/**
 * True when the text speaks of another period than the reported year: a 4-digit year other than `year`,
 * 上年/去年 as a time, a comparison (同比, 较上年), or part of a year (上半年, 一季度).
 */
export function speaksOfOtherPeriod(text: string, year: number): boolean {
  OTHER_PERIOD.lastIndex = 0;
  if (OTHER_PERIOD.test(text)) return true;
  FOUR_DIGIT_YEAR.lastIndex = 0;
  for (let m = FOUR_DIGIT_YEAR.exec(text); m; m = FOUR_DIGIT_YEAR.exec(text)) {
    if (Number(m[1]) !== year) return true;
  }
  return false;
}

/** Words that make a statement about 行政复议/诉讼 a plan, a risk or a possibility rather than a fact. */
const NOT_A_FACT =
  /确保|防范|避免|防止|力争|争取|努力|减少|降低|杜绝|应对|预防|严防|风险|如果|如有|若|一旦|假如|可能|是否|可以|可依法|有权|告知|引导/;

/** True when the clause states an intention, a risk or a right rather than what happened. */
export const isNotAFact = (text: string): boolean => NOT_A_FACT.test(text);

// ---------------------------------------------------------------- a text read once

interface Hits {
  readonly starts: number[];
  readonly ends: number[];
}

/** Index of the first element ≥ `value` in an ascending array (its length when there is none). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function collect(text: string, pattern: RegExp, keep?: (m: RegExpExecArray) => boolean): Hits {
  const starts: number[] = [];
  const ends: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else if (!keep || keep(m)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  }
  return { starts, ends };
}

/** Numerals of a list marker such as （二） or (3). */
const LIST_NUMERAL = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十0123456789') LIST_NUMERAL[ch.charCodeAt(0)] = 1;

/**
 * Where the paragraphs of `text` start: after a line break, or at a list marker such as （二） or (3) (reports
 * often run their (一)…(五) together on one line). One pass over the characters, ascending.
 */
function paragraphMarks(text: string): number[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) marks.push(i + 1);
    else if (c === 0xff09 || c === 0x29) {
      const open = listMarkerStart(text, i);
      if (open >= 0) marks.push(open);
    }
  }
  return marks;
}

/** For a ）or ) at `close`: where its list marker （二） starts, or -1 when it closes something else. */
function listMarkerStart(text: string, close: number): number {
  let j = close - 1;
  while (j >= 0 && close - j <= 3 && LIST_NUMERAL[text.charCodeAt(j)] === 1) j--;
  if (j === close - 1 || j < 0) return -1;
  const open = text.charCodeAt(j);
  return open === 0xff08 || open === 0x28 ? j : -1;
}

/** True when a list marker such as （二） opens the text at `at` (after any spaces). */
function opensWithListMarker(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i++;
  const open = text.charCodeAt(i);
  if (open !== 0xff08 && open !== 0x28) return false;
  let j = i + 1;
  while (j < text.length && j - i <= 3 && LIST_NUMERAL[text.charCodeAt(j)] === 1) j++;
  const close = text.charCodeAt(j);
  return j > i + 1 && (close === 0xff09 || close === 0x29);
}

/** Characters every wider-scope word contains (全县, 各部门, 县直, 所属单位, 辖区, 系统内, 我县 …). */
const SCOPE_TRIGGER = new Uint8Array(0x10000);
for (const ch of '全各直位辖系我') SCOPE_TRIGGER[ch.charCodeAt(0)] = 1;

/** Up to this many characters, a sentence edge is found by scanning and a sentence is searched directly. */
const QUICK_REACH = 256;
/** How far back a paragraph start is scanned for before the whole-text lists take over. */
const PARAGRAPH_REACH = QUICK_REACH;
/** Prepared texts kept for reuse (a report has four prose fields; last year's are never prepared). */
const RECENT_LIMIT = 8;

/**
 * One prose text prepared for the rules: digits normalised once; sentence and clause breaks, and the positions
 * of scope and period words, each found in one pass on first use. Looking around any number of candidate
 * matches then costs a binary search, not a rescan, so even a 3,000-character run-on text full of counts stays
 * linear.
 */
export class ProseText {
  readonly text: string;
  readonly year: number;
  private breaks: { readonly sentence: number[]; readonly clause: number[] } | undefined;
  private readonly hitCache = new Map<RegExp, Hits>();
  private periodHits: Hits | undefined;
  private paragraphs: number[] | undefined;

  private constructor(raw: string, year: number) {
    this.text = normalizeDigits(raw);
    this.year = year;
  }

  private static readonly recent = new Map<string, ProseText>();

  /**
   * The prepared text for `raw` in `year`. The last few are kept: read the same sections one
   * after the other, and on a keystroke only one section changes.
   */
  static of(raw: string, year: number): ProseText {
    const recent = ProseText.recent;
    const known = recent.get(raw);
    if (known && known.year === year) return known;
    const prose = new ProseText(raw, year);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(raw, prose);
    return prose;
  }

  private findBreaks(): { sentence: number[]; clause: number[] } {
    const sentence: number[] = [];
    const clause: number[] = [];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const kind = BREAKS[text.charCodeAt(i)]!;
      if (kind !== 0) {
        clause.push(i);
        if ((kind & SENTENCE_BREAK) !== 0) sentence.push(i);
      }
    }
    return { sentence, clause };
  }

  private breakList(mask: number): number[] {
    this.breaks ??= this.findBreaks();
    return mask === SENTENCE_BREAK ? this.breaks.sentence : this.breaks.clause;
  }

  /** A short scan first (sentences are short); past QUICK_REACH, the break list and a binary search. */
  private startBefore(index: number, mask: number): number {
    if (!this.breaks) {
      const text = this.text;
      const stop = Math.max(0, index - QUICK_REACH);
      let i = index - 1;
      while (i >= stop && (BREAKS[text.charCodeAt(i)]! & mask) === 0) i--;
      if (i >= stop || stop === 0) return i + 1;
    }
    const breaks = this.breakList(mask);
    const k = firstAtOrAfter(breaks, index) - 1; // the last break before index
    return k < 0 ? 0 : breaks[k]! + 1;
  }

  private endAfter(index: number, mask: number): number {
    const text = this.text;
    if (!this.breaks) {
      const stop = Math.min(text.length, index + QUICK_REACH);
      let i = index;
      while (i < stop && (BREAKS[text.charCodeAt(i)]! & mask) === 0) i++;
      if (i < stop || stop === text.length) return i;
    }
    const breaks = this.breakList(mask);
    const k = firstAtOrAfter(breaks, index);
    return k < breaks.length ? breaks[k]! : text.length;
  }

  /** Start of the sentence around `index`. */
  sentenceStart(index: number): number {
    return this.startBefore(index, SENTENCE_BREAK);
  }
  /** End (at the terminator) of the sentence around `index`. */
  sentenceEnd(index: number): number {
    return this.endAfter(index, SENTENCE_BREAK);
  }
  /** Start of the clause around `index`. */
  clauseStart(index: number): number {
    return this.startBefore(index, CLAUSE_BREAK);
  }
  /** End (at the terminator) of the clause around `index`. */
  clauseEnd(index: number): number {
    return this.endAfter(index, CLAUSE_BREAK);
  }

  /** The matches of a global pattern in the text, found once per text and pattern. */
  private hits(pattern: RegExp): Hits {
    let hits = this.hitCache.get(pattern);
    if (!hits) {
      hits = collect(this.text, pattern);
      this.hitCache.set(pattern, hits);
    }
    return hits;
  }

  private static within(hits: Hits, from: number, to: number): boolean {
    const k = firstAtOrAfter(hits.starts, from);
    return k < hits.starts.length && hits.ends[k]! <= to;
  }

  /** True when a match of the global `pattern` lies wholly within [from, to). */
  has(pattern: RegExp, from: number, to: number): boolean {
    return ProseText.within(this.hits(pattern), from, to);
  }

  /** End of the last match of the global `pattern` lying wholly within [from, to), or -1. */
  lastEnd(pattern: RegExp, from: number, to: number): number {
    const hits = this.hits(pattern);
    const k = firstAtOrAfter(hits.ends, to + 1) - 1; // last hit ending at or before `to`
    return k >= 0 && hits.starts[k]! >= from ? hits.ends[k]! : -1;
  }

  /**
   * True when the text up to `index` speaks of this agency in the reported year: no wider scope (全县,
   * 各乡镇 …) earlier in the paragraph, and no other period (2022年, 上年, 同比, 上半年 …) earlier in the
   * sentence — see hasWiderScope and speaksOfOtherPeriod. A wider scope named in an earlier sentence of the
   * paragraph (全区共收到申请…件。因政府信息公开引起的行政复议…件) may still be the subject of a later one.
   */
  isAboutUs(index: number): boolean {
    const from = this.sentenceStart(index);
    if (from > 0 && this.widerEarlierInParagraph(from)) return false;
    if (index - from <= QUICK_REACH) {
      const before = this.text.slice(from, index);
      return !hasWiderScope(before) && !speaksOfOtherPeriod(before, this.year);
    }
    if (this.has(WIDER_SCOPE, from, index)) return false;
    this.periodHits ??= this.collectPeriods();
    return !ProseText.within(this.periodHits, from, index);
  }

  /**
   * True when a wider scope is named in the paragraph before `from` (the start of a sentence). A sentence that
   * opens with a list marker （二） opens a paragraph. The paragraph is scanned back from `from`; only when it
   * holds a character a wider-scope word needs is the regex run.
   */
  private widerEarlierInParagraph(from: number): boolean {
    const text = this.text;
    if (opensWithListMarker(text, from)) return false;
    const stop = Math.max(0, from - PARAGRAPH_REACH);
    let start = -1;
    let trigger = false;
    for (let i = from - 1; i >= stop; i--) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) {
        start = i + 1;
        break;
      }
      if (c === 0xff09 || c === 0x29) {
        const open = listMarkerStart(text, i);
        if (open >= 0) {
          start = open;
          break;
        }
      }
      if (SCOPE_TRIGGER[c] === 1) trigger = true;
    }
    if (start < 0 && stop > 0) return this.has(WIDER_SCOPE, this.paragraphStart(from), from); // a very long paragraph
    return trigger && hasWiderScope(text.slice(Math.max(start, 0), from));
  }

  /** Start of the paragraph around `index` (see paragraphMarks). */
  private paragraphStart(index: number): number {
    const marks = (this.paragraphs ??= paragraphMarks(this.text));
    const k = firstAtOrAfter(marks, index + 1) - 1; // the last mark at or before index
    return k < 0 ? 0 : marks[k]!;
  }

  private collectPeriods(): Hits {
    const words = collect(this.text, OTHER_PERIOD);
    const years = collect(this.text, FOUR_DIGIT_YEAR, (m) => Number(m[1]) !== this.year);
    const merged = words.starts.map((start, i) => [start, words.ends[i]!] as const);
    years.starts.forEach((start, i) => merged.push([start, years.ends[i]!]));
    merged.sort((a, b) => a[0] - b[0]);
    return { starts: merged.map((h) => h[0]), ends: merged.map((h) => h[1]) };
  }
}
