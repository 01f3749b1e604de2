/**
 * The key figures of a report for the year-over-year chart: applications received, applications concluded
 * (（七）总计), appeals (行政复议 plus both kinds of 行政诉讼), and documents in force (规章 plus 行政规范性文件).
 * A figure whose cells are not all valid counts is null (the chart leaves a gap rather than draw a guess).
 */
import type { Report } from './schema.js';

export const KEY_FIGURES = [
  { key: 'received', label: '新收申请' },
  { key: 'concluded', label: '办理结果总计' },
  { key: 'appeals', label: '复议和诉讼' },
  { key: 'inForce', label: '现行有效文件' },
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number]['key'];

const CELLS_OF: Record<KeyFigure, readonly string[]> = {
  received: ['applications.received.total'],
  concluded: ['applications.resultsTotal.total'],
  appeals: ['appeals.review.total', 'appeals.litigationDirect.total', 'appeals.litigationAfterReview.total'],
  inForce: ['active.regulations.inForce', 'active.normativeDocuments.inForce'],
};

export function keyFigures(cells: Report['cells']): Record<KeyFigure, number | null> {
  const sumOf = (ids: readonly string[]): number | null => {
    let total = 0;
    for (const id of ids) {
      const value = cells[id];
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return null;
      total += value;
    }
    return total;
  };
  return { received: sumOf(CELLS_OF.received), concluded: sumOf(CELLS_OF.concluded), appeals: sumOf(CELLS_OF.appeals), inForce: sumOf(CELLS_OF.inForce) };
}
