/**
 * Line breaking for Chinese text with the usual 禁则 (GB/T 15834 / clreq): no line starts with a closing mark
 * （，。、；：？！）」》”’ …）and no line ends with an opening one（（「《“‘ …）. Text is left-aligned and broken
 * between any two ideographs; a run of Latin letters or digits ("2023", "1482.5623", "W-1") stays whole unless
 * it alone is wider than the line. Pure: the caller measures text; nothing here knows about PDF.
 */

/** Marks that may not begin a line. */
export const CLOSING_MARKS = new Set(Array.from('，。、；：？！）」』》〉”’】〕］｝〗〙…‥·・％‰℃々〃ー～,.;:?!)]}%'));
/** Marks that may not end a line. */
export const OPENING_MARKS = new Set(Array.from('（「『《〈“‘【〔［｛〖〘([{'));

export interface Run<S> {
  readonly text: string;
  readonly style: S;
}

export interface Line<S> {
  readonly runs: readonly Run<S>[];
  readonly width: number;
}

interface Token<S> {
  readonly text: string;
  readonly style: S;
  readonly width: number;
  readonly space: boolean;
}

const LATIN = /[\x21-\x7e]/;
const SPACE = /\s/;
/** Pairs that must never be split: ——, …… */
const PAIRED = new Set(['—', '…']);

/** Splits styled runs into the smallest pieces that may be put on different lines. */
export function tokenize<S>(runs: readonly Run<S>[], measure: (text: string, style: S) => number, maxWidth: number): Token<S>[] {
  const tokens: Token<S>[] = [];
  for (const run of runs) {
    const chars = Array.from(run.text);
    let i = 0;
    while (i < chars.length) {
      const ch = chars[i]!;
      let j = i + 1;
      if (LATIN.test(ch)) while (j < chars.length && LATIN.test(chars[j]!)) j++;
      else if (PAIRED.has(ch)) while (j < chars.length && chars[j] === ch) j++;
      const text = chars.slice(i, j).join('');
      const width = measure(text, run.style);
      if (width > maxWidth && j - i > 1) {
        // A Latin run wider than the line (a fingerprint, a long number) is broken by characters.
        for (const piece of chars.slice(i, j)) tokens.push({ text: piece, style: run.style, width: measure(piece, run.style), space: false });
      } else {
        tokens.push({ text, style: run.style, width, space: SPACE.test(ch) });
      }
      i = j;
    }
  }
  return tokens;
}

const firstChar = (token: Token<unknown>): string => Array.from(token.text)[0]!;
const lastChar = (token: Token<unknown>): string => Array.from(token.text).at(-1)!;
const startsClosed = (token: Token<unknown> | undefined): boolean => token !== undefined && CLOSING_MARKS.has(firstChar(token));
const endsOpen = (token: Token<unknown> | undefined): boolean => token !== undefined && OPENING_MARKS.has(lastChar(token));

/**
 * Breaks `runs` into lines no wider than `widthOfLine(index)`. When the natural break would put a closing mark
 * at the start of the next line (or leave an opening mark at the end of this one), the last characters move
 * down with it. Only when a whole line is nothing but closing marks does one hang past the edge.
 */
export function breakLines<S>(
  runs: readonly Run<S>[],
  widthOfLine: (lineIndex: number) => number,
  measure: (text: string, style: S) => number,
): Line<S>[] {
  const tokens = tokenize(runs, measure, widthOfLine(1));
  const lines: Line<S>[] = [];
  let start = 0;
  while (start < tokens.length) {
    while (lines.length > 0 && start < tokens.length && tokens[start]!.space) start++;
    if (start >= tokens.length) break;
    const available = widthOfLine(lines.length);
    let end = start;
    let width = 0;
    while (end < tokens.length && width + tokens[end]!.width <= available + 0.01) width += tokens[end++]!.width;
    if (end < tokens.length) {
      if (end === start) end = start + 1; // one character wider than the line: it goes alone
      let adjusted = end;
      while (adjusted > start + 1 && (startsClosed(tokens[adjusted]) || endsOpen(tokens[adjusted - 1]))) adjusted--;
      if (startsClosed(tokens[adjusted]) || endsOpen(tokens[adjusted - 1])) {
        // Nothing to move down: let the closing marks hang rather than start the next line.
        adjusted = end;
        while (adjusted < tokens.length && startsClosed(tokens[adjusted])) adjusted++;
      }
      end = adjusted;
    }
    let last = end;
    while (last > start + 1 && tokens[last - 1]!.space) last--;
    lines.push(joinTokens(tokens.slice(start, last)));
    start = end;
  }
  return lines;
}

function joinTokens<S>(tokens: readonly Token<S>[]): Line<S> {
  const runs: { text: string; style: S }[] = [];
  let width = 0;
  for (const token of tokens) {
    width += token.width;
    const previous = runs.at(-1);
    if (previous && previous.style === token.style) previous.text += token.text;
    else runs.push({ text: token.text, style: token.style });
  }
  return { runs, width };
}

/** The plain text of a line. */
export const lineText = (line: Line<unknown>): string => line.runs.map((r) => r.text).join('');
