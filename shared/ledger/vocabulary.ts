/**
 * Applicant types and results in the words offices use, mapped to the columns and result rows of table 三
 * (../shared/spec/cli.md, "The ledger"). A word that matches nothing — or matches two things that disagree — is
 * not guessed: the row is `unmapped` until the clerk corrects it.
 */
import type { ApplicantType } from './types.js';

/** Reduce a cell to what identifies it: half-width, no spaces or punctuation. */
export function normaliseWord(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u200b\ufeff]+/g, '')
    .replace(/[()（）[\]【】<>《》“”"'‘’「」、，,。.:：;；\-—_/\\|·]+/g, '');
}

// ------------------------------------------------------------------ applicant types

const APPLICANT_WORDS: readonly (readonly [RegExp, ApplicantType])[] = [
  [/法律服务|律师事务所|律所|公证处|司法鉴定/, 'legalService'],
  [/科研|研究所|研究院|研究中心|实验室/, 'research'],
  [/公益|社会组织|社会团体|基金会|慈善|志愿者|民办非企业/, 'nonprofit'],
  [/商业企业|企业|公司|商户|个体工商户|合作社|商行|厂$/, 'commercial'],
  [/自然人|个人|公民|群众|居民|村民|市民/, 'natural'],
  [/^其他$|其他组织|其他法人|其他单位|事业单位|村委会|居委会|^其它/, 'otherOrg'],
];

/** Ledgers repeat the same few words thousands of times: each distinct text is read once. */
function memoised<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = read(text);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}

/** The table 三 column of an applicant type as offices write it, or null. */
export const applicantTypeOf = memoised(readApplicantType);

function readApplicantType(text: string): ApplicantType | null {
  let word = normaliseWord(text);
  if (word === '') return null;
  // "法人或其他组织（商业企业）": the group name says nothing about the column.
  word = word.replace(/^法人或其他组织|^法人或者其他组织/, '');
  if (word === '') return null;
  for (const [pattern, type] of APPLICANT_WORDS) if (pattern.test(word)) return type;
  return null;
}

// ------------------------------------------------------------------ results

export type ResultCategory = 'withheld' | 'unavailable' | 'notProcessed' | 'otherHandling';

const CATEGORY_WORDS: readonly (readonly [RegExp, ResultCategory])[] = [
  [/不予以?公开|不公开/, 'withheld'],
  [/无法提供/, 'unavailable'],
  [/不予处理/, 'notProcessed'],
  [/其他处理|其它处理/, 'otherHandling'],
];

/** Reason words, each naming one result row; order decides when two match without a category. */
const REASON_WORDS: readonly (readonly [RegExp, string])[] = [
  [/国家秘密|涉密|涉及秘密/, 'withheld.stateSecret'],
  [/其他法律|法律行政法规禁止|法律法规禁止|法律禁止/, 'withheld.prohibitedByLaw'],
  [/三安全一稳定|国家安全|公共安全|经济安全|社会稳定/, 'withheld.securityStability'],
  [/第三方|商业秘密|个人隐私/, 'withheld.thirdPartyRights'],
  [/内部事务|人事管理|后勤管理|内部工作流程/, 'withheld.internalAffairs'],
  [/过程性|讨论记录|过程稿|磋商信函|请示报告/, 'withheld.processInformation'],
  [/执法案卷/, 'withheld.enforcementFiles'],
  [/行政查询|查询事项/, 'withheld.administrativeQuery'],
  [/补正后.*不明确|仍不明确|内容不明确|申请内容不清/, 'unavailable.stillUnclear'],
  [/不掌握|信息不存在|不存在|未制作或获取|非本机关/, 'unavailable.notHeld'],
  [/另行制作|另外制作|没有现成|需要制作|加工|汇总分析|分析汇总/, 'unavailable.needsCreation'],
  [/信访|举报|投诉/, 'notProcessed.complaint'],
  [/重复申请/, 'notProcessed.duplicate'],
  [/出版物/, 'notProcessed.publication'],
  [/大量反复|大量重复/, 'notProcessed.excessive'],
  [/要求.*确认|重新出具/, 'notProcessed.reconfirmation'],
  [/不补正|未补正|逾期补正/, 'otherHandling.noCorrection'],
  [/缴纳|缴费|收费通知|未缴/, 'otherHandling.feeUnpaid'],
];

const PENDING = /^(办理中|正在办理|在办|未办结|待答复|待办|受理中|延期办理中|延期答复中|处理中|尚未答复|未答复)$/;
const PARTLY = /部分公开|区分处理/;
const GRANTED = /予以公开|同意公开|全部公开|^公开$|^已公开$|已主动公开|告知获取途径|^同意$/;
const OTHER_ONLY = /^其他$|^其它$|^其他处理其他$|^其他处理3其他$/;

export type ResultReading =
  | { readonly kind: 'pending' }
  | { readonly kind: 'result'; readonly row: string }
  | { readonly kind: 'unmapped'; readonly why: string };

const groupOf = (row: string): string => row.split('.')[0]!;

const CATEGORY_NAMES: Record<ResultCategory, string> = {
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
};

const readResultKey = memoised((key: string): ResultReading => {
  const at = key.indexOf('\u0000');
  return readResult(key.slice(0, at), key.slice(at + 1));
});

/** The result row of table 三 for a result (and its reason, when the ledger has a separate column). */
export function resultOf(resultText: string, reasonText = ''): ResultReading {
  return readResultKey(`${resultText}\u0000${reasonText}`);
}

function readResult(resultText: string, reasonText: string): ResultReading {
  const result = normaliseWord(resultText);
  const word = result + normaliseWord(reasonText);
  if (result === '' || PENDING.test(result)) {
    return result === '' && word !== '' ? { kind: 'unmapped', why: '有理由但没有办理结果' } : { kind: 'pending' };
  }
  if (PARTLY.test(word)) return { kind: 'result', row: 'partlyGranted' };
  if (OTHER_ONLY.test(word)) return { kind: 'result', row: 'otherHandling.other' };
  const category = CATEGORY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
  const reasons = REASON_WORDS.filter(([pattern]) => pattern.test(word)).map(([, row]) => row);
  if (category) {
    const fitting = reasons.filter((row) => groupOf(row) === category);
    if (fitting.length > 0) return { kind: 'result', row: fitting[0]! };
    if (category === 'otherHandling' && /其他$|其它$/.test(word.replace(/^其他处理|^其它处理/, ''))) {
      return { kind: 'result', row: 'otherHandling.other' };
    }
    return reasons.length > 0
      ? { kind: 'unmapped', why: `“${CATEGORY_NAMES[category]}”与所写理由不属同一类` }
      : { kind: 'unmapped', why: `“${CATEGORY_NAMES[category]}”须写明理由（对应表三的具体行）` };
  }
  if (reasons.length > 0) return { kind: 'result', row: reasons[0]! };
  if (GRANTED.test(word)) return { kind: 'result', row: 'granted' };
  return { kind: 'unmapped', why: '对应不到表三的办理结果' };
}

const YES = /^(是|√|✓|✔|y|yes|true|1|延期|已延期|延长|已延长|延期答复|是已延期)$/i;
const NO = /^(否|×|✗|n|no|false|0|无|未延期|不延期)?$/i;

/** Whether the time limit was extended; null when the cell says neither yes nor no. */
export function extendedOf(text: string): boolean | null {
  const word = normaliseWord(text);
  if (YES.test(word)) return true;
  if (NO.test(word)) return false;
  return null;
}
