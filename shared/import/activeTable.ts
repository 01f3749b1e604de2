/**
 * Table 二 (10 cells) from source rows. In the 2019 format only the 处理决定数量 of 行政许可/处罚/强制 have a place
 * in 2021; the document rows and the fee (its 2019 columns count items, not money) are left with a template note.
 */
import { ACTIVE_DOCUMENT_COLUMNS, FEE_CELL_ID } from '../catalogue/cells.js';
import type { CellValue } from '../report/schema.js';
import { matchActiveLabel, type ActiveRowKey } from './labels.js';
import { normaliseLabel, usesVariantWording } from './normalise.js';
import { importMessages, type NoteList } from './notes.js';
import { readRowValues } from './readValues.js';
import { fitValues, hasValues, splitRow } from './rowCells.js';
import type { SourceRow, SourceTemplate } from './types.js';

const ROW_CELLS: Record<Exclude<ActiveRowKey, 'otherServices2019' | 'procurement2019'>, string[]> = {
  regulations: ACTIVE_DOCUMENT_COLUMNS.map((c) => `active.regulations.${c.key}`),
  normativeDocuments: ACTIVE_DOCUMENT_COLUMNS.map((c) => `active.normativeDocuments.${c.key}`),
  licensing: ['active.licensing.decisions'],
  penalties: ['active.penalties.decisions'],
  enforcement: ['active.enforcement.decisions'],
  fees: [FEE_CELL_ID],
};
type TableRowKey = keyof typeof ROW_CELLS;

/** A table printed without any number is still the table when at least this many of its row labels are there. */
export const MIN_LABELS_OF_BLANK_TABLE = 3;

/** Column headers only the 2019 format prints in table 二. */
const HEADERS_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购', '其他对外管理服务事项'];

/** Column headers only the 2021 format prints in table 二. */
const HEADERS_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '收费金额'];

/** The format a header row of table 二 announces for the rows under it, if it is a header row. */
function headerFormat(row: SourceRow): SourceTemplate | null {
  const text = row.map((cell) => (cell.length > 400 ? '' : normaliseLabel(cell))).join('|');
  if (HEADERS_2019.some((h) => text.includes(h))) return 'gov-2019';
  if (HEADERS_2021.some((h) => text.includes(h))) return 'gov-2021';
  return null;
}

export function detectTemplate(rows: readonly SourceRow[]): SourceTemplate {
  for (const row of rows) {
    for (const cell of row) {
      if (cell.length > 400) continue;
      const text = normaliseLabel(cell);
      if (HEADERS_2019.some((h) => text.includes(h))) return 'gov-2019';
    }
  }
  return 'gov-2021';
}

export function readActiveTable(rows: readonly SourceRow[], template: SourceTemplate, cells: Record<string, CellValue>, notes: NoteList): void {
  // The format is judged per part: an office may keep the 2019 headings for some parts and print the fee under
  // the 2021 heading 本年收费金额. Each row is read by the header above it (the report's format without one).
  const found = new Map<TableRowKey, { label: string; values: readonly string[]; format: SourceTemplate }>();
  let format = template;
  // Row labels followed by no number at all (a PDF prints nothing for blank cells).
  const labelOnly = new Map<TableRowKey, string>();
  let pendingLabel = '';
  const dropPending = () => {
    const key = matchActiveLabel(pendingLabel);
    if (key && key !== 'otherServices2019' && key !== 'procurement2019' && !labelOnly.has(key)) labelOnly.set(key, pendingLabel);
    pendingLabel = '';
  };
  for (const row of rows) {
    const split = splitRow(row);
    if (split.empty) continue;
    format = headerFormat(row) ?? format;
    if (!hasValues(split) && split.values.length === 0) {
      dropPending();
      pendingLabel = split.label;
      continue;
    }
    if (split.label !== '') dropPending();
    const label = split.label === '' ? pendingLabel : split.label;
    pendingLabel = '';
    const key = matchActiveLabel(label);
    if (!key || key === 'otherServices2019' || key === 'procurement2019' || found.has(key)) continue;
    found.set(key, { label, values: split.values, format });
  }
  dropPending();
  const printedRows = found.size;
  for (const [key, label] of labelOnly) if (!found.has(key)) found.set(key, { label, values: ROW_CELLS[key].map(() => ''), format: template });
  // Every row label and not one number: a table whose cells were all left blank (the page printed nothing in them).
  if (printedRows === 0 && labelOnly.size < MIN_LABELS_OF_BLANK_TABLE) {
    const all = Object.values(ROW_CELLS).flat();
    for (const id of all) cells[id] = null;
    notes.add('missing', all, importMessages.missingTable('表二（主动公开政府信息情况）'));
    return;
  }
  for (const key of Object.keys(ROW_CELLS) as TableRowKey[]) {
    const ids = ROW_CELLS[key];
    const source = found.get(key);
    const rowFormat = source?.format ?? template;
    if (rowFormat === 'gov-2019' && (key === 'regulations' || key === 'normativeDocuments' || key === 'fees')) {
      for (const id of ids) cells[id] = null;
      const what = key === 'fees' ? '行政事业性收费的“上一年项目数量、本年增/减”' : `${key === 'regulations' ? '规章' : '规范性文件'}的“本年新制作数量、本年新公开数量、对外公开总数量”`;
      notes.add('template', ids, importMessages.template2019(what));
      continue;
    }
    if (!source) {
      for (const id of ids) cells[id] = null;
      notes.add('missing', ids, importMessages.missingRow(ids));
      continue;
    }
    let values = source.values;
    // 2019: 上一年项目数量 | 本年增/减 | 处理决定数量 — only the last has a place in 2021. A row that does not show
    // its three cells cannot tell which number is the 处理决定数量: a question, not a guess.
    if (rowFormat === 'gov-2019') {
      const three = fitValues(values, 3);
      if (!three) {
        const shown = values.map((v) => v.trim()).filter((v) => v !== '');
        for (const id of ids) cells[id] = null;
        notes.add('unparsed', ids, importMessages.wrongCount(ids, shown.length, 3, shown.join(' ')));
        continue;
      }
      values = three.slice(2);
    }
    readRowValues(values, ids, key === 'fees' ? 'fee' : 'count', cells, notes);
    if (template === 'gov-2019' && rowFormat === 'gov-2021') notes.add('template', ids, importMessages.mixedFormat(ids));
    if (usesVariantWording(source.label)) notes.add('variant', ids, importMessages.wording(ids, source.label));
  }
}
