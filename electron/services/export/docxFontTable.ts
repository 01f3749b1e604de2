/**
 * What the `docx` library cannot say (decision 0015): its font table lists only embedded fonts, so Word would
 * not know that 仿宋_GB2312 may be set in 仿宋 where the old name is missing. This step rewrites that one part
 * of the package with each office typeface, its substitute (w:altName) and the GB2312 character set, puts the
 * given date in place of the clock in docProps/core.xml, and zips the parts again with a fixed time, so the
 * same report gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { OFFICIAL_TYPEFACES } from '../../../shared/export/officialTemplate.js';

const FONT_TABLE = 'word/fontTable.xml';
const CORE = 'docProps/core.xml';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Each typeface a report uses, with the name Word and WPS should take when it is not installed. */
export function fontSubstitutes(): [name: string, substitute: string | undefined][] {
  const pairs: [string, string | undefined][] = [];
  for (const names of Object.values(OFFICIAL_TYPEFACES)) pairs.push([names[0], names[1]]);
  pairs.push(['宋体', 'SimSun']);
  return pairs;
}

export function fontTableXml(): string {
  const fonts = fontSubstitutes()
    .map(
      ([name, alt]) =>
        `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The package with the font table and dates set; every other part as the library wrote it. */
export function withFontSubstitutes(docx: Uint8Array, date: Date): Uint8Array {
  const parts = unzipSync(docx);
  if (!parts[FONT_TABLE] || !parts[CORE]) throw new Error('docx 库生成的文档缺少字体表或文档属性');
  parts[FONT_TABLE] = strToU8(fontTableXml());
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  parts[CORE] = strToU8(strFromU8(parts[CORE]).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  const ordered: Zippable = {};
  const names = Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) ordered[name] = [parts[name]!, { mtime: date, level: 6 }];
  return zipSync(ordered);
}

/** [Content_Types].xml first and the relationships next, as Word writes a package. */
const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
