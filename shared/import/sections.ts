/**
 * Where the six sections start: the first row that reads as each heading, in order. Table rows that also start
 * with 一、…四、 (本年新收, 上年结转, 本年度办理结果, 结转下年度) are told apart by their words.
 */
import { SECTION_ORDER, type SectionKey } from '../catalogue/sections.js';
import { normaliseLabel } from './normalise.js';
import type { SourceRow } from './types.js';

const HEADING_TESTS: Record<SectionKey, (text: string) => boolean> = {
  overview: (t) => /^一\.?总体情况/.test(t) || (t.startsWith('一.') && t.includes('总体情况')),
  active: (t) => /^二\.?/.test(t) && t.includes('主动公开') && !t.includes('申请'),
  applications: (t) => /^三\.?/.test(t) && (t.includes('收到和处理') || t.includes('依申请公开') || t.includes('公开申请情况')),
  appeals: (t) => /^四\.?/.test(t) && (t.includes('复议') || t.includes('诉讼')),
  problems: (t) => /^五\.?/.test(t) && (t.includes('问题') || t.includes('改进')),
  other: (t) => /^六\.?/.test(t) && t.includes('其他需要报告'),
};

/** Text of a row when it could be a heading: few non-empty cells, short. */
export function headingText(row: SourceRow): string | null {
  const filled = row.filter((c) => c.trim() !== '');
  if (filled.length === 0 || filled.length > 2) return null;
  const text = filled.join('');
  if (text.length > 80) return null;
  return normaliseLabel(text);
}

/** Row index of each heading found (absent when not found). */
export function findSections(rows: readonly SourceRow[]): Partial<Record<SectionKey, number>> {
  const found: Partial<Record<SectionKey, number>> = {};
  let from = 0;
  for (const key of SECTION_ORDER) {
    for (let i = from; i < rows.length; i++) {
      const text = headingText(rows[i]!);
      if (text && HEADING_TESTS[key](text)) {
        found[key] = i;
        from = i + 1;
        break;
      }
    }
  }
  return found;
}
