/**
 * table 三 counts applications dropped because a fee notice went unpaid
 * (`otherHandling.feeUnpaid.total` > 0), yet 六 says no fee arose or no fee notice was issued
 * (未产生…处理费, 没有发出收费通知). "未收取信息处理费" agrees with an unpaid notice and is not flagged.
 */
import { applicationCellId } from '../../catalogue/cells.js';
import { severityOf } from '../catalogue.js';
import type { Rule } from '../types.js';
import { countOf } from '../values.js';
import { feeNoticeContradictedMessage } from './messages.js';
import { ProseText, quote } from './sentences.js';

const FEE_UNPAID_TOTAL = applicationCellId('otherHandling.feeUnpaid', 'total');

/**
 * 未产生/没有产生/未发生 …处理费 · 未发出/没有发出 …收费通知. Not 未发生收取…费用 (nothing collected, like
 * 未收取): the words between may not speak of collecting or paying.
 */
const NO_FEE_AROSE =
  /(?:未|没有|并未|均未|从未)(?:产生|发生|出现)[^，,。；;收缴]{0,15}?(?:处理费|收费|费用)|(?:未|没有|并未|均未|从未)(?:发出|发放|送达|下达|出具|开具)[^，,。；;]{0,15}?收费通知/g;

/** The first statement in `text` that no fee arose or no fee notice was issued in `year`, quoted. */
export function findNoFeeStatement(rawText: string, year: number): string | undefined {
  const prose = ProseText.of(rawText, year);
  NO_FEE_AROSE.lastIndex = 0;
  for (let m = NO_FEE_AROSE.exec(prose.text); m; m = NO_FEE_AROSE.exec(prose.text)) {
    if (prose.isAboutUs(m.index)) return quote(m[0]);
  }
  return undefined;
}

export const feeNoticeConsistent: Rule = ({ report }, findings) => {
  const unpaid = countOf(report, FEE_UNPAID_TOTAL);
  if (unpaid === undefined || unpaid === 0) return;
  const other = report.sections.other;
  if (typeof other !== 'string') return;
  const fragment = findNoFeeStatement(other, report.year);
  if (fragment === undefined) return;
  findings.push({
    rule: 'X-4',
    severity: severityOf('X-4'),
    cells: [FEE_UNPAID_TOTAL],
    message: feeNoticeContradictedMessage(fragment, unpaid),
    fields: ['sections.other'],
  });
};
