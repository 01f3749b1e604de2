/** Reading a row's value cells into report cells, with a note for every blank, placeholder and unreadable cell. */
import type { CellValue } from '../report/schema.js';
import { readCell } from './cellText.js';
import { importMessages, type NoteList } from './notes.js';
import { fitValues, rightAligned } from './rowCells.js';

/** Reads `values` into `ids` in order; a row with the wrong number of cells is left null with one note. */
export function readRowValues(
  values: readonly string[],
  ids: readonly string[],
  kind: 'count' | 'fee',
  cells: Record<string, CellValue>,
  notes: NoteList,
  /** The row is as wide as the table's full rows, so its values are its rightmost cells. */
  fullWidth = false,
): void {
  const fitted = fitValues(values, ids.length) ?? (fullWidth ? rightAligned(values, ids.length) : null);
  if (!fitted) {
    const shown = values.map((v) => v.trim()).filter((v) => v !== '');
    for (const id of ids) cells[id] = null;
    notes.add('unparsed', ids, importMessages.wrongCount(ids, shown.length, ids.length, shown.join(' ')));
    return;
  }
  const blank: string[] = [];
  const placeholder: string[] = [];
  const shownPlaceholders = new Set<string>();
  fitted.forEach((text, k) => {
    const id = ids[k]!;
    const reading = readCell(text, kind);
    switch (reading.kind) {
      case 'number':
        cells[id] = reading.value;
        if (reading.yuan) notes.add('variant', [id], importMessages.yuan([id], text.trim()));
        break;
      case 'blank':
        cells[id] = kind === 'fee' ? '0' : 0;
        blank.push(id);
        break;
      case 'placeholder':
        cells[id] = kind === 'fee' ? '0' : 0;
        placeholder.push(id);
        shownPlaceholders.add(reading.text);
        break;
      case 'unparsed':
        cells[id] = null;
        notes.add('unparsed', [id], importMessages.unparsedCell([id], reading.text));
        break;
    }
  });
  if (blank.length > 0) notes.add('blank', blank, importMessages.blank(blank));
  if (placeholder.length > 0) notes.add('placeholder', placeholder, importMessages.placeholder(placeholder, [...shownPlaceholders].join('、')));
}
