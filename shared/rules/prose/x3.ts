/**
 * X-3: 六、其他需要报告的事项 states the 信息处理费 position — an amount (收取信息处理费120元), or that none was
 * charged or arose (未收取信息处理费, 本年度没有产生信息公开处理费, 免费提供). The template prints
 * "收取信息处理费情况在此处报告". An empty 六 is S-1's finding, so the rule is silent then.
 */
import { severityOf } from '../catalogue.js';
import type { Rule } from '../types.js';
import { feeStatementMissingMessage } from './messages.js';
import { normalizeDigits, splitClauses, splitSentences } from './sentences.js';

const FEE_WORD = /处理费|收费|费用|收取|免费|免收/;
/** 未收取…费用, 没有产生…处理费, 不存在…收费, 不收费: a negation before the fee word, in one clause (not a bare
 * 不: 按不同收费标准 says nothing). The clause may name the payers first: 未因信息公开收取公民、法人和其他组织等任何
 * 费用, 没有公民、法人和其他组织的政府信息公开收费和减免情况. */
const NO_FEE = /(?:未|没有|无|不存在|不涉及|不产生|不收|免)[^，,。；;]{0,30}?(?:处理费|收费|费用)|免费|免收|零收费/;
/** 信息处理费为0, 处理费：无, 收费金额为零. */
const FEE_IS_ZERO = /(?:处理费|收费|费用)[^，,。；;]{0,10}?(?:为|：|:)\s*(?:0|零|无)(?![\d.])/;
/** 120元, 0.5万元, 一百二十元. */
const AMOUNT = /\d+(?:\.\d+)?\s*(?:万元|元)|[零〇一二两三四五六七八九十百千万]+元/;

/** True when `text` says how much 信息处理费 was charged, or that none was. */
export function statesFeePosition(rawText: string): boolean {
  const text = normalizeDigits(rawText);
  if (!FEE_WORD.test(text)) return false;
  for (const clause of splitClauses(text)) {
    if (NO_FEE.test(clause.text)) return true;
  }
  for (const sentence of splitSentences(text)) {
    if (FEE_IS_ZERO.test(sentence.text) || (FEE_WORD.test(sentence.text) && AMOUNT.test(sentence.text))) return true;
  }
  return false;
}

export const feeStatementPresent: Rule = ({ report }, findings) => {
  const other = report.sections.other;
  if (typeof other !== 'string' || other.trim() === '') return; // S-1
  if (statesFeePosition(other)) return;
  findings.push({
    rule: 'X-3',
    severity: severityOf('X-3'),
    cells: [],
    message: feeStatementMissingMessage(),
    fields: ['sections.other'],
  });
};
