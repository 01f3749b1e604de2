/** Collecting import notes, and the sentences they say (one place for the words the reviewer reads). */
import { CELL_BY_ID } from '../catalogue/cells.js';
import type { ImportNote, NoteKind } from './types.js';

export class NoteList {
  readonly notes: ImportNote[] = [];
  add(kind: NoteKind, cells: readonly string[], message: string): void {
    this.notes.push({ kind, cells: [...cells], message });
  }
}

/** "三、（三）不予公开1.属于国家秘密" — where a row of cells sits, for sentences. */
export function rowReference(cellIds: readonly string[]): string {
  const first = CELL_BY_ID.get(cellIds[0] ?? '');
  if (!first) return '';
  return first.reference.replace(/「.*」$/, '');
}

const columns = (cellIds: readonly string[]): string =>
  cellIds.map((id) => `「${CELL_BY_ID.get(id)?.columnLabel ?? id}」`).join('');

export const importMessages = {
  blank: (cells: readonly string[]) => `${rowReference(cells)}${columns(cells)}在原文中为空，按0计`,
  placeholder: (cells: readonly string[], shown: string) => `${rowReference(cells)}${columns(cells)}在原文中填写“${shown}”，按0计`,
  unparsedCell: (cells: readonly string[], text: string) => `${rowReference(cells)}${columns(cells)}的内容“${text.slice(0, 40)}”不是数字，未读取，请核对原文后填写`,
  wrongCount: (cells: readonly string[], found: number, expected: number, text: string) =>
    `${rowReference(cells)}在原文中有${found}个数字（${text.slice(0, 80)}），应为${expected}个，无法确定各数字所属的列，未读取，请核对原文后填写`,
  duplicateRow: (cells: readonly string[], label: string) => `${rowReference(cells)}在原文中重复出现（“${label.slice(0, 40)}”），只采用了第一次出现的数字`,
  missingRow: (cells: readonly string[]) => `原文中没有找到${rowReference(cells)}这一行，请核对原文后填写`,
  missingTable: (name: string) => `原文中没有找到${name}，请核对原文后填写`,
  lostLabel: (cells: readonly string[], shown: string) =>
    `${rowReference(cells)}的行名在原文中缺失（该行只见“${shown.slice(0, 30) || '数字'}”），按上下行的顺序确定为这一行，请核对`,
  wording: (cells: readonly string[], printed: string) => `${rowReference(cells)}在原文中写作“${printed.slice(0, 60)}”，与官方格式的行名不同，已按官方行名读取`,
  yuan: (cells: readonly string[], text: string) => `${rowReference(cells)}在原文中按元填写（“${text}”），已换算为万元`,
  singleOtherHandling: () =>
    `原文的“（六）其他处理”只有一行（2019年版格式的写法），其数字计入“3.其他”；“1.申请人无正当理由逾期不补正…”和“2.申请人逾期未按收费通知要求缴纳费用…”两行原文没有，请核对后填写`,
  singleOtherHandlingZero: () =>
    `原文的“（六）其他处理”只有一行（2019年版格式的写法），各列均为0；件数不能为负，所以其下“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”三行必然都是0，已按0填写`,
  mixedFormat: (cells: readonly string[]) => `原文表二混用两版格式：${rowReference(cells)}印在2021年版的表头下，已按2021年版读取`,
  template2019: (what: string) => `原文为2019年版格式，${what}在2021年版格式中没有对应的项目，未读取，请按2021年版格式填写`,
  template2019Mapped: '原文为2019年版格式（国办公开办函〔2019〕60号），已按2021年版格式读取能对应的项目：表三、表四逐项对应，表二只读取行政许可、行政处罚、行政强制的处理决定数量',
  traditional: '原文为繁体字，已转换为简体字后识别',
  pinyinGlosses: '原文的汉字后夹有拼音注音（如“规(guī)章”，转载网站所加），已去除后识别',
  appealsCount: (found: number, text: string) => `表四在原文中有${found}个数字（${text.slice(0, 80)}），应为15个，无法确定各数字所属的列，未读取，请核对原文后填写`,
  metadataMissing: (what: string) => `原文中没有找到${what}，请在审核时填写`,
  dateAssumed: (how: string) => `成文日期：${how}，请核对`,
} as const;
