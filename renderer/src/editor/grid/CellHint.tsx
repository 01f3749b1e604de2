/**
 * The message of a flagged cell, shown while the pointer is over it (also when the cell becomes flagged under a
 * pointer that has not moved). One tooltip for the whole grid, placed over
 * the hovered cell, so the cells themselves never change shape (a cell re-created on every finding would lose
 * the keyboard focus).
 */
import { Tooltip } from 'antd';
import { useCallback, useState, type MouseEvent } from 'react';
import type { CellMark } from './cellMarks.js';

interface Hovered {
  readonly cellId: string;
  readonly rect: { left: number; top: number; width: number; height: number };
}

export function useCellHint(marks: ReadonlyMap<string, CellMark>) {
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
  const hint =
    hovered && mark ? (
      <Tooltip open title={mark.messages.map((m, i) => <div key={i}>{m}</div>)} placement="top" classNames={{ root: 'cell-hint' }}>
        <div style={{ position: 'fixed', left: hovered.rect.left, top: hovered.rect.top, width: hovered.rect.width, height: hovered.rect.height, pointerEvents: 'none' }} />
      </Tooltip>
    ) : null;

  return { hint, onMouseOver, onMouseLeave, onScroll: onMouseLeave };
}
