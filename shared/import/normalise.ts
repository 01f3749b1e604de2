/**
 * Text normalisation before matching labels: full-width ASCII to half-width, one kind of brackets and quotes,
 * "1、"/"1．" to "1.", no spaces inside labels, and the wordings that differ between offices mapped to the
 * official ones. Only labels are normalised this way; prose keeps its own characters.
 */

/** Full-width ASCII (！ to ～) to half-width, ideographic space to space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += ' ';
    else out += ch;
  }
  return out;
}

/** Official wordings for the variants offices print (import-variants.md, "wording"). */
const WORDINGS: readonly (readonly [RegExp, string])[] = [
  [/(?<!行政)规范性文件/g, '行政规范性文件'],
  [/另外制作/g, '另行制作'],
  [/结转下一年度/g, '结转下年度'],
  [/下一年度继续/g, '下年度继续'],
];

/** A label reduced to what identifies it: no spaces, one bracket and quote style, "1、" → "1.". */
export function normaliseLabel(text: string): string {
  let s = toHalfWidth(text)
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '"')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[、．，,]/g, (m) => (m === '，' || m === ',' ? ',' : '.'))
    .replace(/[：:]/g, ':');
  for (const [pattern, official] of WORDINGS) s = s.replace(pattern, official);
  return s;
}

/** Whether the label used one of the non-official wordings (for a `variant` note). */
export function usesVariantWording(text: string): string | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (/(?<!行政)规范性文件/.test(s)) return '规范性文件';
  if (s.includes('另外制作')) return '另外制作';
  if (s.includes('结转下一年度') || s.includes('下一年度继续')) return '结转下一年度';
  return null;
}

/** A pinyin gloss after a character, as some mirror sites print them: 規(guī)章, 現(xiàn)行. */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/g;

/** Whether a text carries pinyin glosses after its characters. */
export const hasPinyinGlosses = (text: string): boolean => new RegExp(PINYIN_GLOSS.source).test(text);

/** The text without pinyin glosses (規(guī)章 → 規章); characters and everything else unchanged. */
export const stripPinyinGlosses = (text: string): string => text.replace(PINYIN_GLOSS, '');

/** Collapses whitespace runs (kept for prose and metadata), trims. */
export const tidy = (text: string): string => toHalfWidth(text).replace(/[ \t\u3000]+/g, ' ').trim();
