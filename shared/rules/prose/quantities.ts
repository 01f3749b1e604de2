/**
 * Reading "this agency's count of quantity Q is N" out of report prose (for X-1).
 *
 * Each sentence shape is one pattern below; a match then has to pass the filters in `acceptable`: the
 * paragraph before it must not widen the scope (全县, 各乡镇, 我县 …), the sentence before it must not speak of
 * another period (2022年, 上年, 同比) or negate the verb (未办结); a count of new applications must not include
 * carried-over ones (含上年结转, or a later 新收 count in the sentence).
 * Anything uncertain is left out: a missed statement costs nothing, a false alarm costs the user's trust.
 * Every shape has a test in test/rules/prose/x1.test.ts.
 */
import { appealCellId, applicationCellId } from '../../catalogue/cells.js';
import { CHINESE_NUMERAL_CHARS, ProseText, parseCount, quote } from './sentences.js';

export const QUANTITIES = ['received', 'carriedOver', 'concluded', 'carriedForward', 'review', 'litigation'] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** The table cells whose sum is the table's count of each quantity. */
export const QUANTITY_CELLS: Readonly<Record<Quantity, readonly string[]>> = {
  received: [applicationCellId('received', 'total')],
  carriedOver: [applicationCellId('carriedOver', 'total')],
  concluded: [applicationCellId('resultsTotal', 'total')],
  carriedForward: [applicationCellId('carriedForward', 'total')],
  review: [appealCellId('review', 'total')],
  litigation: [appealCellId('litigationDirect', 'total'), appealCellId('litigationAfterReview', 'total')],
};

export interface QuantityStatement {
  readonly quantity: Quantity;
  readonly value: number;
  /** The matched words, quoted for a message (≤ 40 characters). */
  readonly fragment: string;
  /** Offset of the match in the (digit-normalised) text. */
  readonly index: number;
}

// ---------------------------------------------------------------- pattern pieces

const NUM = `(?<num>\\d{1,9}|[${CHINESE_NUMERAL_CHARS}]{1,8})`;
/** The same, for a count written before its object (收到5件政府信息公开申请). */
const NUM_FIRST = NUM.replace('?<num>', '?<numFirst>');
const UNIT = '\\s*[件起个宗]';
/** After a named application the unit may also be 条 (共收到依申请公开17条); without the object 条 counts anything. */
const NAMED_UNIT = '\\s*[件起个宗条]';
/** What may stand between the keyword and the number: 共, 共计, 合计, 总计, 累计, 数量为, 达, spaces … */
const FILL = '(?:\\s|共计|共有|合计|总计|累计|总数|数量|为|共|达到|达|有|了)*';
/** The application itself, in the ways reports name it. */
const APP_OBJECT =
  '(?:政府信息公开申请|信息公开申请|政府信息依申请公开(?:申请|事项)?|依申请公开(?:政府信息)?(?:申请|事项)?)';
/** The object may be followed by 件 or 事项: 收到依申请公开件3件, 政府信息公开申请件1件, 未收到…申请事项. */
const OBJECT_CASE = '(?:事项|件)?';
/**
 * "…提出的" between verb and object, naming every applicant (收到公民、法人或其他组织提出的政府信息公开申请,
 * 未收到公民、法人或其他组织的信息公开申请); 自然人提出的 or 法人提出的 alone is a part of the count, not the count.
 */
const SUBMITTER =
  '(?:公民、法人(?:和|或者|或|及)其他组织(?:依法)?(?:提出|提交)?的|(?:申请人|社会公众|群众)(?:依法)?(?:提出|提交)的)?';
/** What may follow an application named with nothing counted: punctuation, the end, or 的情况. */
const ZERO_END = '(?=[，,。.；;！!？?\\n）)]|$|的?情况)';
const CARRIED_OVER = '(?:上一?年度?|去年)(?:未办结)?的?结转(?:至本年度?|到本年度?|本年度?)?(?:继续)?(?:办理)?的?';
const CARRIED_FORWARD = '(?:结转|转入|转至)(?:至|到|入)?(?:下一?年度?|次年度?|明年)(?:继续)?(?:办理)?的?';

interface Shape {
  readonly quantity: Quantity;
  readonly pattern: RegExp;
  /**
   * The object may be left out (办结4件): then the application must be named shortly before in the sentence,
   * with nothing else that offices count (留言, 建议 …) named in between.
   */
  readonly objectOptional?: boolean;
  /** 行政复议/行政诉讼 counts: the sentence must be about 政府信息公开, and we must be the respondent. */
  readonly appeal?: boolean;
  /** A zero statement (未收到政府信息公开申请): value 0, no number in the text. */
  readonly zero?: 'negatedVerb' | 'none';
}

const shape = (quantity: Quantity, source: string, extra: Omit<Shape, 'quantity' | 'pattern'> = {}): Shape => ({
  quantity,
  pattern: new RegExp(source, 'g'),
  ...extra,
});

/** The sentence shapes, in the order their statements are reported. */
const SHAPES: readonly Shape[] = [
  // 受理政府信息公开申请2件 · 共收到政府信息公开申请 5 件 · 新收依申请公开事项三件 ·
  // 收到公民、法人或其他组织提出的政府信息公开申请4件
  // 共收到依申请公开件4件 · 受理依申请公开政府信息数量共计0条 ·
  // the count before the object: 共受理7件政府信息公开申请 · 收到5份信息公开申请 · 共收到9件信息依申请公开
  shape(
    'received',
    `(?:新收|受理|收到|接收|接到)(?:了|到)?(?:(?:各类|各种)?${SUBMITTER}(?<obj>${APP_OBJECT})${OBJECT_CASE}的?${FILL}${NUM}${NAMED_UNIT}|${FILL}${NUM_FIRST}\\s*[件份个](?:政府)?(?:信息)?${APP_OBJECT})`,
  ),
  // 政府信息公开申请受理量为2件
  shape('received', `(?<obj>${APP_OBJECT})的?(?:新收|受理|收到|接收)(?:量|数量|总量|总数|数)?${FILL}${NUM}${NAMED_UNIT}`),
  // …政府信息公开申请…，本年新收5件
  shape('received', `新收${FILL}${NUM}${UNIT}`, { objectOptional: true }),
  // 未收到政府信息公开申请 · 没有收到公民、法人或其他组织提出的政府信息公开申请 · 未收到和处理依申请公开事项
  shape(
    'received',
    `(?:未|没有|并未)(?:收到|接到|接收到?)(?:[和及并](?:处理|办理))?(?:任何)?${SUBMITTER}${APP_OBJECT}${OBJECT_CASE}${ZERO_END}`,
    { zero: 'negatedVerb' },
  ),
  // 本年度无政府信息公开申请
  shape('received', `无(?:任何)?${APP_OBJECT}(?=[，,。.；;！!？?\\n）)]|$)`, { zero: 'none' }),
  // 上年结转政府信息公开申请1件 · 上年度结转1件
  shape('carriedOver', `${CARRIED_OVER}(?<obj>${APP_OBJECT}|申请)?的?${FILL}${NUM}${UNIT}`, { objectOptional: true }),
  // 办结政府信息公开申请5件 · 答复4件
  shape('concluded', `(?:办结|答复|办理完结|办理完毕)了?(?<obj>${APP_OBJECT})?的?${FILL}${NUM}${UNIT}`, {
    objectOptional: true,
  }),
  // 政府信息公开申请办结量为5件
  shape('concluded', `(?<obj>${APP_OBJECT})的?(?:办结|答复)(?:量|数量|数)?${FILL}${NUM}${UNIT}`),
  // 结转下年度继续办理1件 · 结转至下一年度办理的申请1件
  shape('carriedForward', `${CARRIED_FORWARD}(?<obj>${APP_OBJECT}|申请)?的?${FILL}${NUM}${UNIT}`, {
    objectOptional: true,
  }),
  // 因政府信息公开被申请行政复议1件 · 行政复议案件 2 起
  shape('review', `行政复议(?:案件)?${FILL}${NUM}${UNIT}`, { appeal: true }),
  // 被提起政府信息公开行政诉讼1起
  shape('litigation', `行政诉讼(?:案件)?${FILL}${NUM}${UNIT}`, { appeal: true }),
];

// ---------------------------------------------------------------- filters

/** The verb is negated or pending: 未办结2件, 尚未答复, 不予受理. */
const NEGATED_BEFORE = /(?:未|没有|没|无|不予|不|尚未|暂未|待)$/;
/** A part of the count: answered in time or late, on the spot, by one channel (按时答复3件, 网上受理2件). */
const PART_BEFORE =
  /(?:按时|按期|如期|及时|延期|延长|逾期|当场|当面|书面|口头|电话|网上|线上|线下|现场|信函|邮寄|传真|邮件|网站|平台|窗口|期限内|时限内)$/;
/** 通过政府网站受理…: a count by channel. */
const BY_CHANNEL = /通过|经由/;
/** Two verbs share one number (受理并办结5件): which quantity it counts is a guess. */
const SHARED_VERB_BEFORE = /(?:受理|收到|办理|办结|答复|新收|接收)[并和及、与]$/;
/** A concluded/carried count of carried-over applications (办结上年结转申请1件) is not the year's total. */
const HANDLED_BEFORE = /(?:办结|答复|办理|处理)了?$/;
/** Mentions of the application, for statements that leave the object out (办结4件). */
const APP_MENTION = /(?:政府信息)?(?:依申请公开|公开申请)(?:申请|事项)?/g;
/** An object-less count further than this from the last mention of the application is not read. */
const MENTION_REACH = 120;
/** Other things an office counts in 件: if one is named after the application, an object-less count is theirs. */
const OTHER_OBJECT = /留言|建议|提案|议案|来信|来电|来访|诉求|咨询|投诉|举报|信访|工单|问题|热线|信件|事项|网民|人次/;
/** The sentence is about 政府信息公开 (for 行政复议/诉讼 counts). */
const ABOUT_DISCLOSURE = /信息公开|依申请|公开申请/g;
/** We review others' decisions, or the count is shared with the other kind (行政复议、行政诉讼共2件). */
const APPEAL_BODY_BEFORE = /(?:收到|受理|办理|审理|办结|审结|作出|处理)[^，,。；;]{0,8}$/;
const APPEAL_PAIR_BEFORE = /(?:复议|诉讼|起诉)(?:案件)?[和及与、或]$/;
/** 本年新收5件（含上年结转1件）, 含上年结转在内共受理6件, …6件，其中上年结转1件: the count includes carry-overs. */
const INCLUDES_CARRY_OVER = /(?:含|包括|包含)[^，,。；;]*?结转/;
const OF_WHICH_CARRIED_OVER = /其中[^。]*?(?:上一?年度?|去年)(?:未办结的?)?结转/;
/** 答复30件（含上年结转2件）: the carried-over ones among those answered, not every one carried over. */
const INCLUDED_BEFORE = /(?:含|包括|包含)(?:了|有)?$/;
/** 共受理12件，结转上年后新收到9件: a later count of new applications means the first one is not it. */
const NEW_COUNT_AFTER = /新收/;
/** How far around a match the clause-level checks look (a clause is rarely longer). */
const CLAUSE_REACH = 60;
/** How far after a count of new applications a 其中…上年结转 breakdown is looked for. */
const BREAKDOWN_REACH = 150;
/** Before a bare 无政府信息公开申请 only time or self words may stand in the clause. */
const ONLY_TIME_OR_SELF =
  /^(?:\s|本年度?|本机关|本单位|本部门|我(?:局|办|委|单位|部门|镇|乡|街道|中心)?|全年|年内|今年|(?:19|20)\d\d年度?|内|度|的)*$/;

function acceptable(prose: ProseText, shape: Shape, match: RegExpExecArray): boolean {
  const text = prose.text;
  const index = match.index;
  const end = index + match[0].length;
  if (!prose.isAboutUs(index)) return false;
  const from = prose.sentenceStart(index);
  const clauseFrom = Math.max(prose.clauseStart(index), index - CLAUSE_REACH);
  const clauseBefore = text.slice(clauseFrom, index);

  if (shape.zero) return shape.zero === 'negatedVerb' || ONLY_TIME_OR_SELF.test(clauseBefore);

  const before = text.slice(Math.max(from, index - 8), index);
  if (NEGATED_BEFORE.test(before) || SHARED_VERB_BEFORE.test(before) || PART_BEFORE.test(before)) return false;
  if (BY_CHANNEL.test(clauseBefore)) return false;
  if (shape.quantity === 'carriedOver' && INCLUDED_BEFORE.test(before)) return false;
  if ((shape.quantity === 'carriedOver' || shape.quantity === 'carriedForward') && HANDLED_BEFORE.test(before)) {
    return false;
  }
  if (shape.objectOptional && match.groups?.obj === undefined) {
    const mentionEnd = prose.lastEnd(APP_MENTION, from, index);
    if (mentionEnd < 0 || index - mentionEnd > MENTION_REACH) return false;
    if (OTHER_OBJECT.test(text.slice(mentionEnd, index))) return false;
  }
  if (shape.appeal) {
    if (!prose.has(ABOUT_DISCLOSURE, from, prose.sentenceEnd(end))) return false;
    if (APPEAL_BODY_BEFORE.test(clauseBefore) || APPEAL_PAIR_BEFORE.test(clauseBefore)) return false;
  }
  if (shape.quantity === 'received') {
    const clauseAfter = text.slice(end, Math.min(prose.clauseEnd(end), end + CLAUSE_REACH));
    const sentenceAfter = text.slice(end, Math.min(prose.sentenceEnd(end), end + BREAKDOWN_REACH));
    if (INCLUDES_CARRY_OVER.test(clauseBefore) || INCLUDES_CARRY_OVER.test(clauseAfter)) return false;
    if (OF_WHICH_CARRIED_OVER.test(sentenceAfter) || NEW_COUNT_AFTER.test(sentenceAfter)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- extraction

/**
 * The statements of this agency's counts in `text`, in order of appearance. `year` is the reported year
 * (a sentence naming another year is skipped). Full-width digits are accepted.
 */
export function findQuantityStatements(rawText: string, year: number): QuantityStatement[] {
  const prose = ProseText.of(rawText, year);
  const text = prose.text;
  const found: (QuantityStatement & { end: number })[] = [];
  for (const shape of SHAPES) {
    const pattern = shape.pattern;
    // Statements of this quantity found by earlier shapes, in order; they never overlap one another.
    const earlier = found.filter((f) => f.quantity === shape.quantity).sort((a, b) => a.index - b.index);
    let next = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      // One stretch of text is one statement: a second shape matching inside it (办结4件 inside
      // 政府信息公开申请办结4件) is the same statement, accepted or not.
      while (next < earlier.length && earlier[next]!.end <= index) next++;
      if (next < earlier.length && earlier[next]!.index < end) continue;
      const value = shape.zero ? 0 : parseCount(m.groups?.num ?? m.groups?.numFirst ?? '');
      const accepted = value !== undefined && acceptable(prose, shape, m);
      found.push({ quantity: shape.quantity, value: accepted ? value : -1, fragment: quote(m[0]), index, end });
    }
  }
  return found
    .filter((f) => f.value >= 0)
    .sort((a, b) => a.index - b.index)
    .map(({ quantity, value, fragment, index }) => ({ quantity, value, fragment, index }));
}
