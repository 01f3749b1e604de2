/** V-1: every count is an integer ≥ 0, the fee a decimal ≥ 0 with at most 6 decimals, nothing missing. */
import { CELLS } from '../catalogue/cells.js';
import { FEE_MAX_DECIMALS, parseFee } from '../report/decimal.js';
import type { CellValue } from '../report/schema.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';

export const valuesAreValid: Rule = ({ report }, findings) => {
  for (const cell of CELLS) {
    const value = report.cells[cell.id] ?? null;
    const problem = cell.kind === 'fee' ? feeProblem(value) : countProblem(value);
    if (problem) findings.push({ rule: 'V-1', severity: severityOf('V-1'), cells: [cell.id], message: `${cell.reference}${problem}` });
  }
};

const shown = (value: CellValue): string => (typeof value === 'string' ? `“${value.length > 20 ? `${value.slice(0, 20)}…` : value}”` : String(value));

function countProblem(value: CellValue): string | undefined {
  if (value === null) return '缺少数据（应填件数，没有的填0）';
  if (typeof value === 'string') return `填的是文字${shown(value)}，应为不小于0的整数`;
  if (!Number.isFinite(value)) return '不是有效的数字';
  if (!Number.isInteger(value)) return `为${value}，件数应为整数，不能有小数`;
  if (value < 0) return `为${value}，件数不能为负数`;
  if (!Number.isSafeInteger(value)) return `为${value}，数值过大，请核对`;
  return undefined;
}

function feeProblem(value: CellValue): string | undefined {
  if (value === null) return '缺少数据（应填金额，没有的填0）';
  if (typeof value === 'number') {
    return `为数字${value}，收费金额须保存为十进制文字（如“1482.5623”），以免二进制小数造成误差`;
  }
  const parsed = parseFee(value);
  if (parsed.ok) return undefined;
  switch (parsed.reason) {
    case 'negative':
      return `为${shown(value)}，收费金额不能为负数`;
    case 'tooManyDecimals':
      return `为${shown(value)}，有${parsed.decimals}位小数；以万元为单位最多保留${FEE_MAX_DECIMALS}位小数（精确到分）`;
    default:
      return `为${shown(value)}，不是有效的金额（以万元为单位的数字，如“1482.5623”）`;
  }
}
