/**
 * The keyboard and the inline editor of the parsed tables in review: arrows and Tab move (Tab leaves the tables
 * after the last cell), Enter, F2 or a double click edits, typing replaces, Enter commits, Escape cancels,
 * Delete clears. A commit hands the typed text through valueFromText (formatting undone, never a value guessed)
 * to `onCorrect`; nothing is recomputed here, not even a total.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CellValue } from '../../../shared/report/schema.js';
import { displayValue, MAX_CELL_TEXT, valueFromText } from '../editor/grid/cellInput.js';
import { moveForKey, READING_ORDER, type GridKey } from '../editor/grid/gridMap.js';

const MOVE_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab']);
const FIRST_CELL = READING_ORDER[0]!.cellId;
const LAST_CELL = READING_ORDER.at(-1)!.cellId;

export interface ReviewGrid {
  readonly selected: string;
  readonly editing: { readonly cellId: string; readonly text: string } | null;
  select(cellId: string, options?: { focus?: boolean }): void;
  startEdit(cellId: string, text?: string): void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: React.FocusEvent<HTMLElement>) => void;
  readonly renderEditor: () => ReactNode;
  readonly containerRef: React.RefObject<HTMLDivElement | null>;
}

export function useReviewGrid(cells: Readonly<Record<string, CellValue>>, onCorrect: (cellId: string, value: CellValue) => void): ReviewGrid {
  const [selected, setSelected] = useState(FIRST_CELL);
  const [editing, setEditing] = useState<{ cellId: string; text: string } | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const wantFocus = useRef(false);
  const editingRef = useRef(editing);
  editingRef.current = editing;

  const select = useCallback((cellId: string, options: { focus?: boolean } = {}) => {
    wantFocus.current = options.focus ?? true;
    setSelected(cellId);
  }, []);

  useEffect(() => {
    if (!wantFocus.current || editing) return;
    wantFocus.current = false;
    const td = containerRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(selected)}"]`);
    if (td) {
      td.focus({ preventScroll: true });
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [selected, editing]);

  const commit = useCallback(
    (move: GridKey | null, shift = false) => {
      const current = editingRef.current;
      if (!current) return;
      editingRef.current = null;
      setEditing(null);
      const value = valueFromText(current.cellId, current.text);
      if (!Object.is(value, cells[current.cellId] ?? null)) onCorrect(current.cellId, value);
      select(move ? moveForKey(current.cellId, move, shift) : current.cellId);
    },
    [cells, onCorrect, select],
  );

  const startEdit = useCallback(
    (cellId: string, text?: string) => {
      setSelected(cellId);
      setEditing({ cellId, text: text ?? displayValue(cells[cellId] ?? null) });
    },
    [cells],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (editingRef.current) return;
      const target = event.target as HTMLElement;
      if (!target.dataset.cell || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      if (MOVE_KEYS.has(key)) {
        if (key === 'Tab' && ((event.shiftKey && selected === FIRST_CELL) || (!event.shiftKey && selected === LAST_CELL))) return;
        event.preventDefault();
        select(moveForKey(selected, key as GridKey, event.shiftKey));
      } else if (key === 'Enter' || key === 'F2') {
        event.preventDefault();
        startEdit(selected);
      } else if (key === 'Delete') {
        event.preventDefault();
        if ((cells[selected] ?? null) !== null) onCorrect(selected, null);
      } else if (key === 'Backspace') {
        event.preventDefault();
        startEdit(selected, '');
      } else if (key.length === 1 && key !== ' ') {
        event.preventDefault();
        startEdit(selected, key);
      }
    },
    [cells, onCorrect, select, selected, startEdit],
  );

  const onFocus = useCallback((event: React.FocusEvent<HTMLElement>) => {
    const cellId = (event.target as HTMLElement).dataset.cell;
    if (cellId) setSelected(cellId);
  }, []);

  const renderEditor = useCallback(
    () => (
      <input
        className="grid-input"
        aria-label="更正单元格"
        autoFocus
        value={editing?.text ?? ''}
        maxLength={MAX_CELL_TEXT}
        onChange={(e) => setEditing((current) => (current ? { ...current, text: e.target.value } : current))}
        onBlur={() => commit(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            editingRef.current = null;
            setEditing(null);
            select(selected);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            e.stopPropagation();
            commit(e.key === 'Tab' ? 'Tab' : null, e.shiftKey);
          }
        }}
      />
    ),
    [commit, editing, select, selected],
  );

  return { selected, editing, select, startEdit, onKeyDown, onFocus, renderEditor, containerRef };
}
