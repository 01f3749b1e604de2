/**
 * CSV as Excel and WPS save it (RFC 4180 quoting; comma, tab or semicolon), already decoded to text. Never
 * throws; a quote left open runs to the end of the text, as Excel reads it. A file from elsewhere is read with
 * limits (parseCsvCapped): reading stops as soon as a row, a column or one cell goes past them, so a file of one
 * 20 MB line never becomes millions of cells in memory.
 */

export interface CsvLimits {
  readonly rows: number;
  readonly columns: number;
  /** Characters of one cell (Excel allows 32,767). */
  readonly cellChars: number;
}

const NO_LIMITS: CsvLimits = { rows: Infinity, columns: Infinity, cellChars: Infinity };

function delimiterOf(text: string): string {
  const firstLines = text.slice(0, 4096).split(/\r?\n/).slice(0, 5).join('\n');
  const counts = [',', '\t', ';'].map((d) => [d, firstLines.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 1 ? counts[0]![0] : ',';
}

export function parseCsv(text: string): string[][] {
  return parseCsvCapped(text, NO_LIMITS) as string[][];
}

/** The rows, or 'overLimit' as soon as the text has more rows or columns, or a longer cell, than `limits`. */
export function parseCsvCapped(text: string, limits: CsvLimits): string[][] | 'overLimit' {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      if (cell.length > limits.cellChars) return 'overLimit';
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
      if (row.length >= limits.columns) return 'overLimit';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      if (rows.length > limits.rows) return 'overLimit';
      row = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
      if (cell.length > limits.cellChars) return 'overLimit';
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.length > limits.rows ? 'overLimit' : rows;
}
