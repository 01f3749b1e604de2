/**
 * Table 四 (15 cells) from source rows: the one row of 15 numbers (or rows that together hold exactly 15, as
 * when a line wrapped). Any other count is left to the person: which blank vanished cannot be known.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../catalogue/cells.js';
import type { CellValue } from '../report/schema.js';
import { importMessages, type NoteList } from './notes.js';
import { readRowValues } from './readValues.js';
import { fitValues, hasValues, splitRow } from './rowCells.js';
import type { SourceRow } from './types.js';

export const APPEAL_CELL_IDS = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => appealCellId(g.key, c.key)));

export function readAppealsTable(rows: readonly SourceRow[], cells: Record<string, CellValue>, notes: NoteList): void {
  const candidates: (readonly string[])[] = [];
  let spacer: readonly string[] | null = null;
  for (const row of rows) {
    const split = splitRow(row);
    if (split.empty) {
      if (row.length === APPEAL_CELL_IDS.length && !spacer) spacer = row;
      continue;
    }
    if (hasValues(split)) candidates.push(split.values);
  }
  const whole = candidates.find((values) => fitValues(values, APPEAL_CELL_IDS.length));
  const joined = candidates.flat();
  const values = whole ?? (fitValues(joined, APPEAL_CELL_IDS.length) ? joined : null);
  if (values) {
    readRowValues(values, APPEAL_CELL_IDS, 'count', cells, notes);
    return;
  }
  for (const id of APPEAL_CELL_IDS) cells[id] = null;
  if (candidates.length === 0 && spacer) {
    readRowValues(spacer, APPEAL_CELL_IDS, 'count', cells, notes);
    return;
  }
  if (candidates.length === 0) {
    notes.add('missing', APPEAL_CELL_IDS, importMessages.missingTable('表四（行政复议、行政诉讼情况）'));
    return;
  }
  const shown = joined.map((v) => v.trim()).filter((v) => v !== '');
  notes.add('unparsed', APPEAL_CELL_IDS, importMessages.appealsCount(shown.length, shown.join(' ')));
}
