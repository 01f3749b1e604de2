/**
 * The outlines of the parsed tables: a cell an importer note names is marked 'info' (blue, thin), a cell a
 * finding names keeps the finding's colour (red error, amber warning) — the worse one wins, and the hover shows
 * every message, notes first with their kind.
 */
import type { CheckedFinding, ImportNoteOut } from '../../../shared/api.js';
import { cellMarks, type CellMark } from '../editor/grid/cellMarks.js';
import { NOTE_KIND_LABELS } from './noteKinds.js';

const RANK = { error: 3, warning: 2, dismissed: 1, info: 0 } as const;

export function reviewMarks(notes: readonly ImportNoteOut[], findings: readonly CheckedFinding[]): Map<string, CellMark> {
  const marks = new Map<string, { severity: CellMark['severity']; messages: string[] }>();
  for (const note of notes) {
    for (const cellId of note.cells) {
      const text = `【${NOTE_KIND_LABELS[note.kind]}】${note.message}`;
      const mark = marks.get(cellId);
      if (mark) mark.messages.push(text);
      else marks.set(cellId, { severity: 'info', messages: [text] });
    }
  }
  for (const [cellId, found] of cellMarks(findings)) {
    const mark = marks.get(cellId);
    if (!mark) marks.set(cellId, { severity: found.severity, messages: [...found.messages] });
    else {
      mark.messages.push(...found.messages);
      if (RANK[found.severity] > RANK[mark.severity]) mark.severity = found.severity;
    }
  }
  return marks;
}
