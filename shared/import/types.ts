/** What an import returns: the report, the notes for the person reviewing it, and where it came from. */
import type { Report } from '../report/schema.js';

/** Kinds of import notes (../shared/spec/cli.md). */
export const NOTE_KINDS = ['blank', 'placeholder', 'unparsed', 'missing', 'variant', 'template'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface ImportNote {
  readonly kind: NoteKind;
  /** Cell ids the note is about (empty for a note about the whole report or a prose section). */
  readonly cells: readonly string[];
  /** One Chinese sentence for the person reviewing the import. */
  readonly message: string;
}

/** The report format a published source was written in. */
export type SourceTemplate = 'gov-2021' | 'gov-2019';
export type SourceType = 'exchange' | 'app-pdf' | 'pdf' | 'docx' | 'html' | 'text';

export interface ImportResult {
  readonly report: Report;
  readonly notes: readonly ImportNote[];
  readonly source: { readonly type: SourceType; readonly template: SourceTemplate };
}

/** A row of a table (or a paragraph, as a row of one cell) in reading order, as a format reader found it. */
export type SourceRow = readonly string[];
