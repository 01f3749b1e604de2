/**
 * Which column of the office's sheet holds what: the header row is found (a title row above it is allowed),
 * headers are matched the way offices write them, and the clerk can override every choice.
 */
import { LEDGER_FIELDS, LEDGER_FIELD_LABELS, MAX_LEDGER_CELL_CHARS, REQUIRED_LEDGER_FIELDS } from './types.js';
import type { LedgerField, LedgerRecord } from './types.js';
import { normaliseWord } from './vocabulary.js';

/** Header words per field; the longest word found in a header decides, so 申请人类型 is not 申请人. */
export const HEADER_WORDS: Readonly<Record<LedgerField, readonly string[]>> = {
  receivedDate: ['收到日期', '申请日期', '受理日期', '收到申请日期', '申请时间', '收到时间', '受理时间', '收件日期', '登记日期', '接收日期', '收文日期', '来件日期'],
  applicantType: ['申请人类型', '申请主体', '申请人类别', '主体类型', '申请人性质', '申请人身份', '申请主体类型', '申请人情况'],
  result: ['办理结果', '答复结果', '处理结果', '答复情况', '办理情况', '答复类型', '处理情况', '答复意见', '办结结果', '结果'],
  reason: ['理由', '不予公开理由', '原因', '具体理由', '答复理由', '依据', '法律依据'],
  replyDate: ['答复日期', '办结日期', '答复时间', '办结时间', '回复日期', '告知日期', '答复书日期', '送达日期', '出具答复日期'],
  extended: ['是否延期', '延期答复', '延长答复期限', '是否延长', '延期', '延长期限', '是否延期答复'],
  subject: ['申请内容', '申请事项', '申请公开内容', '申请公开的政府信息', '所需信息', '所需政府信息', '内容描述', '信息名称', '申请公开事项'],
  channel: ['申请方式', '提交方式', '申请渠道', '来源', '收件方式', '申请途径', '提交途径', '申请形式'],
  applicantName: ['申请人', '申请人姓名', '申请人名称', '姓名', '名称', '申请单位'],
  contact: ['联系方式', '联系电话', '电话', '通讯地址', '地址', '邮箱', '手机'],
  notes: ['备注', '说明'],
};

/** Column index (0-based) per field; a field left out is not in the sheet. */
export type ColumnMapping = Partial<Record<LedgerField, number>>;

export interface LedgerLayout {
  /** 0-based index of the header row in the sheet. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** The header cells as written, for the mapping step. */
  readonly headers: readonly string[];
}

/** The field a header names and how long the matched word is (0 when none). */
function headerMatch(header: string): { field: LedgerField; score: number } | null {
  const word = normaliseWord(header).replace(/（.*?）|\(.*?\)/g, '');
  if (word === '' || word.length > 30) return null;
  let best: { field: LedgerField; score: number } | null = null;
  for (const field of LEDGER_FIELDS) {
    for (const w of HEADER_WORDS[field]) {
      if (!word.includes(w)) continue;
      const score = w.length * 2 + (word === w ? 1 : 0);
      if (!best || score > best.score) best = { field, score };
    }
  }
  return best;
}

/** The column of each field a header row names. */
export function mapHeaders(headers: readonly string[]): ColumnMapping {
  const candidates: { field: LedgerField; column: number; score: number }[] = [];
  headers.forEach((h, column) => {
    const m = headerMatch(h);
    if (m) candidates.push({ ...m, column });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}

const HEADER_SEARCH_ROWS = 20;

/** The most likely header row among the first rows, and its mapping; null when no row names two needed fields. */
export function detectLayout(rows: readonly (readonly string[])[]): LedgerLayout | null {
  let best: LedgerLayout | null = null;
  let bestScore = 1;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const headers = rows[r]!;
    const mapping = mapHeaders(headers);
    const score = REQUIRED_LEDGER_FIELDS.filter((f) => mapping[f] !== undefined).length;
    if (score > bestScore) {
      best = { headerRow: r, mapping, headers };
      bestScore = score;
    }
  }
  return best;
}

/** The needed fields a mapping lacks, as one Chinese sentence; null when none is missing. */
export function missingColumnsMessage(mapping: ColumnMapping): string | null {
  const missing = REQUIRED_LEDGER_FIELDS.filter((f) => mapping[f] === undefined);
  if (missing.length === 0) return null;
  const names = missing
    .map((f) => `“${LEDGER_FIELD_LABELS[f]}”（表头可写作${HEADER_WORDS[f].slice(0, 3).map((w) => `“${w}”`).join('、')}）`)
    .join('；');
  return `台账中找不到这些列：${names}`;
}

const TOTAL_ROW = /^(合计|总计|小计|共计)/;

/** The records below the header row (row numbers as the spreadsheet shows them: 1-based). */
export function recordsFromRows(
  rows: readonly (readonly string[])[],
  layout: Pick<LedgerLayout, 'headerRow' | 'mapping'>,
  firstRowNumber = 1,
): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const record: Record<string, string | number> = { row: r + firstRowNumber };
    for (const field of LEDGER_FIELDS) {
      const column = layout.mapping[field];
      record[field] = column === undefined ? '' : (cells[column] ?? '').trim().slice(0, MAX_LEDGER_CELL_CHARS);
    }
    const filled = REQUIRED_LEDGER_FIELDS.some((f) => record[f] !== '');
    if (!filled) continue; // a serial number alone, a signature line
    if (TOTAL_ROW.test(normaliseWord(cells.find((c) => c.trim() !== '') ?? ''))) continue;
    records.push(record as LedgerRecord);
  }
  return records;
}
