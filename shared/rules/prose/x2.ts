/**
 * X-2: what the prose says about 行政复议/行政诉讼 agrees with table 四.
 *
 * Two kinds of statement, both read clause by clause:
 * - "none arose" (未引起行政诉讼或复议, 未发生…行政复议, 无…行政复议案件, 行政复议和行政诉讼均为0) while a
 *   total it covers is above 0 — a negation of only 复议 checks only 行政复议;
 * - "one arose" (被申请行政复议, 发生…行政诉讼, 被提起行政诉讼) with no negation in the clause while every
 *   table 四 total is 0.
 * Plans, risks and rights (依法应对行政复议, 防范行政复议风险, 可依法申请行政复议) are not statements of fact.
 * A statement with a count (行政复议1件) is X-1's job and left alone here.
 */
import { appealCellId } from '../../catalogue/cells.js';
import { severityOf } from '../catalogue.js';
import type { Rule } from '../types.js';
import { countOf } from '../values.js';
import { FACT_FIELDS, appealsClaimedMessage, appealsDeniedMessage, proseSources, type ProseField } from './messages.js';
import { ProseText, isNotAFact, quote } from './sentences.js';

export interface AppealStatement {
  /** `none`: the prose says no such case arose; `arose`: it says one did. */
  readonly kind: 'none' | 'arose';
  readonly review: boolean;
  readonly litigation: boolean;
  readonly fragment: string;
}

/** One kind of case, or several joined (行政复议和行政诉讼, 行政诉讼或复议, 被申请行政复议、提起行政诉讼). */
const KIND = '(?:行政)?(?:复议|诉讼|起诉)(?:案件)?';
const CHAIN = `${KIND}(?:(?:和|及|与|、|或|或者|以及)(?:被提起|被申请|被|提起|申请)?${KIND})*`;
/** Words allowed between the verb and the kind: 因政府信息公开申请引起的, 涉及本机关的, 因答复不当提请的, 任何 … */
const GAP =
  '(?:因|由于|关于|涉及|针对|本机关|本单位|政府信息公开|信息公开|依申请公开|政府信息|申请人|申请|工作|答复|不当|事项|而|引起|引发|产生|提起|提出|提请|发生|的|类|方面|相关|任何|被)*?';
const ARISE = '(?:曾|再)?(?:发生|引起|引发|产生|出现|收到|接到|存在|有)?了?';

/** 未引起行政诉讼或复议 · 没有发生因政府信息公开引起的行政复议 · 无政府信息公开行政复议案件. 未经复议 is a column name. */
const DENIED = new RegExp(`(?:未|没有|并未|均未|从未|无)(?!经|论|法|需|须|疑)${ARISE}${GAP}(?<chain>${CHAIN})`, 'g');
/** 行政复议和行政诉讼均为0 · 行政复议、行政诉讼情况均为零 · 引发行政复议的案件为零 · 行政复议、行政诉讼均无. */
const ZERO = new RegExp(
  `(?<chain>${CHAIN})的?(?:案件)?(?:情况|数量|件数|数)?(?<all>均|都|皆)?(?:为\\s*(?:0|零)(?![\\d.%])|无|未发生|没有发生)(?<unit>件|起)?(?=[，,。；;！!？?\\n）)]|$)`,
  'g',
);
/** 被申请行政复议 · 发生一起行政诉讼案件 · 被提起行政诉讼 · 申请人提起行政复议. */
const AROSE = new RegExp(
  `(?:被申请|被提起|被|提起|引起|引发|发生|产生|出现)了?(?:(?:\\d+|[一两二三四五六七八九十]+)[起件宗])?${GAP}(?<chain>${CHAIN})`,
  'g',
);

/** Outcomes (纠正, 败诉, 尚未审结 …) are about how a case ended, not whether one arose. */
const OUTCOME = /纠正|纠错|撤销|败诉|审结|结案|判决|维持|确认违法|驳回/;
const NEGATION = /未|没有|没|无|不(?!服)|非|零|均为\s*0/;
/** A count right after the kind (行政复议1件): X-1 checks it. */
const COUNT_AFTER = /^(?:案件)?\s*(?:共计|共|合计)?\s*(?:\d|[零〇一二两三四五六七八九十])/;
/** The sentence is about 政府信息公开 work (a case that arose may otherwise concern anything). */
const ABOUT_DISCLOSURE = /信息公开|依申请|公开申请|申请人|答复/g;

/**
 * A heading or a topic names the kinds without saying that one arose: （四）因政府信息公开申请行政复议、提起行政
 * 诉讼情况 · 4. 被申请行政复议和提起行政诉讼情况. A list marker opens the clause, or it ends in 情况 with no verb of
 * occurrence.
 */
const HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.、．])/;
const TOPIC = /(?:情况|情形)\s*$/;
const OCCURRED = /发生|出现|存在/;

/** Where to look: only clauses that name a kind of case are read. */
const APPEAL_WORD = /复议|诉讼|起诉/g;

const kinds = (chain: string): { review: boolean; litigation: boolean } => ({
  review: chain.includes('复议'),
  litigation: chain.includes('诉讼') || chain.includes('起诉'),
});

/** The statements about 行政复议/行政诉讼 in `text` (the reported year is `year`). */
export function findAppealStatements(rawText: string, year: number): AppealStatement[] {
  const prose = ProseText.of(rawText, year);
  const text = prose.text;
  const statements: AppealStatement[] = [];
  let lastClauseStart = -1;
  APPEAL_WORD.lastIndex = 0;
  for (let hit = APPEAL_WORD.exec(text); hit; hit = APPEAL_WORD.exec(text)) {
    const start = prose.clauseStart(hit.index);
    if (start === lastClauseStart) continue; // one clause is read once
    lastClauseStart = start;
    const end = prose.clauseEnd(hit.index);
    const c = text.slice(start, end);
    if (isNotAFact(c) || OUTCOME.test(c)) continue;

    let denied = false;
    for (const pattern of [DENIED, ZERO]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(c); m; m = pattern.exec(c)) {
        if (pattern === ZERO && m.groups!.unit && !m.groups!.all) continue; // 行政复议为0件: X-1
        if (pattern === DENIED && COUNT_AFTER.test(c.slice(m.index + m[0].length))) continue;
        if (!prose.isAboutUs(start + m.index)) continue;
        statements.push({ kind: 'none', ...kinds(m.groups!.chain!), fragment: quote(m[0]) });
        denied = true;
      }
    }
    if (denied || NEGATION.test(c)) continue;
    if (HEADING.test(c) || (TOPIC.test(c) && !OCCURRED.test(c))) continue;

    AROSE.lastIndex = 0;
    for (let m = AROSE.exec(c); m; m = AROSE.exec(c)) {
      if (COUNT_AFTER.test(c.slice(m.index + m[0].length))) continue;
      if (!prose.has(ABOUT_DISCLOSURE, prose.sentenceStart(start), end) || !prose.isAboutUs(start + m.index)) continue;
      statements.push({ kind: 'arose', ...kinds(m.groups!.chain!), fragment: quote(m[0]) });
    }
  }
  return statements;
}

const REVIEW_TOTAL = appealCellId('review', 'total');
const LITIGATION_TOTALS = [appealCellId('litigationDirect', 'total'), appealCellId('litigationAfterReview', 'total')];
const ALL_TOTALS = [REVIEW_TOTAL, ...LITIGATION_TOTALS];

export const appealsStatementAgrees: Rule = ({ report }, findings) => {
  const severity = severityOf('X-2');
  const reported = new Set<string>();
  const report1 = (key: string, field: ProseField, cells: readonly string[], message: string): void => {
    if (reported.has(key)) return;
    reported.add(key);
    findings.push({ rule: 'X-2', severity, cells, message, fields: [field] });
  };
  for (const source of proseSources(report, FACT_FIELDS)) {
    for (const statement of findAppealStatements(source.text, report.year)) {
      if (statement.kind === 'none') {
        const covered = [...(statement.review ? [REVIEW_TOTAL] : []), ...(statement.litigation ? LITIGATION_TOTALS : [])];
        const nonZero: { cell: string; total: number }[] = [];
        for (const cell of covered) {
          const total = countOf(report, cell);
          if (total !== undefined && total > 0) nonZero.push({ cell, total });
        }
        if (nonZero.length === 0) continue;
        const cells = nonZero.map((n) => n.cell);
        report1(`none:${cells.join()}`, source.field, cells, appealsDeniedMessage(source.field, statement.fragment, nonZero));
      } else {
        const totals = ALL_TOTALS.map((cell) => countOf(report, cell));
        if (!totals.every((t) => t === 0)) continue; // a case is in the table (or a cell is V-1's finding)
        report1('arose', source.field, ALL_TOTALS, appealsClaimedMessage(source.field, statement.fragment));
      }
    }
  }
};
