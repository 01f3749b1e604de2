/**
 * The importer's notes: what was blank, a placeholder, not read, missing, worded differently or in the old
 * format. Each one selects its cells in the tables and its lines in the source.
 */
import { Empty, Tag } from 'antd';
import type { ImportNoteOut } from '../../../shared/api.js';
import { NOTE_KIND_COLOURS, NOTE_KIND_LABELS } from './noteKinds.js';

interface NotesListProps {
  readonly notes: readonly ImportNoteOut[];
  readonly active: number | null;
  readonly onPick: (index: number) => void;
}

export function NotesList({ notes, active, onPick }: NotesListProps) {
  if (notes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="读取时没有需要说明的地方" />;
  return (
    <ul className="import-notes" aria-label="读取说明">
      {notes.map((note, i) => (
        <li key={i} className={`import-note import-note-${note.kind}${active === i ? ' import-note-active' : ''}`}>
          <button type="button" className="import-note-button" aria-pressed={active === i} onClick={() => onPick(i)}>
            <Tag color={NOTE_KIND_COLOURS[note.kind]} bordered={false}>
              {NOTE_KIND_LABELS[note.kind]}
            </Tag>
            <span className="import-note-message">{note.message}</span>
            {note.cells.length > 0 && <span className="import-note-cells">{note.cells.length} 格</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
