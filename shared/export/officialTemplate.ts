/**
 * The official Word template's measures (国办公开办函〔2021〕30号, ../shared/fixtures/official-template-2021.docx),
 * shared by the Word and the web page exports: the grid column widths of tables 二/三/四 as the template sets
 * them (in twentieths of a point), and the typefaces GB/T 9704 assigns with the names offices have installed.
 */
import type { TableLayout } from '../catalogue/layout.js';

/** w:gridCol widths of the template's three tables (twips). */
const TEMPLATE_GRID: Record<TableLayout['key'], readonly number[]> = {
  active: [2435, 2435, 2435, 2435],
  applications: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685],
  appeals: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650],
};

/** Each grid column's share of the table width (they add up to 1), in the template's proportions. */
export function columnShares(key: TableLayout['key']): number[] {
  const grid = TEMPLATE_GRID[key];
  const total = grid.reduce((a, b) => a + b, 0);
  return grid.map((w) => w / total);
}

/** Grid column widths scaled to `total` whole units; the rounding is put in the last column so they add up. */
export function columnWidthsIn(key: TableLayout['key'], total: number): number[] {
  const widths = columnShares(key).map((share) => Math.round(share * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * GB/T 9704 typefaces as Chinese offices name them: the first name is what the official documents of a
 * Windows XP-era office carry (仿宋_GB2312, 楷体_GB2312), the second what Windows 10/11 and UOS install
 * (仿宋, 楷体); 方正小标宋简体 has no system substitute and falls back to 黑体 / a serif CJK face.
 */
export const OFFICIAL_TYPEFACES = {
  /** The title: 2号 方正小标宋简体. */
  title: ['方正小标宋简体', '方正小标宋_GBK', '黑体'],
  /** The body text: 3号 仿宋. */
  body: ['仿宋_GB2312', '仿宋', 'FangSong'],
  /** First-level headings 一、: 3号 黑体. */
  heading1: ['黑体', 'SimHei'],
  /** Second-level headings （一）: 3号 楷体. */
  heading2: ['楷体_GB2312', '楷体', 'KaiTi'],
} as const;

export type TypefaceRole = keyof typeof OFFICIAL_TYPEFACES;

/** Type sizes in points (GB/T 9704: 二号 22 pt, 三号 16 pt; the template's tables 10 pt). */
export const OFFICIAL_SIZES = { title: 22, body: 16, table: 10.5, pageNumber: 14 } as const;
