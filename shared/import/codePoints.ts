/**
 * Compatibility and radical code points to the ordinary characters, before any other reading (and before the
 * 繁体 judgement). PDFs printed by WPS and some fonts map glyphs to the Kangxi radicals (U+2F00–U+2FD5: ⽣ for 生),
 * the CJK radicals supplement (U+2E80–U+2EF3: ⻓ for 长, ⻔ for 门) or the compatibility ideographs (U+F900–U+FAFF).
 * NFKC maps the Kangxi radicals and compatibility ideographs; the radicals supplement has no such mapping, so
 * its forms are listed here. A radical's NFKC form is the traditional character when one exists (⾧ → 長), but the
 * glyph printed in a simplified report is the simplified one, so those few are mapped to the simplified form —
 * otherwise a simplified report would be judged 繁体.
 */

/** CJK radicals supplement → the character it stands for (simplified forms where the radical is the C-simplified one). */
const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺌': '小', '⺍': '小', '⺕': '彐', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺝': '月', '⺟': '母', '⺠': '民',
  '⺡': '氵', '⺣': '灬', '⺥': '爫', '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '目', '⺬': '示', '⺭': '礻',
  '⺮': '竹', '⺳': '网', '⺶': '羊', '⺷': '羊', '⺻': '聿', '⺼': '肉', '⺾': '艹', '⻁': '虎', '⻂': '衤', '⻄': '西',
  '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻏': '阝', '⻐': '钅', '⻓': '长', '⻔': '门',
  '⻖': '阝', '⻗': '雨', '⻘': '青', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '食', '⻠': '饣', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** Kangxi radicals whose NFKC form is a traditional character: the simplified character a simplified report prints. */
const KANGXI_SIMPLIFIED: Readonly<Record<string, string>> = {
  長: '长', 門: '门', 見: '见', 貝: '贝', 車: '车', 頁: '页', 風: '风', 飛: '飞', 馬: '马', 魚: '鱼', 鳥: '鸟',
  鹵: '卤', 麥: '麦', 黃: '黄', 齊: '齐', 齒: '齿', 龍: '龙', 龜: '龟', 韋: '韦', 糸: '纟', 言: '言', 金: '金',
};

const SPECIAL = /[\u2e80-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/u;

/** Whether a text carries any radical or compatibility code point. */
export const hasCompatibilityCodePoints = (text: string): boolean => SPECIAL.test(text);

/** The text with radical and compatibility code points as ordinary characters; everything else unchanged. */
export function normaliseCodePoints(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80 && code <= 0x2eff) out += RADICALS_SUPPLEMENT[ch] ?? ch;
    else if (code >= 0x2f00 && code <= 0x2fdf) {
      const nfkc = ch.normalize('NFKC');
      out += KANGXI_SIMPLIFIED[nfkc] ?? nfkc;
    } else if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f)) out += ch.normalize('NFKC');
    else out += ch;
  }
  return out;
}
