/**
 * Traditional characters (mirror sites that converted a page: 國務院辦公廳, 第二十條第（一）項) to simplified,
 * with OpenCC's tables, before any label is matched. Converting only when traditional characters are present
 * keeps the common case fast.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let convert: Convert | null = null;

/** Characters that appear in traditional text of a report and never in simplified. */
const TRADITIONAL = /[國務與條項開處請結報據數縣區機關們這說會實體發錄應當並於從將對為進過還點時間長門電業傳聞問題標準規費資證議審計執決經營勞辦廳屬無轉繼續總維護複訴訟統計況動違覆據權鄉鎮門網頁議]/;

export function hasTraditional(text: string): boolean {
  return TRADITIONAL.test(text);
}

export function toSimplified(text: string): string {
  const run = (convert ??= Converter({ from: 't', to: 'cn' }));
  return run(text);
}
