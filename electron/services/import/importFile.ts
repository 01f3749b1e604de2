/**
 * `import` for any supported file: the type is sniffed from the bytes (PDF made by this app, published PDF,
 * .docx, HTML, plain text, our exchange file), the matching reader gives rows, the recogniser gives the report
 * and notes. Never throws: the answer is the result or one Chinese sentence naming the file.
 */
import { recogniseReport } from '../../../shared/import/recognise.js';
import { docxRows, DOCUMENT_PART } from '../../../shared/import/readers/docxRows.js';
import { htmlRows } from '../../../shared/import/readers/htmlRows.js';
import { textRows } from '../../../shared/import/readers/textRows.js';
import { ZipError, ZipReader } from '../../../shared/import/readers/zip.js';
import type { ImportResult, SourceRow, SourceType } from '../../../shared/import/types.js';
import { readExchangeText } from '../../../shared/report/exchange.js';
import { readFileCapped } from '../files/readCapped.js';
import { outsideFiles } from '../outsideFiles/outsideWorkerPool.js';
import { readAttachedReport } from '../pdf/readAttachment.js';
import { decodeText } from './decodeText.js';
import { importRefusals as refusals } from './refusals.js';
import { readPdfText } from './pdfText.js';
import { sniffBytes, sniffText } from '../files/sniff.js';

/** Larger than any published report (a scanned PDF is refused anyway: it has no text layer). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/**
 * The result, and the text it was read from as lines (what the review screen shows beside the parsed tables): a
 * text file's own lines; a table row of a web page, Word file or PDF as its cells joined by tabs; an exchange
 * file (or the one attached to our PDF) as its JSON lines.
 */
export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult; readonly sourceLines: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The file at `path` imported; its bytes are parsed in the outside-files worker, never in this process. */
export async function importFile(path: string): Promise<ImportOutcome> {
  const read = await readFileCapped(path, MAX_IMPORT_BYTES, refusals);
  if (!read.ok) return read;
  const outcome = await outsideFiles().read({ kind: 'import', bytes: read.bytes });
  if (outcome.ok) return outcome;
  return { ok: false, message: namedRefusal(path, outcome.message) };
}

/** A refusal of importBytes with the file's name before it, as a sentence reads. */
export function namedRefusal(name: string, message: string): string {
  // "“a.pdf”是损坏的…" for what the file is; "“a.txt”：没有找到…" for what is wrong inside it.
  const joiner = /^(是|过大|解压|包含|附带|不是|读取时|设有|使用了|在文字|结构)/.test(message) ? '' : '：';
  return `“${name}”${joiner}${message}`;
}

/** The import of a file's bytes; a refusal is one sentence, or a predicate ("是损坏的…") the caller puts the name before. */
export async function importBytes(bytes: Uint8Array): Promise<ImportOutcome> {
  if (bytes.length === 0) return { ok: false, message: refusals.empty };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: refusals.tooLargeBytes };
  try {
    switch (sniffBytes(bytes)) {
      case 'pdf':
        return await importPdf(bytes);
      case 'zip':
        return importDocx(bytes);
      case 'oldOffice':
        return { ok: false, message: refusals.oldOffice };
      case 'sqlite':
        return { ok: false, message: refusals.sqlite };
      case 'text':
        return importText(bytes);
    }
  } catch (error) {
    return { ok: false, message: refusals.internal(error instanceof Error ? error.message : String(error)) };
  }
}

async function importPdf(bytes: Uint8Array): Promise<ImportOutcome> {
  const text = await readPdfText(bytes);
  switch (text.kind) {
    case 'attached': {
      // A PDF this app made: its attached exchange file is the report, read as `check` reads it.
      const attached = await readAttachedReport(bytes);
      if (attached.kind === 'attached') return exchange(attached.text, 'app-pdf');
      return { ok: false, message: attached.kind === 'notUtf8' ? refusals.attachmentNotUtf8 : refusals.damagedPdf };
    }
    case 'damaged':
      return { ok: false, message: refusals.damagedPdf };
    case 'tooLarge':
      return { ok: false, message: refusals.pdfTooLarge };
    case 'noText':
      return { ok: false, message: refusals.pdfNoText };
    case 'rows':
      return recognise(text.rows, 'pdf');
  }
}

function importDocx(bytes: Uint8Array): ImportOutcome {
  let rows: SourceRow[];
  try {
    const zip = new ZipReader(bytes);
    if (!zip.has(DOCUMENT_PART)) return { ok: false, message: refusals.notDocx };
    rows = docxRows(bytes);
  } catch (error) {
    if (error instanceof ZipError && error.reason === 'tooLarge') return { ok: false, message: refusals.zipTooLarge };
    if (error instanceof ZipError && error.reason === 'tooManyEntries') return { ok: false, message: refusals.zipTooManyEntries };
    return { ok: false, message: refusals.damagedDocx };
  }
  return recognise(rows, 'docx');
}

function importText(bytes: Uint8Array): ImportOutcome {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: refusals.notText };
  if (text.trim() === '') return { ok: false, message: refusals.empty };
  const kind = sniffText(text);
  if (kind === 'exchange') return exchange(text, 'exchange');
  if (kind === 'html') return recognise(htmlRows(text), kind);
  return recognise(textRows(text), kind, text.split(/\r\n|\r|\n/));
}

function exchange(text: string, type: SourceType): ImportOutcome {
  const read = readExchangeText(text);
  if (!read.ok) return { ok: false, message: read.message };
  return { ok: true, result: { report: read.report, notes: [], source: { type, template: 'gov-2021' } }, sourceLines: text.split(/\r\n|\r|\n/) };
}

function recognise(rows: readonly SourceRow[], type: SourceType, lines?: readonly string[]): ImportOutcome {
  const recognised = recogniseReport(rows, type);
  if (!recognised.ok) return { ok: false, message: recognised.message };
  return { ok: true, result: recognised.result, sourceLines: lines ?? rows.map((row) => row.join('\t')) };
}
