/**
 * The prose-consistency rules X-1 … X-5 (../shared/spec/rules.md): what the report's text says agrees with
 * its tables, states the 信息处理费 position, and is not last year's text again.
 */
import type { Rule } from '../types.js';
import { proseNumbersAgree } from './x1.js';
import { appealsStatementAgrees } from './x2.js';
import { feeStatementPresent } from './x3.js';
import { feeNoticeConsistent } from './x4.js';
import { notCopiedFromLastYear } from './x5.js';

export { proseNumbersAgree, appealsStatementAgrees, feeStatementPresent, feeNoticeConsistent, notCopiedFromLastYear };

/** in that order. */
export const PROSE_RULES: readonly Rule[] = [
  proseNumbersAgree,
  appealsStatementAgrees,
  feeStatementPresent,
  feeNoticeConsistent,
  notCopiedFromLastYear,
];
