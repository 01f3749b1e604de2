/**
 * A Word file (.docx) to source rows: word/document.xml read with a streaming XML parser; paragraphs become
 * rows of one cell, table rows their cells with w:gridSpan and w:vMerge expanded into a grid (a merged cell
 * is read once, at its origin). Tables nested in a cell are read as that cell's text.
 */
import { SaxesParser } from 'saxes';
import { expandGrid, originRows, type SpanCell } from './grid.js';
import { textRows } from './textRows.js';
import { ZipReader } from './zip.js';
import type { SourceRow } from '../types.js';

export const DOCUMENT_PART = 'word/document.xml';

interface CellDraft {
  text: string;
  colSpan: number;
  continues: boolean;
}

/** Rows from the XML of word/document.xml; throws on malformed XML. */
export function documentXmlRows(xml: string): SourceRow[] {
  const rows: SourceRow[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let tableDepth = 0;
  let tableRowsDraft: CellDraft[][] = [];
  let row: CellDraft[] | null = null;
  let cell: CellDraft | null = null;
  let paragraph = '';
  let inText = 0;
  let skip = 0;

  // Paragraphs outside tables go through the plain-text reader (a table typed with tabs is read as one).
  let lines: string[] = [];
  const flushText = () => {
    if (lines.length > 0) rows.push(...textRows(lines.join('\n')));
    lines = [];
  };
  const endParagraph = () => {
    if (cell) {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      cell.text = cell.text ? (text ? `${cell.text} ${text}` : cell.text) : text;
    } else if (paragraph.trim()) lines.push(paragraph.replace(/[ \u00a0]+$/g, ''));
    paragraph = '';
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (skip > 0 || name === 'mc:Fallback' || name === 'w:del') {
      skip++;
      return;
    }
    switch (name) {
      case 'w:t':
        inText++;
        break;
      case 'w:tab':
        paragraph += cell ? ' ' : '\t';
        break;
      case 'w:br':
      case 'w:cr':
        paragraph += cell ? ' ' : '\n';
        break;
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) {
          flushText();
          tableRowsDraft = [];
        }
        break;
      case 'w:tr':
        if (tableDepth === 1) row = [];
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = { text: '', colSpan: 1, continues: false };
        break;
      case 'w:gridSpan':
        if (tableDepth === 1 && cell) cell.colSpan = Number.parseInt(String(tag.attributes['w:val'] ?? '1'), 10) || 1;
        break;
      case 'w:vMerge':
        if (tableDepth === 1 && cell) cell.continues = (tag.attributes['w:val'] ?? 'continue') !== 'restart';
        break;
    }
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (skip > 0) {
      skip--;
      return;
    }
    switch (name) {
      case 'w:t':
        inText--;
        break;
      case 'w:p':
        endParagraph();
        break;
      case 'w:tc':
        if (tableDepth === 1 && cell && row) {
          if (paragraph) endParagraph();
          row.push(cell);
          cell = null;
        }
        break;
      case 'w:tr':
        if (tableDepth === 1 && row) tableRowsDraft.push(row);
        row = null;
        break;
      case 'w:tbl':
        tableDepth--;
        if (tableDepth === 0) rows.push(...tableToRows(tableRowsDraft).filter((r) => r.length > 0));
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText > 0 && skip === 0) paragraph += text;
  });
  parser.write(xml).close();
  flushText();
  return rows;
}

/** vMerge continuations become spanned positions of the cell above: each row's cells with rowSpan resolved. */
function tableToRows(draft: readonly CellDraft[][]): string[][] {
  const spanRows: SpanCell[][] = draft.map((row) => row.map((c) => ({ text: c.text, rowSpan: 1, colSpan: c.colSpan })));
  // A continuation cell is laid out like any other (it holds its grid columns) but is not an origin.
  const grid = expandGrid(spanRows);
  draft.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      const position = grid[r]?.[column];
      if (cell.continues && position) grid[r]![column] = { text: '', origin: false };
      column += Math.max(1, Math.min(cell.colSpan, 64));
    }
  });
  return originRows(grid);
}

/** Rows of a .docx given its bytes; throws ZipError or an XML error when the file is damaged. */
export function docxRows(bytes: Uint8Array): SourceRow[] {
  const zip = new ZipReader(bytes);
  const xml = new TextDecoder('utf-8').decode(zip.read(DOCUMENT_PART));
  return documentXmlRows(xml);
}
