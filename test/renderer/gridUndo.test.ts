import { describe, expect, it } from 'vitest';
import { zeroCells } from '../../shared/report/blank.js';
import { followTotals } from '../../shared/report/totals.js';
import { canRedo, canUndo, changesOf, emptyHistory, pushBatch, redo, undo } from '../../renderer/src/editor/grid/undo.js';

const NATURAL = 'applications.granted.natural';
const TOTAL = 'applications.granted.total';

describe('undo and redo in the tables', () => {
  it('undoes a typed number together with the totals that followed it, and redoes it', () => {
    const cells = zeroCells();
    const edits = followTotals(cells, [{ cellId: NATURAL, value: 3 }]);
    let history = pushBatch(emptyHistory(), changesOf(cells, edits));
    expect(canUndo(history)).toBe(true);
    expect(canRedo(history)).toBe(false);

    const undone = undo(history)!;
    expect(undone.edits).toEqual([
      { cellId: 'applications.resultsTotal.total', value: 0 },
      { cellId: 'applications.resultsTotal.natural', value: 0 },
      { cellId: TOTAL, value: 0 },
      { cellId: NATURAL, value: 0 },
    ]);
    history = undone.history;
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(true);

    const redone = redo(history)!;
    expect(redone.edits).toEqual(edits);
    expect(canUndo(redone.history)).toBe(true);
    expect(canRedo(redone.history)).toBe(false);
  });

  it('undoes the newest batch first, one batch per step', () => {
    let history = emptyHistory();
    history = pushBatch(history, [{ cellId: NATURAL, before: 0, after: 1 }]);
    history = pushBatch(history, [{ cellId: NATURAL, before: 1, after: 2 }]);
    const first = undo(history)!;
    expect(first.edits).toEqual([{ cellId: NATURAL, value: 1 }]);
    const second = undo(first.history)!;
    expect(second.edits).toEqual([{ cellId: NATURAL, value: 0 }]);
    expect(undo(second.history)).toBeUndefined();
    expect(redo(second.history)!.edits).toEqual([{ cellId: NATURAL, value: 1 }]);
  });

  it('a new edit after undo drops what could have been redone', () => {
    let history = pushBatch(emptyHistory(), [{ cellId: NATURAL, before: 0, after: 1 }]);
    history = pushBatch(history, [{ cellId: NATURAL, before: 1, after: 2 }]);
    history = undo(history)!.history;
    history = pushBatch(history, [{ cellId: TOTAL, before: 0, after: 9 }]);
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBeUndefined();
    expect(undo(history)!.edits).toEqual([{ cellId: TOTAL, value: 0 }]);
  });

  it('records nothing for a batch that changes nothing, and keeps a cell changed twice once', () => {
    const history = pushBatch(emptyHistory(), [{ cellId: NATURAL, before: 5, after: 5 }]);
    expect(canUndo(history)).toBe(false);
    const merged = pushBatch(emptyHistory(), [
      { cellId: NATURAL, before: 0, after: 4 },
      { cellId: NATURAL, before: 4, after: '12件' },
      { cellId: TOTAL, before: null, after: null },
    ]);
    expect(merged.done).toEqual([[{ cellId: NATURAL, before: 0, after: '12件' }]]);
  });

  it('keeps only the newest 500 batches by default, forgetting the oldest', () => {
    let history = emptyHistory();
    for (let i = 0; i < 520; i++) history = pushBatch(history, [{ cellId: NATURAL, before: i, after: i + 1 }]);
    expect(history.done).toHaveLength(500);
    let steps = 0;
    let last: readonly unknown[] = [];
    for (let step = undo(history); step; step = undo(step.history)) {
      steps++;
      last = step.edits;
    }
    expect(steps).toBe(500);
    expect(last).toEqual([{ cellId: NATURAL, value: 20 }]);
    const small = pushBatch(pushBatch(emptyHistory(1), [{ cellId: NATURAL, before: 0, after: 1 }]), [{ cellId: TOTAL, before: 0, after: 1 }]);
    expect(small.done).toEqual([[{ cellId: TOTAL, before: 0, after: 1 }]]);
  });

  it('takes the values before a batch from the report, null for a cell never filled', () => {
    expect(changesOf({ [NATURAL]: 2 }, [{ cellId: NATURAL, value: 3 }, { cellId: TOTAL, value: 3 }])).toEqual([
      { cellId: NATURAL, before: 2, after: 3 },
      { cellId: TOTAL, before: null, after: 3 },
    ]);
  });
});
