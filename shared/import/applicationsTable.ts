/**
 * Table 三 (175 cells) from source rows: each number row's label matched to a catalogue row; a row whose label
 * was lost is placed by order only when the rows around it leave exactly that many places free; a single-row
 * （六）其他处理 (2019 format) goes to 3.其他 with a note. Values are read cell by cell, never re-arranged.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationCellId } from '../catalogue/cells.js';
import type { CellValue } from '../report/schema.js';
import { MIN_LABELS_OF_BLANK_TABLE } from './activeTable.js';
import { matchApplicationLabel, type ApplicationLabelMatch } from './labels.js';
import { usesVariantWording } from './normalise.js';
import { importMessages, type NoteList } from './notes.js';
import { readRowValues } from './readValues.js';
import { fitValues, hasValues, splitRow } from './rowCells.js';
import { readCell } from './cellText.js';
import type { SourceRow, SourceTemplate } from './types.js';

interface NumberRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly match: ApplicationLabelMatch;
  /** Cells of the source row (label cells and values). */
  readonly width?: number;
}

const ROW_INDEX = new Map(APPLICATION_ROWS.map((row, index) => [row.key, index]));
const rowCells = (key: string): string[] => APPLICANT_COLUMNS.map((c) => applicationCellId(key, c.key));

/**
 * Source rows that carry numbers for table 三, with a label-only row joined to the number row below it. A row
 * label with no number at all before the next row (a PDF prints nothing for blank cells) is returned apart.
 */
function numberRows(rows: readonly SourceRow[]): { found: NumberRow[]; labelOnly: Map<string, string> } {
  const found: NumberRow[] = [];
  const labelOnly = new Map<string, string>();
  let pendingLabel = '';
  const dropPending = () => {
    const match = matchApplicationLabel(pendingLabel);
    if (match.kind === 'row' && !labelOnly.has(match.key)) labelOnly.set(match.key, pendingLabel);
    pendingLabel = '';
  };
  for (const row of rows) {
    const split = splitRow(row);
    if (split.empty) continue;
    const match = matchApplicationLabel(split.label);
    const isNumberRow = hasValues(split) || (match.kind === 'row' && split.values.length >= 5);
    if (!isNumberRow) {
      dropPending();
      pendingLabel = split.label;
      continue;
    }
    if (split.label !== '') dropPending();
    const label = split.label === '' ? pendingLabel : split.label;
    found.push({ label, values: split.values, match: split.label === '' ? matchApplicationLabel(label) : match, width: row.length });
    pendingLabel = '';
  }
  dropPending();
  return { found, labelOnly };
}

export function readApplicationsTable(
  rows: readonly SourceRow[],
  template: SourceTemplate,
  cells: Record<string, CellValue>,
  notes: NoteList,
): { found: boolean } {
  const { found, labelOnly } = numberRows(rows);
  const placed = new Map<string, NumberRow>();
  const order: (string | null)[] = [];
  for (const row of found) {
    if (row.match.kind !== 'row') {
      order.push(null);
      continue;
    }
    const key = row.match.key;
    if (placed.has(key)) {
      notes.add('unparsed', rowCells(key), importMessages.duplicateRow(rowCells(key), row.label));
      order.push(null);
      continue;
    }
    placed.set(key, row);
    order.push(key);
    const printed = usesVariantWording(row.label);
    if (printed || !row.match.exact) notes.add('variant', rowCells(key), importMessages.wording(rowCells(key), row.label));
  }
  // Row labels but not one number: a table whose cells were all left blank, read as blanks like any label-only row.
  if (placed.size === 0 && labelOnly.size < MIN_LABELS_OF_BLANK_TABLE) {
    const all = APPLICATION_ROWS.flatMap((r) => rowCells(r.key));
    for (const id of all) cells[id] = null;
    notes.add('missing', all, importMessages.missingTable('表三（收到和处理政府信息公开申请情况）'));
    return { found: false };
  }
  // A labelled row that printed no number at all: every cell blank (read as 0, each noted).
  for (const [key, label] of labelOnly) {
    if (!placed.has(key)) placed.set(key, { label, values: APPLICANT_COLUMNS.map(() => ''), match: { kind: 'row', key, exact: true } });
  }
  placeLostLabels(found, order, placed, template, notes);
  const width = fullRowWidth(found);
  for (const row of APPLICATION_ROWS) {
    const ids = rowCells(row.key);
    const source = placed.get(row.key);
    if (!source) {
      if (!ids.some((id) => notes.notes.some((n) => n.cells.includes(id) && (n.kind === 'template' || n.kind === 'variant')))) {
        notes.add('missing', ids, importMessages.missingRow(ids));
      }
      for (const id of ids) cells[id] = null;
      continue;
    }
    readRowValues(source.values, ids, 'count', cells, notes, width !== null && source.width === width);
  }
  return { found: true };
}

/**
 * How many cells a full row of the table has, when the source keeps a grid (a page's table, a Word table): the
 * width most labelled rows with exactly one cell per column share, if at least half of the rows share it.
 */
function fullRowWidth(found: readonly NumberRow[]): number | null {
  const counts = new Map<number, number>();
  for (const row of found) if (row.width !== undefined && row.values.length >= APPLICANT_COLUMNS.length) counts.set(row.width, (counts.get(row.width) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] * 2 >= found.length && best[1] >= 3 ? best[0] : null;
}

/** A row whose every cell reads as 0 (a zero, a blank or a placeholder) with exactly one cell per column. */
function allZero(values: readonly string[]): boolean {
  const fitted = fitValues(values, APPLICANT_COLUMNS.length);
  if (!fitted) return false;
  return fitted.every((text) => {
    const reading = readCell(text, 'count');
    return reading.kind === 'blank' || reading.kind === 'placeholder' || (reading.kind === 'number' && reading.value === 0);
  });
}

/** Rows without a usable label, placed where the labelled rows around them leave exactly their number of places. */
function placeLostLabels(
  found: readonly NumberRow[],
  order: (string | null)[],
  placed: Map<string, NumberRow>,
  template: SourceTemplate,
  notes: NoteList,
): void {
  let i = 0;
  while (i < found.length) {
    if (order[i] !== null) {
      i++;
      continue;
    }
    let end = i;
    while (end < found.length && order[end] === null) end++;
    const before = i > 0 ? order[i - 1]! : null;
    const after = end < found.length ? order[end]! : null;
    const run = found.slice(i, end);
    i = end;
    // At an end of the table, only rows that hold one number per column can be rows of table 三.
    const atEnd = before === null || after === null;
    if (atEnd && (run.some((row) => !fitValues(row.values, APPLICANT_COLUMNS.length)) || (before === null && after === null))) continue;
    const from = before === null ? 0 : ROW_INDEX.get(before)! + 1;
    const to = after === null ? APPLICATION_ROWS.length : ROW_INDEX.get(after)!;
    const free = APPLICATION_ROWS.slice(from, to)
      .map((r) => r.key)
      .filter((key) => !placed.has(key));
    if (free.length === run.length) {
      const groupOf = (key: string) => APPLICATION_ROWS.find((r) => r.key === key)!.group;
      const fits = run.every((row, k) => row.match.kind !== 'group' || row.match.group === null || row.match.group === groupOf(free[k]!));
      if (!fits) continue;
      run.forEach((row, k) => {
        const key = free[k]!;
        placed.set(key, row);
        notes.add('variant', rowCells(key), importMessages.lostLabel(rowCells(key), row.label));
      });
      continue;
    }
    // One row for all of （六）其他处理 where three are expected: the 2019 format, or an office that kept it.
    const single = run.length === 1 && run[0]!.match.kind === 'group' && run[0]!.match.group === 'otherHandling';
    if (single && free.join() === 'otherHandling.noCorrection,otherHandling.feeUnpaid,otherHandling.other') {
      placed.set('otherHandling.other', run[0]!);
      const missing = [...rowCells('otherHandling.noCorrection'), ...rowCells('otherHandling.feeUnpaid')];
      const all = [...missing, ...rowCells('otherHandling.other')];
      if (allZero(run[0]!.values)) {
        // 0 for the whole of （六） and counts cannot be negative: each of its three rows is 0, certainly.
        const zeros = { label: run[0]!.label, values: APPLICANT_COLUMNS.map(() => '0'), match: run[0]!.match };
        placed.set('otherHandling.noCorrection', zeros);
        placed.set('otherHandling.feeUnpaid', zeros);
        notes.add(template === 'gov-2019' ? 'template' : 'variant', all, importMessages.singleOtherHandlingZero());
      } else {
        notes.add(template === 'gov-2019' ? 'template' : 'variant', all, importMessages.singleOtherHandling());
      }
    }
  }
}
