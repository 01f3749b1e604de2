/**
 * The two faces the PDF prints with — Noto Serif SC Regular and Bold, TrueType outlines (CFF/OTF CJK fonts have
 * open pdfkit bugs) — read once per folder and kept. In development the folder is the npm package
 * @expo-google-fonts/noto-serif-sc; the packaged app passes process.resourcesPath/fonts (build/electron-builder.json).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export const REGULAR_FONT_FILE = 'NotoSerifSC_400Regular.ttf';
export const BOLD_FONT_FILE = 'NotoSerifSC_700Bold.ttf';

export interface FontFaces {
  readonly regular: Buffer;
  readonly bold: Buffer;
  /** True when both faces can draw the character (a code point). */
  hasGlyph(codePoint: number): boolean;
}

export type FontResult = { readonly ok: true; readonly faces: FontFaces } | { readonly ok: false; readonly message: string };

/** The npm font package's folder, resolved from this repository's node_modules. */
export function defaultFontDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
}

/** Where a face lies: flat in the packaged fonts folder, or in the npm package's per-weight folder. */
function facePath(dir: string, file: string, weightFolder: string): string[] {
  return [join(dir, file), join(dir, weightFolder, file)];
}

const loaded = new Map<string, FontFaces>();

export function loadFonts(fontDir: string = defaultFontDir()): FontResult {
  const cached = loaded.get(fontDir);
  if (cached) return { ok: true, faces: cached };
  const regular = readFirst(facePath(fontDir, REGULAR_FONT_FILE, '400Regular'));
  const bold = readFirst(facePath(fontDir, BOLD_FONT_FILE, '700Bold'));
  if (!regular || !bold) {
    return { ok: false, message: `找不到打印字体（${REGULAR_FONT_FILE}、${BOLD_FONT_FILE}）：字体文件夹“${fontDir}”不完整，请重新安装年报软件` };
  }
  let regularFont: fontkit.Font;
  let boldFont: fontkit.Font;
  try {
    regularFont = fontkit.create(regular);
    boldFont = fontkit.create(bold);
  } catch {
    return { ok: false, message: `打印字体文件已损坏（字体文件夹“${fontDir}”），请重新安装年报软件` };
  }
  const known = new Map<number, boolean>();
  const faces: FontFaces = {
    regular,
    bold,
    hasGlyph(codePoint) {
      let has = known.get(codePoint);
      if (has === undefined) {
        has = regularFont.hasGlyphForCodePoint(codePoint) && boldFont.hasGlyphForCodePoint(codePoint);
        known.set(codePoint, has);
      }
      return has;
    },
  };
  loaded.set(fontDir, faces);
  return { ok: true, faces };
}

/** The machine's own font files (shipped with the app or installed in the OS), not files from elsewhere: read in place. */
function readFirst(paths: readonly string[]): Buffer | undefined {
  for (const path of paths) {
    try {
      return readFileSync(path);
    } catch {
      // try the next layout
    }
  }
  return undefined;
}
