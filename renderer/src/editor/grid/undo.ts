/**
 * Undo and redo for the tables: a history of batches (one typed cell with the totals that followed it, or one
 * paste), each undone or redone as a whole. Immutable values, so a React reducer can hold it. Pure.
 */
import type { CellValue } from '../../../../shared/report/schema.js';
import type { CellEdit, CellValues } from '../../../../shared/report/totals.js';

export interface CellChange {
  readonly cellId: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export type ChangeBatch = readonly CellChange[];

export interface UndoHistory {
  /** Oldest first; the last one is undone next. */
  readonly done: readonly ChangeBatch[];
  /** Undone batches, the next to redo last. */
  readonly undone: readonly ChangeBatch[];
  /** The most batches kept; the oldest are forgotten beyond it. */
  readonly limit: number;
}

export const DEFAULT_UNDO_LIMIT = 500;

export function emptyHistory(limit = DEFAULT_UNDO_LIMIT): UndoHistory {
  return { done: [], undone: [], limit: Math.max(1, Math.floor(limit)) };
}

/** The changes a batch of edits makes to `cells` (values before and after), in the order of the edits. */
export function changesOf(cells: CellValues, edits: readonly CellEdit[]): CellChange[] {
  return edits.map(({ cellId, value }) => ({ cellId, before: cells[cellId] ?? null, after: value }));
}

/**
 * Records a batch as the newest step and forgets what was undone (a new edit after undo ends the redo branch).
 * A cell changed twice in one batch is kept once (its first `before`, its last `after`); changes that change
 * nothing are left out, and a batch that changes nothing is not recorded.
 */
export function pushBatch(history: UndoHistory, batch: ChangeBatch): UndoHistory {
  const merged = new Map<string, { before: CellValue; after: CellValue }>();
  for (const { cellId, before, after } of batch) {
    const seen = merged.get(cellId);
    merged.set(cellId, { before: seen ? seen.before : before, after });
  }
  const changes: CellChange[] = [];
  for (const [cellId, { before, after }] of merged) if (!Object.is(before, after)) changes.push({ cellId, before, after });
  if (changes.length === 0) return history;
  const done = [...history.done, changes];
  return { ...history, done: done.slice(Math.max(0, done.length - history.limit)), undone: [] };
}

export const canUndo = (history: UndoHistory): boolean => history.done.length > 0;
export const canRedo = (history: UndoHistory): boolean => history.undone.length > 0;

export interface HistoryStep {
  readonly history: UndoHistory;
  /** The edits to send to put the cells back (undo) or forward again (redo). */
  readonly edits: readonly CellEdit[];
}

/** Undoes the newest batch: edits restoring each cell's `before`, last change first. Undefined when nothing is left. */
export function undo(history: UndoHistory): HistoryStep | undefined {
  const batch = history.done.at(-1);
  if (!batch) return undefined;
  return {
    history: { ...history, done: history.done.slice(0, -1), undone: [...history.undone, batch] },
    edits: [...batch].reverse().map(({ cellId, before }) => ({ cellId, value: before })),
  };
}

/** Redoes the batch undone last: edits setting each cell's `after` again. Undefined when nothing was undone. */
export function redo(history: UndoHistory): HistoryStep | undefined {
  const batch = history.undone.at(-1);
  if (!batch) return undefined;
  return {
    history: { ...history, done: [...history.done, batch], undone: history.undone.slice(0, -1) },
    edits: batch.map(({ cellId, after }) => ({ cellId, value: after })),
  };
}
