/**
 * Which font draws each character: the office typeface GB/T 9704 assigns to the text's style when one was found
 * on this machine (officeFonts.ts), else — and for any character that face lacks — the bundled Noto Serif SC.
 * Records what was used, for the 审签单 and the sign-off screen: each role's face, and the characters that had
 * to be set in Noto Serif SC.
 */
import { statSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { FONT_ROLE_LABELS, FONT_ROLES, type FontRole, type FoundFace } from './officeFonts.js';
import type { TextStyle } from './prose.js';

/** The registered names of the bundled faces (kept from before office fonts: the same report, the same bytes). */
export const NOTO = { regular: 'NotoSerifSC-Regular', bold: 'NotoSerifSC-Bold' } as const;
export const NOTO_FAMILY = 'Noto Serif SC';

/** Which role's office face sets each style; `bold` (table captions, the 审签单's headings) is set in 黑体. */
const ROLE_OF: Record<TextStyle, FontRole> = { regular: 'body', bold: 'heading', title: 'title', heading: 'heading', subheading: 'subheading' };
const FALLBACK_OF: Record<TextStyle, keyof typeof NOTO> = { regular: 'regular', bold: 'bold', title: 'bold', heading: 'bold', subheading: 'bold' };

export interface RoleUse {
  readonly role: FontRole;
  readonly label: string;
  /** The office face's family, or null when the role is set in Noto Serif SC. */
  readonly family: string | null;
  readonly file: string | null;
  /** Characters of this role that the office face lacks, set in Noto Serif SC instead (in order of first use). */
  readonly fallbackChars: string;
}

export interface OfficeFace {
  readonly face: FoundFace;
  readonly font: fontkit.Font;
  readonly name: string;
}

const opened = new Map<string, OfficeFace | null>();

/**
 * The office faces that can really be used: each opened with fontkit and tried on one character; a damaged
 * one is dropped (its role falls back) and named in `problems`.
 */
export function openOfficeFaces(faces: Partial<Record<FontRole, FoundFace>>): { faces: Partial<Record<FontRole, OfficeFace>>; problems: string[] } {
  const out: Partial<Record<FontRole, OfficeFace>> = {};
  const problems: string[] = [];
  for (const role of FONT_ROLES) {
    const face = faces[role];
    if (!face) continue;
    let key: string;
    try {
      const stats = statSync(face.path);
      key = `${face.path}\u0000${face.postscriptName}\u0000${stats.size}\u0000${stats.mtimeMs}`;
    } catch {
      problems.push(`${FONT_ROLE_LABELS[role]}字体“${face.path}”无法读取，改用 ${NOTO_FAMILY}`);
      continue;
    }
    let office = opened.get(key);
    if (office === undefined) {
      try {
        const loaded = face.inCollection ? fontkit.openSync(face.path, face.postscriptName) : fontkit.openSync(face.path);
        const glyph = loaded.glyphForCodePoint(0x4e00);
        void glyph.advanceWidth;
        office = { face, font: loaded, name: `Office-${role}-${face.postscriptName || face.index}` };
      } catch {
        office = null;
      }
      opened.set(key, office);
    }
    if (office) out[role] = { ...office, name: `Office-${role}` };
    else problems.push(`${FONT_ROLE_LABELS[role]}字体“${face.path}”已损坏，改用 ${NOTO_FAMILY}`);
  }
  return { faces: out, problems };
}

export class Typefaces {
  private readonly fallbacks = new Map<FontRole, string>();

  constructor(readonly office: Partial<Record<FontRole, OfficeFace>> = {}) {}

  /** Registers every face with the document (the bundled ones by the caller). */
  register(doc: PDFKit.PDFDocument): void {
    for (const role of FONT_ROLES) {
      const office = this.office[role];
      if (office) doc.registerFont(office.name, office.face.path, office.face.inCollection ? office.face.postscriptName : undefined);
    }
  }

  /** The registered font that draws `codePoint` in `style`. */
  fontOf(style: TextStyle, codePoint: number): string {
    const office = this.office[ROLE_OF[style]];
    if (office && (codePoint < 0x21 || office.font.hasGlyphForCodePoint(codePoint))) return office.name;
    return NOTO[FALLBACK_OF[style]];
  }

  /** Notes a character drawn in Noto Serif SC although its role has an office face. */
  noteFallback(style: TextStyle, char: string): void {
    const role = ROLE_OF[style];
    if (!this.office[role]) return;
    const seen = this.fallbacks.get(role) ?? '';
    if (!seen.includes(char)) this.fallbacks.set(role, seen + char);
  }

  /** Maximal pieces of `text` drawn by one font each. */
  segments(text: string, style: TextStyle): { text: string; font: string }[] {
    if (!this.office[ROLE_OF[style]]) return [{ text, font: NOTO[FALLBACK_OF[style]] }]; // no office face: one piece
    const out: { text: string; font: string }[] = [];
    for (const char of text) {
      const font = this.fontOf(style, char.codePointAt(0)!);
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += char;
      else out.push({ text: char, font });
    }
    return out;
  }

  /** What was used: each role's face and the characters it had to leave to Noto Serif SC. */
  used(): RoleUse[] {
    return FONT_ROLES.map((role) => {
      const office = this.office[role];
      return { role, label: FONT_ROLE_LABELS[role], family: office?.face.family ?? null, file: office?.face.path ?? null, fallbackChars: this.fallbacks.get(role) ?? '' };
    });
  }
}

/** One line per role, as the 审签单 and the command line say it. */
export function describeFontUse(used: readonly RoleUse[]): string[] {
  if (used.every((u) => !u.family)) return [`全部为 ${NOTO_FAMILY}（本机没有找到公文字体）`];
  return used.map((u) => {
    if (!u.family) return `${u.label}：${NOTO_FAMILY}（本机没有此公文字体）`;
    const file = u.file!.split(/[\\/]/).pop();
    return `${u.label}：${u.family}（${file}）${u.fallbackChars ? `；其中“${[...u.fallbackChars].slice(0, 20).join('')}${[...u.fallbackChars].length > 20 ? '…' : ''}”该字体没有，用 ${NOTO_FAMILY}` : ''}`;
  });
}
