/**
 * The printed page: A4 with the margins of GB/T 9704 (党政机关公文格式) — top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm — and the type sizes the handbook sets (title 22 pt, body 16 pt on a 22-line grid, tables 10.5 pt).
 * Every measure is in PDF points (1/72 inch).
 */

export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** The type area (版心): 156 mm × 225 mm. */
export const CONTENT = {
  left: PAGE.margins.left,
  right: PAGE.width - PAGE.margins.right,
  top: PAGE.margins.top,
  bottom: PAGE.height - PAGE.margins.bottom,
  width: PAGE.width - PAGE.margins.left - PAGE.margins.right,
  height: PAGE.height - PAGE.margins.top - PAGE.margins.bottom,
} as const;

export const TYPE = {
  titleSize: 22,
  /** 二号 title lines sit a little closer than body lines. */
  titleLinePitch: 34,
  bodySize: 16,
  /** GB/T 9704: 22 lines in the 225 mm type area. */
  bodyLinePitch: CONTENT.height / 22,
  tableSize: 10.5,
  tableLinePitch: 14,
  tablePadding: 3,
  pageNumberSize: 14,
  /** 草稿（未签发） at the top of every page of a draft. */
  markSize: 16,
  /** The page number sits 7 mm below the type area (GB/T 9704 7.5). */
  pageNumberGap: mm(7),
  signoffSize: 12,
  signoffLinePitch: 20,
} as const;

/**
 * Where the alphabetic baseline goes so that a line of CJK text of `size` is centred in a band of `pitch`:
 * ideographs occupy about 0.88 em above and 0.12 em below the baseline.
 */
export const baselineIn = (top: number, pitch: number, size: number): number => top + (pitch - size) / 2 + size * 0.88;
