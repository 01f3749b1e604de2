/**
 * How alike two texts are, for X-5 (内容雷同): character trigrams of the text with digits, years, spaces and
 * punctuation dropped, compared by the Dice coefficient 2·|A∩B| / (|A|+|B|) on the sets of trigrams.
 *
 * Trigrams are hashed to small integers (V8 keeps them unboxed in a Set); a collision merely counts two
 * different trigrams as one, which moves a similarity by far less than the threshold's margin. Last year's
 * trigrams are cached by text; this year's are counted in a reused scratch table, so a re-check on every
 * keystroke allocates nothing.
 */

export interface Shingles {
  /** Hashed character trigrams. */
  readonly set: ReadonlySet<number>;
  /** Characters kept after normalisation. */
  readonly length: number;
}

/** Kept: CJK ideographs and Latin letters. Dropped: digits (so years and counts), punctuation, spaces. */
function isKept(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a)
  );
}

const trigramHash = (a: number, b: number, c: number): number => {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  return (h ^ (h >>> 15)) & 0x3fffffff; // a small integer (Smi)
};

/** The trigrams of `text` after normalisation. One pass, no intermediate strings. */
export function shingles(text: string): Shingles {
  const set = new Set<number>();
  let twoBack = -1;
  let oneBack = -1;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isKept(code)) continue;
    length++;
    if (twoBack >= 0) set.add(trigramHash(twoBack, oneBack, code));
    twoBack = oneBack;
    oneBack = code;
  }
  return { set, length };
}

/** Dice similarity of two trigram sets, 0…1 (0 when both are empty). */
export function dice(a: Shingles, b: Shingles): number {
  const sizes = a.set.size + b.set.size;
  if (sizes === 0) return 0;
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  let common = 0;
  for (const h of small) if (large.has(h)) common++;
  return (2 * common) / sizes;
}

// A scratch hash table for this year's trigrams, reused from call to call (no allocation while typing; a slot
// is in use when its mark equals the current generation, so nothing needs clearing). Not re-entrant: the
// function below runs to completion before it can be called again.
let scratchKeys = new Int32Array(4096);
let scratchMarks = new Uint32Array(4096);
let generation = 0;

/**
 * The Dice similarity of `text` to already-shingled `old`, and the kept length of `text`. Same result as
 * `dice(shingles(text), old)`, several times faster: this year's text changes on every keystroke.
 */
export function similarityTo(text: string, old: Shingles): { readonly similarity: number; readonly length: number } {
  let size = scratchKeys.length;
  while (size < 2 * text.length + 16) size *= 2;
  if (size !== scratchKeys.length) {
    scratchKeys = new Int32Array(size);
    scratchMarks = new Uint32Array(size);
    generation = 0;
  }
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    scratchMarks.fill(0);
    generation = 1;
  }
  const keys = scratchKeys;
  const marks = scratchMarks;
  const mask = size - 1;
  const oldSet = old.set;
  let unique = 0;
  let common = 0;
  let length = 0;
  let twoBack = -1;
  let oneBack = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isKept(code)) continue;
    length++;
    if (twoBack >= 0) {
      const h = trigramHash(twoBack, oneBack, code);
      let slot = h & mask;
      while (marks[slot] === generation && keys[slot] !== h) slot = (slot + 1) & mask;
      if (marks[slot] !== generation) {
        marks[slot] = generation;
        keys[slot] = h;
        unique++;
        if (oldSet.has(h)) common++;
      }
    }
    twoBack = oneBack;
    oneBack = code;
  }
  const sizes = unique + oldSet.size;
  return { similarity: sizes === 0 ? 0 : (2 * common) / sizes, length };
}

/** Similarity of two texts (uncached; for tests and tools). */
export const similarity = (a: string, b: string): number => similarityTo(a, shingles(b)).similarity;

const CACHE_LIMIT = 4;
/** Least recently used first (a Map keeps insertion order; a hit is moved to the end). */
const cache = new Map<string, Shingles>();

/** `shingles(text)`, remembered for the last few texts: last year's sections never change while editing. */
export function cachedShingles(text: string): Shingles {
  let entry = cache.get(text);
  if (entry === undefined) {
    entry = shingles(text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  } else {
    cache.delete(text);
  }
  cache.set(text, entry);
  return entry;
}
