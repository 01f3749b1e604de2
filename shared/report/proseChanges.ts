/**
 * Which paragraphs of the prose differ between the report in the records and a file read back (a leader's
 * Word edit coming home): per field, the paragraphs removed, added or changed, in order. Paragraphs are
 * matched by a longest common subsequence, so one paragraph inserted does not mark every later one changed;
 * a removal directly followed by an addition at the same place is one changed paragraph.
 */
import { SECTION_HEADINGS } from '../catalogue/sections.js';
import { paragraphsOf } from './printedText.js';
import type { Report } from './schema.js';

export type ProseField = 'preamble' | 'sections.overview' | 'sections.problems' | 'sections.other';

export const PROSE_FIELD_LABELS: Record<ProseField, string> = {
  preamble: '前言',
  'sections.overview': SECTION_HEADINGS.overview,
  'sections.problems': SECTION_HEADINGS.problems,
  'sections.other': SECTION_HEADINGS.other,
};

export type ParagraphChange =
  | { readonly kind: 'changed'; readonly index: number; readonly before: string; readonly after: string }
  | { readonly kind: 'added'; readonly index: number; readonly after: string }
  | { readonly kind: 'removed'; readonly index: number; readonly before: string };

export interface FieldChanges {
  readonly field: ProseField;
  readonly label: string;
  /** `index` is the paragraph's number (from 1) in the file read back; for a removal, in the records. */
  readonly changes: readonly ParagraphChange[];
}

type Prose = Pick<Report, 'preamble' | 'sections'>;

const textOf = (prose: Prose, field: ProseField): string => (field === 'preamble' ? prose.preamble : prose.sections[field.slice(9) as keyof Report['sections']]);

/** The fields whose paragraphs differ (white space at the ends of a paragraph and blank lines do not count). */
export function proseChanges(records: Prose, readBack: Prose): FieldChanges[] {
  const out: FieldChanges[] = [];
  for (const field of Object.keys(PROSE_FIELD_LABELS) as ProseField[]) {
    const changes = paragraphChanges(paragraphsOf(textOf(records, field)), paragraphsOf(textOf(readBack, field)));
    if (changes.length > 0) out.push({ field, label: PROSE_FIELD_LABELS[field], changes });
  }
  return out;
}

/** Longest paragraphs compared: a field of more paragraphs is compared as a whole, never slowly. */
const MAX_PARAGRAPHS = 2000;

export function paragraphChanges(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  if (before.length > MAX_PARAGRAPHS || after.length > MAX_PARAGRAPHS) {
    return before.join('\n') === after.join('\n') ? [] : [{ kind: 'changed', index: 1, before: before.join('\n'), after: after.join('\n') }];
  }
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the common subsequence of before[i..] and after[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const raw: (Extract<ParagraphChange, { kind: 'added' | 'removed' }> & { hunkEnd?: boolean })[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      if (raw.length > 0) raw[raw.length - 1]!.hunkEnd = true;
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      raw.push({ kind: 'added', index: j + 1, after: after[j]! });
      j++;
    } else {
      raw.push({ kind: 'removed', index: i + 1, before: before[i]! });
      i++;
    }
  }
  // Between two unchanged paragraphs, the first removed and the first added are one paragraph edited, and so on.
  const out: ParagraphChange[] = [];
  const flush = (removed: ParagraphChange[], added: ParagraphChange[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const r = removed[k] as Extract<ParagraphChange, { kind: 'removed' }>;
      const a = added[k] as Extract<ParagraphChange, { kind: 'added' }>;
      out.push({ kind: 'changed', index: a.index, before: r.before, after: a.after });
    }
    for (const a of added.slice(pairs) as Extract<ParagraphChange, { kind: 'added' }>[]) out.push({ kind: 'added', index: a.index, after: a.after });
    for (const r of removed.slice(pairs) as Extract<ParagraphChange, { kind: 'removed' }>[]) out.push({ kind: 'removed', index: r.index, before: r.before });
  };
  let removed: ParagraphChange[] = [];
  let added: ParagraphChange[] = [];
  for (const change of raw) {
    if (change.kind === 'removed') removed.push(change);
    else added.push(change);
    if (change.hunkEnd) {
      flush(removed, added);
      removed = [];
      added = [];
    }
  }
  flush(removed, added);
  return out;
}
