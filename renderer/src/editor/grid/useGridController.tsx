/**
 * The keyboard and clipboard of the number tables, like a spreadsheet: arrows, Tab, Enter move; typing replaces;
 * F2 or a double click edits; Delete clears; Escape cancels an edit; Ctrl+Z / Ctrl+Y undo and redo; a block
 * copied from Excel or WPS pastes from the selected cell; Ctrl+C copies the selected value. One selected cell
 * across the three tables (Tab crosses them); the selected cell holds the focus, so the focus ring is visible.
 */
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { CellValue } from '../../../../shared/report/schema.js';
import type { CellEdit } from '../../../../shared/report/totals.js';
import { displayValue, valueFromText } from './cellInput.js';
import { moveForKey, READING_ORDER, type GridKey } from './gridMap.js';
import { pasteAt } from './paste.js';

export interface EditTiming {
  /** The event time (performance.now() base) of the key that changed a cell, read after the screen updated. */
  lastEditEventAt: number | null;
}

/** What the tables edit: the editor's ReportDocument, or the draft of an import under review. */
export interface GridTarget {
  editCells(edits: readonly CellEdit[]): void;
  /** Absent where there is no history (the import review): Ctrl+Z then does nothing. */
  undo?(): void;
  redo?(): void;
}

export interface GridOptions {
  readonly readOnly: boolean;
  /** A short message for the person (a paste that did not fit, a signed report). */
  readonly notify: (text: string) => void;
  /** Where the editor times keystroke → findings; optional. */
  readonly timing?: EditTiming;
}

export interface GridController {
  readonly selected: string;
  readonly editing: { readonly cellId: string; readonly text: string } | null;
  select(cellId: string, options?: { focus?: boolean }): void;
  startEdit(cellId: string, text?: string): void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLElement>) => void;
  readonly onCopy: (event: ClipboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: React.FocusEvent<HTMLElement>) => void;
  readonly renderEditor: () => ReactNode;
  readonly containerRef: React.RefObject<HTMLDivElement | null>;
}

const MOVE_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab']);
const FIRST_CELL = READING_ORDER[0]!.cellId;
const LAST_CELL = READING_ORDER.at(-1)!.cellId;

const READ_ONLY_MESSAGE = '报告已签发，只能查看；如需修改请先解锁。';

export function useGridController(sheet: GridTarget, cells: Readonly<Record<string, CellValue>>, options: GridOptions): GridController {
  const { readOnly, notify } = options;
  const ownTiming = useRef<EditTiming>({ lastEditEventAt: null }).current;
  const timing = options.timing ?? ownTiming;
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

  // The selected cell takes the focus (and scrolls into view) after keyboard moves and jumps from the findings.
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
    (eventTime: number, move: { key: GridKey; shift: boolean } | null) => {
      const current = editingRef.current;
      if (!current) return;
      setEditing(null);
      const value = valueFromText(current.cellId, current.text);
      if (!Object.is(value, cells[current.cellId] ?? null)) {
        timing.lastEditEventAt = eventTime;
        sheet.editCells([{ cellId: current.cellId, value }]);
      }
      select(move ? moveForKey(current.cellId, move.key, move.shift) : current.cellId);
    },
    [cells, sheet, select, timing],
  );

  const startEdit = useCallback(
    (cellId: string, text?: string) => {
      if (readOnly) {
        notify(READ_ONLY_MESSAGE);
        return;
      }
      setSelected(cellId);
      setEditing({ cellId, text: text ?? displayValue(cells[cellId] ?? null) });
    },
    [cells, notify, readOnly],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (editingRef.current) return; // the editor input handles its own keys
      const target = event.target as HTMLElement;
      if (!target.dataset.cell) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key;
      if (ctrl && !event.altKey) {
        const lower = key.toLowerCase();
        if (lower === 'z' && !event.shiftKey) {
          event.preventDefault();
          timing.lastEditEventAt = event.timeStamp;
          sheet.undo?.();
        } else if (lower === 'y' || (lower === 'z' && event.shiftKey)) {
          event.preventDefault();
          timing.lastEditEventAt = event.timeStamp;
          sheet.redo?.();
        }
        return;
      }
      if (MOVE_KEYS.has(key)) {
        // Tab past the last cell (or Shift+Tab before the first) leaves the tables for the next field.
        if (key === 'Tab' && ((event.shiftKey && selected === FIRST_CELL) || (!event.shiftKey && selected === LAST_CELL))) return;
        event.preventDefault();
        select(moveForKey(selected, key as GridKey, event.shiftKey));
        return;
      }
      if (key === 'F2') {
        event.preventDefault();
        startEdit(selected);
      } else if (key === 'Delete') {
        event.preventDefault();
        if (readOnly) return notify(READ_ONLY_MESSAGE);
        timing.lastEditEventAt = event.timeStamp;
        sheet.editCells([{ cellId: selected, value: null }]);
      } else if (key === 'Backspace') {
        event.preventDefault();
        startEdit(selected, '');
      } else if (key.length === 1 && !event.altKey && key !== ' ') {
        event.preventDefault();
        startEdit(selected, key);
      }
    },
    [sheet, notify, readOnly, select, selected, startEdit, timing],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (editingRef.current) return;
      const text = event.clipboardData.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      if (readOnly) return notify(READ_ONLY_MESSAGE);
      const { edits, notPasted } = pasteAt(selected, text);
      timing.lastEditEventAt = event.timeStamp;
      sheet.editCells(edits);
      if (notPasted.length > 0) notify(`${notPasted.length} 个数值超出表格，未粘贴`);
      else notify(`已粘贴 ${edits.length} 个单元格`);
    },
    [sheet, notify, readOnly, selected, timing],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (editingRef.current) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', displayValue(cells[selected] ?? null));
    },
    [cells, selected],
  );

  const onFocus = useCallback((event: React.FocusEvent<HTMLElement>) => {
    const cellId = (event.target as HTMLElement).dataset.cell;
    if (cellId) setSelected(cellId);
  }, []);

  const renderEditor = useCallback(
    () => (
      <input
        className="grid-input"
        aria-label="编辑单元格"
        autoFocus
        value={editing?.text ?? ''}
        maxLength={64}
        onChange={(e) => setEditing((current) => (current ? { ...current, text: e.target.value } : current))}
        onBlur={(e) => commit(e.timeStamp, null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setEditing(null);
            select(selected);
          } else if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            e.stopPropagation();
            commit(e.timeStamp, { key: e.key, shift: e.shiftKey });
          }
        }}
      />
    ),
    [commit, editing, select, selected],
  );

  return { selected, editing, select, startEdit, onKeyDown, onPaste, onCopy, onFocus, renderEditor, containerRef };
}
