/**
 * The message of a flagged cell, shown while the pointer is over it (also when the cell becomes flagged under a
 * pointer that has not moved), and last year's value of the cell when the records hold last year's report. One tooltip for the whole grid, placed over
 * the hovered cell, so the cells themselves never change shape (a cell re-created on every finding would lose
 * the keyboard focus).
 */
import { Tooltip } from 'antd';
import { useCallback, useState, type MouseEvent } from 'react';
import type { CellValue } from '../../../../shared/report/schema.js';
import type { CellMark } from './cellMarks.js';
import { displayValue } from './cellInput.js';

/** Last year's report, as far as the hover needs it. */
export interface LastYearCells {
  readonly year: number;
  readonly cells: Readonly<Record<string, CellValue>>;
}

interface Hovered {
  readonly cellId: string;
  readonly rect: { left: number; top: number; width: number; height: number };
}

export function useCellHint(marks: ReadonlyMap<string, CellMark>, lastYear: LastYearCells | null = null) {
  const [hovered, setHovered] = useState<Hovered | null>(null);

  const onMouseOver = useCallback((event: MouseEvent<HTMLElement>) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-cell]');
    const cellId = td?.dataset.cell;
    if (!td || !cellId) {
      setHovered((current) => (current ? null : current));
      return;
    }
    const r = td.getBoundingClientRect();
    setHovered((current) => (current?.cellId === cellId ? current : { cellId, rect: { left: r.left, top: r.top, width: r.width, height: r.height } }));
  }, []);
  const onMouseLeave = useCallback(() => setHovered(null), []);

  const mark = hovered ? marks.get(hovered.cellId) : undefined;
  const last = hovered && lastYear ? lastYear.cells[hovered.cellId] : undefined;
  const lines = [...(mark?.messages ?? [])];
  if (last !== undefined) lines.push(`${lastYear!.year}年度：${last === null ? '（空）' : displayValue(last)}`);
  const hint =
    hovered && lines.length > 0 ? (
      <Tooltip open title={lines.map((m, i) => <div key={i} className={i === (mark?.messages.length ?? 0) ? 'cell-hint-last-year' : undefined}>{m}</div>)} placement="top" classNames={{ root: 'cell-hint' }}>
        <div style={{ position: 'fixed', left: hovered.rect.left, top: hovered.rect.top, width: hovered.rect.width, height: hovered.rect.height, pointerEvents: 'none' }} />
      </Tooltip>
    ) : null;

  return { hint, onMouseOver, onMouseLeave, onScroll: onMouseLeave };
}
