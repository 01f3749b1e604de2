/**
 * The ledger as a spreadsheet: arrows, Tab and Enter move; typing replaces, F2 or a double click edits, Delete
 * clears, Escape cancels; a block copied from Excel or WPS pastes from the selected cell (rows past the end are
 * added). The clipboard is read by the editor's own parser (editor/grid/paste.ts). Each change is saved at once.
 */
import { Tag, Tooltip } from 'antd';
import { memo, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { MAX_LEDGER_CELL_CHARS, type LedgerField } from '../../../shared/ledger/types.js';
import { chineseLedgerDate } from '../../../shared/ledger/dates.js';
import { parseClipboard } from '../editor/grid/paste.js';
import type { LedgerRowView } from './ledgerRows.js';

export interface LedgerColumn {
  readonly field: LedgerField;
  readonly title: string;
  readonly width: number;
  readonly personal?: boolean;
}

export const GRID_COLUMNS: readonly LedgerColumn[] = [
  { field: 'receivedDate', title: '收到日期', width: 110 },
  { field: 'applicantType', title: '申请人类型', width: 110 },
  { field: 'subject', title: '申请内容', width: 200 },
  { field: 'channel', title: '申请方式', width: 90 },
  { field: 'extended', title: '延期', width: 60 },
  { field: 'result', title: '办理结果', width: 190 },
  { field: 'reason', title: '理由', width: 140 },
  { field: 'replyDate', title: '答复日期', width: 110 },
  { field: 'applicantName', title: '申请人（个人信息）', width: 130, personal: true },
  { field: 'contact', title: '联系方式（个人信息）', width: 130, personal: true },
  { field: 'notes', title: '备注', width: 140 },
];

export interface GridEdit {
  readonly entryId: number;
  readonly field: LedgerField;
  readonly value: string;
}

export interface LedgerGridProps {
  readonly rows: readonly LedgerRowView[];
  /** Saves changed cells of existing rows. */
  readonly onEdit: (edits: readonly GridEdit[]) => void;
  /** Rows pasted past the last one (only offered when the whole ledger is shown). */
  readonly onAppend?: (rows: readonly Partial<Record<LedgerField, string>>[]) => void;
  readonly notify: (text: string) => void;
  /** The row of the selected cell (for 删除所选行). */
  readonly onSelectRow?: (entryId: number | null) => void;
  /** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z). */
  readonly onUndo?: () => void;
  readonly onRedo?: () => void;
}

interface Position {
  readonly row: number;
  readonly column: number;
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };

function StatusCell({ row }: { row: LedgerRowView }) {
  if (row.status === 'problem') {
    return (
      <Tooltip title={row.problems.join('；')}>
        <Tag color="error">不计入：{row.problems[0]!.slice(0, 18)}</Tag>
      </Tooltip>
    );
  }
  const late = row.overdue ? <Tag color="error">逾期</Tag> : null;
  if (row.status === 'done') return <>{late}<Tag>{row.resultLabel}</Tag></>;
  return <>{late}<Tag color="processing">待答复</Tag></>;
}

const DeadlineCell = memo(function DeadlineCell({ row }: { row: LedgerRowView }) {
  if (!row.deadline) return null;
  const left =
    row.daysLeft === null ? null : row.daysLeft < 0 ? <span className="ledger-late">已逾期{-row.daysLeft}个工作日</span> : <span className={row.daysLeft <= 3 ? 'ledger-soon' : undefined}>剩{row.daysLeft}个工作日</span>;
  return (
    <span title={row.unscheduled ? '该年节假日安排未录入，按周一至周五计算' : undefined}>
      {chineseLedgerDate(row.deadline)}
      {row.unscheduled ? '＊' : ''}
      {left && <><br />{left}</>}
    </span>
  );
});

const TABLE_WIDTH = 44 + GRID_COLUMNS.reduce((sum, c) => sum + c.width, 0) + 150 + 190;

export function LedgerGrid({ rows, onEdit, onAppend, notify, onSelectRow, onUndo, onRedo }: LedgerGridProps) {
  const [at, setAt] = useState<Position>({ row: 0, column: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const container = useRef<HTMLDivElement | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const editingRef = useRef<string | null>(null);
  editingRef.current = editing;
  const position = { row: Math.min(at.row, Math.max(rows.length - 1, 0)), column: at.column };

  useEffect(() => {
    if (editing !== null) input.current?.focus();
  }, [editing]);
  const selectedEntry = rows[position.row]?.entry.id ?? null;
  useEffect(() => onSelectRow?.(selectedEntry), [onSelectRow, selectedEntry]);

  const focusCell = (p: Position): void => {
    setAt(p);
    // Not while a cell is being edited (a double click starts editing before this frame comes).
    requestAnimationFrame(() => {
      if (editingRef.current === null) container.current?.querySelector<HTMLElement>(`[data-pos="${p.row}:${p.column}"]`)?.focus();
    });
  };
  const current = rows[position.row];
  const column = GRID_COLUMNS[position.column]!;

  const commit = (text: string): void => {
    setEditing(null);
    if (current && current.entry.cells[column.field] !== text) onEdit([{ entryId: current.entry.id, field: column.field, value: text }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (editing !== null) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setEditing(null);
        focusCell(position);
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        commit(editing);
        const [dr, dc] = MOVES[event.key]!;
        focusCell({ row: Math.min(rows.length - 1, position.row + dr), column: Math.min(GRID_COLUMNS.length - 1, position.column + (event.shiftKey ? -dc : dc)) });
      }
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'z' || event.key === 'Z' || event.key === 'y' || event.key === 'Y')) {
      event.preventDefault();
      if (event.key.toLowerCase() === 'y' || event.shiftKey) onRedo?.();
      else onUndo?.();
      return;
    }
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const sign = event.shiftKey && (event.key === 'Tab' || event.key === 'Enter') ? -1 : 1;
      focusCell({
        row: Math.max(0, Math.min(rows.length - 1, position.row + move[0] * sign)),
        column: Math.max(0, Math.min(GRID_COLUMNS.length - 1, position.column + move[1] * sign)),
      });
    } else if (event.key === 'F2' && current) {
      event.preventDefault();
      setEditing(current.entry.cells[column.field]);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && current) {
      event.preventDefault();
      if (current.entry.cells[column.field] !== '') onEdit([{ entryId: current.entry.id, field: column.field, value: '' }]);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && current) {
      event.preventDefault();
      setEditing(event.key);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLElement>): void => {
    if (editing !== null) return;
    event.preventDefault();
    const block = parseClipboard(event.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    const edits: GridEdit[] = [];
    const extra: Partial<Record<LedgerField, string>>[] = [];
    let cut = 0;
    block.forEach((cells, r) => {
      const target = rows[position.row + r];
      const added: Partial<Record<LedgerField, string>> = {};
      cells.forEach((text, c) => {
        const col = GRID_COLUMNS[position.column + c];
        if (!col) {
          cut++;
          return;
        }
        const value = text.trim().slice(0, MAX_LEDGER_CELL_CHARS);
        if (target) {
          if (target.entry.cells[col.field] !== value) edits.push({ entryId: target.entry.id, field: col.field, value });
        } else added[col.field] = value;
      });
      if (!target) extra.push(added);
    });
    if (edits.length > 0) onEdit(edits);
    if (extra.length > 0) {
      if (onAppend) onAppend(extra);
      else notify(`有${extra.length}行超出了当前显示的行，没有粘贴；请先显示全部台账再粘贴。`);
    }
    if (cut > 0) notify(`有${cut}个单元格超出了台账的列，没有粘贴。`);
  };

  return (
    <div className="ledger-grid" ref={container} onKeyDown={onKeyDown} onPaste={onPaste} role="grid" aria-label="依申请公开台账">
      <table style={{ width: TABLE_WIDTH }}>
        <thead>
          <tr>
            <th className="ledger-rowno">行</th>
            <th style={{ width: 190 }}>状态</th>
            <th style={{ width: 150 }}>答复期限</th>
            {GRID_COLUMNS.map((c) => (
              <th key={c.field} style={{ width: c.width }} className={c.personal ? 'ledger-personal' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.entry.id} className={row.status === 'problem' ? 'ledger-problem' : row.overdue ? 'ledger-overdue' : undefined} data-row={row.entry.row}>
              <td className="ledger-rowno">{row.entry.row}</td>
              <td>
                <StatusCell row={row} />
              </td>
              <td>
                <DeadlineCell row={row} />
              </td>
              {GRID_COLUMNS.map((c, ci) => {
                const selected = r === position.row && ci === position.column;
                return (
                  <td
                    key={c.field}
                    data-pos={`${r}:${ci}`}
                    data-field={c.field}
                    tabIndex={selected ? 0 : -1}
                    className={selected ? 'ledger-selected' : undefined}
                    onClick={() => focusCell({ row: r, column: ci })}
                    onDoubleClick={() => {
                      setAt({ row: r, column: ci });
                      setEditing(row.entry.cells[c.field]);
                    }}
                  >
                    {selected && editing !== null ? (
                      <input
                        ref={input}
                        aria-label={`第${row.entry.row}行${c.title}`}
                        value={editing}
                        maxLength={MAX_LEDGER_CELL_CHARS}
                        onChange={(e) => setEditing(e.target.value)}
                        onBlur={() => editing !== null && commit(editing)}
                      />
                    ) : (
                      row.entry.cells[c.field]
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
