/**
 * Which lines of the source text a note is about, so the review can show them beside the parsed cells. A guess
 * by text only (the importer does not return positions): the texts the note quotes (“…”) and the row label of
 * its cells, compared with spaces removed and brackets made half-width. A note that matches nothing points at
 * no line; the note itself is still listed.
 */
import type { ImportNoteOut } from '../../../shared/api.js';
import { CELL_BY_ID } from '../../../shared/catalogue/cells.js';

const compact = (text: string): string =>
  text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

/** "（二）部分公开（区分处理的…）" → "部分公开"; "一、本年新收政府信息公开申请数量" → "本年新收政府信息". */
export function labelCore(label: string): string {
  const bare = compact(label)
    .replace(/^\([一二三四五六七八九十]+\)/, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\d+[.、．]/, '');
  return bare.split('(')[0]!.slice(0, 8);
}

/** The texts to look for in the source for one note (two characters or more, so "/" alone matches nothing). */
export function noteNeedles(note: ImportNoteOut): string[] {
  const needles = new Set<string>();
  for (const match of note.message.matchAll(/“([^”]{2,60})”/g)) {
    const quoted = compact(match[1]!);
    if (quoted.length >= 2 && /[\p{L}\p{N}]/u.test(quoted)) needles.add(quoted);
  }
  const first = CELL_BY_ID.get(note.cells[0] ?? '');
  if (first) {
    const core = labelCore(first.rowLabel);
    if (core.length >= 2) needles.add(core);
  }
  return [...needles];
}

/** Line numbers (0-based) of the source that hold one of the note's texts. */
export function linesForNote(note: ImportNoteOut, compactLines: readonly string[]): number[] {
  const needles = noteNeedles(note);
  if (needles.length === 0) return [];
  const found: number[] = [];
  compactLines.forEach((line, i) => {
    if (line.length > 0 && needles.some((needle) => line.includes(needle))) found.push(i);
  });
  return found;
}

/** The source lines prepared once for matching. */
export const compactLines = (lines: readonly string[]): string[] => lines.map(compact);
