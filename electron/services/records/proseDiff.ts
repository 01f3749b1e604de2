/**
 * What the audit log keeps of a prose save: only the part that changed, with a little context on each side and
 * where it starts — not the whole old and new text (266 saves of one section once made a 25 MB log). Short
 * texts are kept whole; a line still reads as "from what to what".
 */

/** Texts up to this many characters are logged whole. */
export const WHOLE_TEXT_LIMIT = 200;
const CONTEXT = 12;

export interface ProseChange {
  readonly oldValue: string | null;
  readonly newValue: string | null;
  /** Where the change starts ("第 N 字起"), or null when the texts are logged whole. */
  readonly detail: string | null;
}

export function proseChange(before: string | null, after: string | null): ProseChange {
  const a = before ?? '';
  const b = after ?? '';
  if (a.length <= WHOLE_TEXT_LIMIT && b.length <= WHOLE_TEXT_LIMIT) return { oldValue: before, newValue: after, detail: null };
  // Compare by code points so a character outside the BMP is never cut in half.
  const x = [...a];
  const y = [...b];
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  const show = (chars: string[]): string => {
    const start = Math.max(0, prefix - CONTEXT);
    const end = Math.min(chars.length, chars.length - suffix + CONTEXT);
    return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  };
  return { oldValue: show(x), newValue: show(y), detail: `只记录改动的部分：第${prefix + 1}字起，原文${x.length}字，改后${y.length}字` };
}
