/**
 * Agency names as one canonical text everywhere (the exchange file, the contract, the records): Unicode NFKC
 * (full-width letters and digits, compatibility forms), no zero-width or invisible formatting characters, no
 * control characters, runs of white space as one space, trimmed — so "巴楚县人民政府", " 巴楚县人民政府 " and
 * "巴楚县\u200B人民政府" are one agency, never three look-alikes. NFKC would turn the full-width brackets of a
 * Chinese name into ASCII ones, so brackets of either width end as the full-width （） that official names are
 * printed with. At most MAX_AGENCY_NAME characters after that.
 */
export const MAX_AGENCY_NAME = 100;

/** Zero-width and invisible formatting characters (ZWSP…RLM, LRE…RLO, word joiner…, BOM, soft hyphen). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function normaliseAgencyName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\s+/g, ' ')
    .trim();
}
