/**
 * Which agency of the records an imported report belongs to. The same name, written with other spaces, brackets
 * or widths, is the same agency; a name that only ends the same way ("某区人民政府" in the records, "某市某区人民政府"
 * in the title) or differs by one character is likely the same, and the person is asked; anything else is new.
 */
import { toHalfWidth } from './normalise.js';
import { lcsLength } from './similarity.js';

export interface NamedAgency {
  readonly id: number;
  readonly name: string;
}

export type AgencyMatch =
  | { readonly kind: 'same'; readonly id: number }
  | { readonly kind: 'likely'; readonly ids: readonly number[] }
  | { readonly kind: 'none' };

const plain = (name: string): string =>
  toHalfWidth(name)
    .replace(/[\s\u200b]+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');

/** Shortest name that may be compared by its ending (shorter ones, like "人民政府", say nothing). */
const MIN_ENDING = 5;

export function matchAgency(name: string, agencies: readonly NamedAgency[]): AgencyMatch {
  const wanted = plain(name);
  if (wanted === '') return { kind: 'none' };
  const same = agencies.find((a) => plain(a.name) === wanted);
  if (same) return { kind: 'same', id: same.id };
  const likely = agencies.filter((a) => {
    const known = plain(a.name);
    const [shorter, longer] = known.length <= wanted.length ? [known, wanted] : [wanted, known];
    if (shorter.length >= MIN_ENDING && longer.endsWith(shorter)) return true;
    // One character lost or changed (a typo in the title): all of both names but one character in common.
    return shorter.length >= MIN_ENDING && lcsLength(known, wanted) >= Math.max(known.length, wanted.length) - 1;
  });
  return likely.length > 0 ? { kind: 'likely', ids: likely.map((a) => a.id) } : { kind: 'none' };
}
