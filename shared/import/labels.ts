/**
 * Row labels of tables 二 and 三 matched against the catalogue, tolerantly: normalised text, the group headings
 * that span several rows removed, then the closest official label by longest common subsequence, so that a
 * label with a dropped character (其他法律行政止公开) or a split one (规 章) is still found.
 */
import { APPLICATION_ROWS, RESULT_GROUPS, type ResultGroup } from '../catalogue/cells.js';
import { normaliseLabel } from './normalise.js';
import { lcsLength } from './similarity.js';

/** Labels longer than this are prose, not a row label. */
const MAX_LABEL_LENGTH = 160;

const NUMBERING = /^(?:\d+\.|\([一二三四五六七八九十]\)|[一二三四五六七八九十]\.)/;
const stripNumbering = (label: string): string => label.replace(NUMBERING, '');

/** Headings that span several rows of table 三 and are not rows themselves. */
const SPANNING_HEADINGS: readonly { readonly text: string; readonly group: ResultGroup | null }[] = [
  { text: normaliseLabel('三、本年度办理结果'), group: null },
  ...RESULT_GROUPS.filter((g) => ['withheld', 'unavailable', 'notProcessed', 'otherHandling'].includes(g.key)).map((g) => ({
    text: normaliseLabel(g.label),
    group: g.key,
  })),
];

interface Candidate {
  readonly key: string;
  readonly group: ResultGroup | undefined;
  readonly text: string;
}

/** Each row's official label and the shorter forms offices print. */
const APPLICATION_CANDIDATES: readonly Candidate[] = APPLICATION_ROWS.flatMap((row) => {
  const forms = [row.label];
  if (row.key === 'partlyGranted') forms.push('（二）部分公开');
  if (row.key === 'received') forms.push('一、本年新收申请数量');
  if (row.key === 'carriedOver') forms.push('二、上年结转申请数量');
  return forms.map((form) => ({ key: row.key, group: row.group, text: stripNumbering(normaliseLabel(form)) }));
});

export type ApplicationLabelMatch =
  | { readonly kind: 'row'; readonly key: string; readonly exact: boolean }
  | { readonly kind: 'group'; readonly group: ResultGroup | null }
  | { readonly kind: 'none' };

/** Which row of table 三 a printed label names. */
export function matchApplicationLabel(label: string): ApplicationLabelMatch {
  if (label.length > MAX_LABEL_LENGTH * 3) return { kind: 'none' };
  let text = normaliseLabel(label);
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return { kind: 'none' };
  let group: ResultGroup | null | undefined;
  for (const heading of SPANNING_HEADINGS) {
    if (text.includes(heading.text)) {
      text = text.replace(heading.text, '');
      if (heading.group || group === undefined) group = heading.group;
    }
  }
  text = stripHeadingPieces(text);
  const rest = stripNumbering(text);
  if (rest.length === 0) return group === undefined ? { kind: 'none' } : { kind: 'group', group };
  let best: { key: string; score: number; common: number; exact: boolean } | null = null;
  for (const candidate of APPLICATION_CANDIDATES) {
    if (group && candidate.group !== group) continue;
    const common = lcsLength(rest, candidate.text);
    const coverage = common / candidate.text.length;
    const precision = common / rest.length;
    if (coverage < 0.75 || precision < 0.5) continue;
    const score = common + coverage;
    if (!best || score > best.score) best = { key: candidate.key, score, common, exact: rest === candidate.text };
  }
  if (best) return { kind: 'row', key: best.key, exact: best.exact };
  return group === undefined ? { kind: 'none' } : { kind: 'group', group };
}

/**
 * Pieces of a spanning heading left in front of a row label when a PDF broke the heading over lines
 * ("(五)不1.信访…", "予处理2.重复申请", "三.(一)予以公开"): removed when a row number follows them.
 */
function stripHeadingPieces(text: string): string {
  if (/^[一二三四]\.(?=\()/.test(text)) return text.slice(2);
  const numberAt = /\d{1,2}\./.exec(text)?.index ?? -1;
  if (numberAt <= 0) return text;
  const before = text.slice(0, numberAt);
  for (const heading of SPANNING_HEADINGS) {
    if (heading.text.startsWith(before) || heading.text.endsWith(before)) return text.slice(numberAt);
  }
  return text;
}

/** Rows of table 二 (and the 2019 format's rows that have no place in 2021). */
export type ActiveRowKey =
  | 'regulations'
  | 'normativeDocuments'
  | 'licensing'
  | 'penalties'
  | 'enforcement'
  | 'fees'
  | 'otherServices2019'
  | 'procurement2019';

const ACTIVE_LABELS: readonly (readonly [ActiveRowKey, string])[] = [
  ['normativeDocuments', '行政规范性文件'],
  ['regulations', '规章'],
  ['licensing', '行政许可'],
  ['penalties', '行政处罚'],
  ['enforcement', '行政强制'],
  ['fees', '行政事业性收费'],
  ['otherServices2019', '其他对外管理服务事项'],
  ['procurement2019', '政府集中采购'],
];

/** Which row of table 二 a printed label names (a label may carry its caption, 第二十条第（五）项行政许可). */
export function matchActiveLabel(label: string): ActiveRowKey | null {
  if (label.length > 180) return null;
  const text = normaliseLabel(label);
  if (text.length === 0 || text.length > 60) return null;
  for (const [key, official] of ACTIVE_LABELS) if (text.includes(official)) return key;
  // A dropped character: 行政许 / 行政处 / 事业性收费.
  for (const [key, official] of ACTIVE_LABELS) {
    if (official.length >= 4 && text.length <= official.length + 4 && lcsLength(text, official) >= official.length - 1) return key;
  }
  return null;
}
