/**
 * Channels imports.readFile / imports.save: the import review screen's two calls.
 *
 * `readFile` reads a report the office has already published (a web page, Word file, PDF, text, or our own
 * exchange file or PDF) from the bytes the person picked, and saves nothing: it returns the report as read, every
 * note of the importer, the findings of the ordinary rules, the source text beside it, the file's SHA-256, and
 * which agency and report of the records it would become.
 *
 * `save` stores the reviewed report as that agency's report for that year, read-only as published: a sign-off
 * record of kind `published` (migration 005) with the source file's name and hash and no names, since nobody
 * signed it here. `signoff.unlock` corrects it like any signed report. A signed report is never replaced; a draft
 * only when asked. The change and its audit lines are one transaction.
 */
import { createHash } from 'node:crypto';
import { IMPORT_SOURCE_TYPE_LABELS, MAX_IMPORT_FILE_BYTES, MAX_SOURCE_CHARS, MAX_SOURCE_LINES, type Agency, type ImportReview } from '../../../../shared/api.js';
import { normaliseAgencyName } from '../../../../shared/agencyName.js';
import { CELL_IDS } from '../../../../shared/catalogue/cells.js';
import { importMessages } from '../../../../shared/import/notes.js';
import { reportFingerprint } from '../../../../shared/report/fingerprint.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type CellValue, type Report } from '../../../../shared/report/schema.js';
import { matchDismissals } from '../../../../shared/rules/dismissals.js';
import { checkReport } from '../../../../shared/rules/engine.js';
import type { Handlers } from '../../api/dispatcher.js';
import { writeBackup } from '../../db/backups.js';
import { refuse } from '../../errors.js';
import { namedRefusal } from '../../import/importFile.js';
import { outsideFiles } from '../../outsideFiles/outsideWorkerPool.js';
import { importRefusals } from '../../import/refusals.js';
import { findAgencyByName, getAgency, insertAgency, listAgencies } from '../../records/agencies.js';
import { matchAgency } from '../../../../shared/import/agencyMatch.js';
import { recordAudit } from '../../records/audit.js';
import { findReportRowFor, getReportRow, insertReport, loadReport } from '../../records/reports.js';
import { everSigned, insertPublishedSignoff, markSigned } from '../../records/signoffs.js';
import { checkStored, detailOf, originOf } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { signatureInfo } from './keys.js';
import { clearYearForImport } from './replaceDraft.js';
import { writeTransaction } from './transaction.js';

/** Longest line of source text returned (a line longer than this is a minified page, not something to read). */
const MAX_SOURCE_LINE_CHARS = 2000;

/** The name as people know it: the last part of a path, or a plain word when the renderer sent none. */
export const displayName = (fileName: string): string => fileName.split(/[\\/]/).pop()?.trim() || '所选文件';

/** The source lines within the contract's caps, and whether anything was left out. */
export function capSourceLines(lines: readonly string[]): { lines: string[]; truncated: boolean } {
  const kept: string[] = [];
  let chars = 0;
  let truncated = false;
  for (const line of lines) {
    if (kept.length >= MAX_SOURCE_LINES) return { lines: kept, truncated: true };
    let shown = line;
    if (shown.length > MAX_SOURCE_LINE_CHARS) {
      shown = `${shown.slice(0, MAX_SOURCE_LINE_CHARS)}…`;
      truncated = true;
    }
    if (chars + shown.length > MAX_SOURCE_CHARS) return { lines: kept, truncated: true };
    kept.push(shown);
    chars += shown.length;
  }
  return { lines: kept, truncated };
}

const endSentence = (text: string): string => (/[。！？]$/.test(text) ? text : `${text}。`);

async function readFile(ws: Workspace, fileName: string, base64: string): Promise<ImportReview> {
  const name = displayName(fileName);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) refuse('BAD_FILE', endSentence(namedRefusal(name, `${importRefusals.tooLargeBytes}（最大 8 MB）`)));
  const outcome = await outsideFiles().read({ kind: 'import', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
  if (!outcome.ok) return refuse('BAD_FILE', endSentence(namedRefusal(name, outcome.message)));
  const { report, notes, source } = outcome.result;

  const db = ws.db;
  // The name as the records keep names (NFKC, no invisible characters): a look-alike finds the same agency; the
  // same name written with other spaces or brackets too; a likely one is asked in the review.
  const agencyName = normaliseAgencyName(report.agency);
  const same = matchAgency(agencyName, listAgencies(db));
  const agency = agencyName === '' ? null : (findAgencyByName(db, agencyName) ?? (same.kind === 'same' ? getAgency(db, same.id) : null));
  const lastRow = agency ? findReportRowFor(db, agency.id, report.year - 1) : null;
  const last = lastRow ? { reportId: lastRow.id, report: loadReport(db, lastRow) } : null;
  const existing = agency ? findReportRowFor(db, agency.id, report.year) : null;
  const yearMissing = importMessages.metadataMissing('报告年度');
  return {
    fileName: name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    source: { type: source.type, template: source.template },
    report,
    yearFound: !notes.some((n) => n.kind === 'missing' && n.message === yearMissing),
    notes: notes.map((n) => ({ kind: n.kind, cells: [...n.cells], message: n.message })),
    findings: matchDismissals(checkReport(report, { last: last?.report ?? null }), []),
    lastYear: last,
    sourceText: capSourceLines(outcome.sourceLines),
    ...(report.signoff ? { signature: signatureInfo(ws, report) } : {}),
    match: {
      agencyId: agency?.id ?? null,
      existing: existing
        ? { reportId: existing.id, status: existing.status, origin: originOf(existing), replaceable: existing.status === 'draft' && !everSigned(db, existing.id) }
        : null,
    },
  };
}

export function importHandlers(ws: Workspace): Pick<Handlers, 'imports.readFile' | 'imports.save'> {
  return {
    'imports.readFile': ({ fileName, base64 }) => readFile(ws, fileName, base64),

    'imports.save': (input) => {
      const db = ws.db;
      const fileName = displayName(input.source.fileName);
      const { sha256 } = input.source;
      const reportId = writeTransaction(db, () => {
        const at = ws.at();
        const actor = ws.actor();
        let agency: Agency;
        if (input.agencyId !== undefined) agency = getAgency(db, input.agencyId);
        else {
          const wanted = input.newAgency!;
          agency = insertAgency(db, { name: wanted.name, level: wanted.level, issuer: wanted.issuer ?? input.issuer }, at);
          recordAudit(db, { at, actor, action: 'agency.create', agencyId: agency.id, target: 'agency', newValue: agency.name, detail: `导入已公开的报告《${fileName}》时新建` });
        }
        const label = `${agency.name}${input.year}年度`;
        clearYearForImport(db, agency, input.year, input.replaceDraft ?? false, { at, actor, fileName });
        const cells: Record<string, CellValue> = {};
        for (const id of CELL_IDS) cells[id] = input.cells[id] ?? null;
        const report: Report = {
          format: EXCHANGE_FORMAT,
          formatVersion: EXCHANGE_FORMAT_VERSION,
          template: TEMPLATE_2021,
          agency: agency.name,
          level: agency.level,
          year: input.year,
          title: input.title,
          preamble: input.preamble,
          sections: { ...input.sections },
          cells,
          issuer: input.issuer,
          date: input.date,
          signoff: null,
        };
        const id = insertReport(db, agency.id, report, at);
        // The fingerprint of the report as stored, so it matches what every later read of the records gives.
        const fingerprint = reportFingerprint(loadReport(db, getReportRow(db, id)));
        insertPublishedSignoff(db, id, 1, { fileName, sha256 }, fingerprint, input.date, actor, at);
        markSigned(db, id, at);
        recordAudit(db, {
          at,
          actor,
          action: 'report.import',
          agencyId: agency.id,
          reportId: id,
          reportLabel: label,
          newValue: sha256,
          detail: `导入已公开的报告《${fileName}》（${IMPORT_SOURCE_TYPE_LABELS[input.source.type]}，SHA-256 ${sha256}），按已公开的报告保存为只读`,
        });
        return id;
      });
      try {
        writeBackup(db, ws.backupsDir, 'signoff', ws.now());
      } catch {
        // The import is saved; a failed backup (full disk) is retried by the next rotation.
      }
      return detailOf(checkStored(db, getReportRow(db, reportId)));
    },
  };
}
