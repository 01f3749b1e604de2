/**
 * Finding the office's own typefaces for the PDF, as GB/T 9704 assigns them: 方正小标宋简体 for the title, 黑体
 * for the 一、 headings, 楷体 for the （一） sub-headings, 仿宋 for the body and the tables. The font folders of
 * Windows (C:\Windows\Fonts and the user's own) and of UOS / Kylin / Debian (/usr/share/fonts …) are searched;
 * a face is taken by the family name inside the file (仿宋_GB2312, FangSong, …), never by its file name alone.
 * The usual file names (simfang.ttf, FZXBSJW.TTF …) are only read first. A damaged file or one that is not a
 * font is skipped and named; whatever is not found is set in the bundled Noto Serif SC.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FontFileError, readFontNames } from './fontNames.js';

export const FONT_ROLES = ['title', 'heading', 'subheading', 'body'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export const FONT_ROLE_LABELS: Record<FontRole, string> = { title: '标题', heading: '一级标题', subheading: '二级标题', body: '正文与表格' };

/** Family names per role, the preferred first (the names fonts carry in their name tables, any language). */
export const OFFICE_FAMILIES: Record<FontRole, readonly string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', '方正小标宋'],
  heading: ['黑体', 'SimHei', 'CESI黑体-GB2312', '方正黑体_GBK', '方正黑体简体'],
  subheading: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'CESI楷体-GB2312', '华文楷体', 'STKaiti'],
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'CESI仿宋-GB2312', '华文仿宋', 'STFangsong'],
};

/** File names offices have these fonts under: read first, so a full folder is rarely needed. */
const USUAL_FILES = ['fzxbsjw.ttf', 'fzxbsk.ttf', 'simhei.ttf', 'simkai.ttf', 'simfang.ttf', 'fangsong_gb2312.ttf', 'kaiti_gb2312.ttf', 'stfangso.ttf', 'stkaiti.ttf'];
const FONT_FILE = /\.(ttf|ttc|otf)$/i;
const MAX_DEPTH = 4;
const MAX_FILES = 4000;

export interface FoundFace {
  readonly path: string;
  /** The face inside a .ttc (pdfkit takes it by PostScript name). */
  readonly postscriptName: string;
  readonly index: number;
  readonly inCollection: boolean;
  /** The family name that matched. */
  readonly family: string;
}

export interface FontSearch {
  /** The face found for each role; absent when the role falls back to Noto Serif SC. */
  readonly faces: Partial<Record<FontRole, FoundFace>>;
  /** Files that looked like fonts but could not be read, with why (shown to the person, never fatal). */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

/** The folders searched on this kind of machine; NIANBAO_FONT_DIRS (separated like PATH) replaces them. */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NIANBAO_FONT_DIRS !== undefined) return env.NIANBAO_FONT_DIRS.split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
  if (platform === 'win32') {
    return [join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'Fonts'), ...(env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts', ...(env.HOME ? [join(env.HOME, 'Library', 'Fonts')] : [])];
  // Debian, UOS and Kylin keep fonts under these (UOS's CESI fonts and WPS's fonts included).
  return ['/usr/share/fonts', '/usr/local/share/fonts', '/opt/kingsoft/wps-office/office6/fonts', ...(env.HOME ? [join(env.HOME, '.local', 'share', 'fonts'), join(env.HOME, '.fonts')] : [])];
}

/** Every font file under the folders, the usual office file names first, in a stable order. */
export function fontFiles(dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return; // a folder that is missing or not readable is simply not searched
    }
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      const path = join(dir, entry);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (depth < MAX_DEPTH) walk(path, depth + 1);
      } else if (stats.isFile() && FONT_FILE.test(entry)) found.push(path);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  const usual = (path: string): number => {
    const i = USUAL_FILES.indexOf(path.split(/[\\/]/).pop()!.toLowerCase());
    return i < 0 ? USUAL_FILES.length : i;
  };
  return found.map((path, order) => ({ path, order })).sort((a, b) => usual(a.path) - usual(b.path) || a.order - b.order).map((f) => f.path);
}

const normalise = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

/** Searches the folders and picks, for each role, the face whose family comes first in OFFICE_FAMILIES. */
export function findOfficeFonts(dirs: readonly string[] = systemFontDirs()): FontSearch {
  const wanted = new Map<string, { role: FontRole; rank: number }[]>();
  for (const role of FONT_ROLES) {
    OFFICE_FAMILIES[role].forEach((family, rank) => {
      const key = normalise(family);
      wanted.set(key, [...(wanted.get(key) ?? []), { role, rank }]);
    });
  }
  const best = new Map<FontRole, { face: FoundFace; rank: number }>();
  const unreadable: { path: string; reason: string }[] = [];
  for (const path of fontFiles(dirs)) {
    if (FONT_ROLES.every((role) => best.get(role)?.rank === 0)) break;
    let faces;
    try {
      faces = readFontNames(path);
    } catch (error) {
      unreadable.push({ path, reason: error instanceof FontFileError ? error.message : '无法读取' });
      continue;
    }
    for (const face of faces) {
      for (const family of face.families) {
        for (const { role, rank } of wanted.get(normalise(family)) ?? []) {
          const current = best.get(role);
          if (!current || rank < current.rank) best.set(role, { face: { path, postscriptName: face.postscriptName, index: face.index, inCollection: face.inCollection, family }, rank });
        }
      }
    }
  }
  const faces: Partial<Record<FontRole, FoundFace>> = {};
  for (const role of FONT_ROLES) {
    const found = best.get(role);
    if (found) faces[role] = found.face;
  }
  return { faces, unreadable };
}
