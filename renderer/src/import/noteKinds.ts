/** The importer's note kinds as the review screen names them, with a tag colour each. */
import type { NoteKind } from '../../../shared/import/types.js';

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  blank: '空白',
  placeholder: '占位符',
  unparsed: '未读取',
  missing: '缺失',
  variant: '写法不同',
  template: '旧版格式',
};

export const NOTE_KIND_COLOURS: Record<NoteKind, string> = {
  blank: 'default',
  placeholder: 'default',
  unparsed: 'orange',
  missing: 'orange',
  variant: 'blue',
  template: 'purple',
};
