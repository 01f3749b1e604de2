/**
 * Reports as rows: one `reports` row per agency and year, its 200 cells in `report_cells` (the JSON of the value
 * as typed) and its three prose sections in `report_sections`. Loading gives the in-memory Report of shared/.
 */
import type Database from 'better-sqlite3';
import type { ReportStatus } from '../../../shared/api.js';
import { CELL_IDS } from '../../../shared/catalogue/cells.js';
import { PROSE_SECTION_KEYS, type AgencyLevel, type ProseSectionKey } from '../../../shared/catalogue/sections.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type CellValue, type Report, type Signoff } from '../../../shared/report/schema.js';
import type { SignoffKind } from '../db/migrations/005-published-imports.js';
import { refuse } from '../errors.js';
import { statement } from './statements.js';

export interface ReportRow {
  id: number;
  agency_id: number;
  year: number;
  agency_name: string;
  level: AgencyLevel;
  status: ReportStatus;
  revision: number;
  title: string;
  preamble: string;
  issuer: string;
  report_date: string | null;
  created_at: string;
  updated_at: string;
  /** The kind of the sign-off record of the current revision (version 5), or null when it has none. */
  lock_kind: SignoffKind | null;
  lock_fingerprint: string | null;
  /** The published file this report was imported from (its first `published` record), kept after an unlock. */
  imported_file: string | null;
  imported_sha256: string | null;
}

const CURRENT_SIGNOFF = 'FROM signoffs s WHERE s.report_id = reports.id AND s.revision = reports.revision';
const FIRST_PUBLISHED = "FROM signoffs p WHERE p.report_id = reports.id AND p.kind = 'published' ORDER BY p.revision LIMIT 1";
const REPORT_COLUMNS = `id, agency_id, year, agency_name, level, status, revision, title, preamble, issuer, report_date, created_at, updated_at,
  (SELECT s.kind ${CURRENT_SIGNOFF}) AS lock_kind, (SELECT s.fingerprint ${CURRENT_SIGNOFF}) AS lock_fingerprint,
  (SELECT p.source_file ${FIRST_PUBLISHED}) AS imported_file, (SELECT p.source_sha256 ${FIRST_PUBLISHED}) AS imported_sha256`;

export const reportLabel = (row: Pick<ReportRow, 'agency_name' | 'year'>): string => `${row.agency_name}${row.year}年度`;

export function findReportRow(db: Database.Database, id: number): ReportRow | null {
  return (statement(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`).get(id) as ReportRow | undefined) ?? null;
}

export function getReportRow(db: Database.Database, id: number): ReportRow {
  return findReportRow(db, id) ?? refuse('NOT_FOUND', '没有这份报告，可能已被删除。');
}

export function findReportRowFor(db: Database.Database, agencyId: number, year: number): ReportRow | null {
  return (statement(db, `SELECT ${REPORT_COLUMNS} FROM reports WHERE agency_id = ? AND year = ?`).get(agencyId, year) as ReportRow | undefined) ?? null;
}

export function listReportRows(db: Database.Database): ReportRow[] {
  return statement(db, `SELECT ${REPORT_COLUMNS} FROM reports ORDER BY year DESC, id`).all() as ReportRow[];
}

/** A stored cell as it was typed; a row that is missing or unreadable reads as null (S-1 / V-1 report it). */
export function decodeCell(text: string | undefined): CellValue {
  if (text === undefined) return null;
  if (/^(0|[1-9]\d{0,14})$/.test(text)) return Number(text); // the common case, without JSON.parse
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'number' || typeof value === 'string' || value === null ? value : null;
  } catch {
    return null;
  }
}

export const encodeCell = (value: CellValue): string => JSON.stringify(value);

export function loadCells(db: Database.Database, reportId: number): Record<string, CellValue> {
  const rows = statement(db, 'SELECT cell_id, value FROM report_cells WHERE report_id = ? /* raw */').raw(true).all(reportId) as [string, string][];
  const stored = new Map(rows);
  const cells: Record<string, CellValue> = {};
  for (const id of CELL_IDS) cells[id] = decodeCell(stored.get(id));
  return cells;
}

export function loadSections(db: Database.Database, reportId: number): Report['sections'] {
  const rows = statement(db, 'SELECT section_key, text FROM report_sections WHERE report_id = ?').all(reportId) as { section_key: ProseSectionKey; text: string }[];
  const sections = { overview: '', problems: '', other: '' };
  for (const row of rows) sections[row.section_key] = row.text;
  return sections;
}

interface SignoffRow {
  drafter: string;
  reviewer: string;
  approver: string;
  signed_at: string;
  fingerprint: string;
  signature: string | null;
  public_key: string | null;
}

/**
 * The sign-off of a signed report, as the exchange file carries it. A report locked because it was imported as
 * published has none: nobody signed it in this program (its summary says `origin: 'published-import'`).
 */
export function loadSignoff(db: Database.Database, row: ReportRow): Signoff | null {
  if (row.status !== 'signed') return null;
  const signoff = statement(db, "SELECT drafter, reviewer, approver, signed_at, fingerprint, signature, public_key FROM signoffs WHERE report_id = ? AND revision = ? AND kind = 'signed'").get(
    row.id,
    row.revision,
  ) as SignoffRow | undefined;
  if (!signoff) return null;
  const loaded: Signoff = { drafter: signoff.drafter, reviewer: signoff.reviewer, approver: signoff.approver, signedAt: signoff.signed_at, fingerprint: signoff.fingerprint };
  // A sign-off from before signatures (schema version 9) has neither; the exchange file then leaves them out.
  if (signoff.signature !== null) loaded.signature = signoff.signature;
  if (signoff.public_key !== null) loaded.publicKey = signoff.public_key;
  return loaded;
}

export function loadReport(db: Database.Database, row: ReportRow): Report {
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    template: TEMPLATE_2021,
    agency: row.agency_name,
    level: row.level,
    year: row.year,
    title: row.title,
    preamble: row.preamble,
    sections: loadSections(db, row.id),
    cells: loadCells(db, row.id),
    issuer: row.issuer,
    date: row.report_date,
    signoff: loadSignoff(db, row),
  };
}

/** Stores a new report (status draft) with all 200 cells and the three sections; returns its id. */
export function insertReport(db: Database.Database, agencyId: number, report: Report, at: string): number {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO reports (agency_id, year, agency_name, level, status, revision, title, preamble, issuer, report_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?)`,
  ).run(agencyId, report.year, report.agency, report.level, report.title, report.preamble, report.issuer, report.date, at, at);
  const reportId = Number(lastInsertRowid);
  const insertCell = statement(db, 'INSERT INTO report_cells (report_id, cell_id, value) VALUES (?, ?, ?)');
  for (const id of CELL_IDS) insertCell.run(reportId, id, encodeCell(report.cells[id] ?? null));
  const insertSection = statement(db, 'INSERT INTO report_sections (report_id, section_key, text) VALUES (?, ?, ?)');
  for (const key of PROSE_SECTION_KEYS) insertSection.run(reportId, key, report.sections[key]);
  return reportId;
}

export function storedCell(db: Database.Database, reportId: number, cellId: string): string | undefined {
  const row = statement(db, 'SELECT value FROM report_cells WHERE report_id = ? AND cell_id = ?').get(reportId, cellId) as { value: string } | undefined;
  return row?.value;
}

export function writeCell(db: Database.Database, reportId: number, cellId: string, encoded: string): void {
  statement(db, 'INSERT INTO report_cells (report_id, cell_id, value) VALUES (?, ?, ?) ON CONFLICT (report_id, cell_id) DO UPDATE SET value = excluded.value').run(
    reportId,
    cellId,
    encoded,
  );
}

export function writeSection(db: Database.Database, reportId: number, key: ProseSectionKey, text: string): void {
  statement(db, 'INSERT INTO report_sections (report_id, section_key, text) VALUES (?, ?, ?) ON CONFLICT (report_id, section_key) DO UPDATE SET text = excluded.text').run(
    reportId,
    key,
    text,
  );
}

const REPORT_FIELD_COLUMNS = { title: 'title', preamble: 'preamble', issuer: 'issuer', date: 'report_date' } as const;
export type ReportRowField = keyof typeof REPORT_FIELD_COLUMNS;

export function writeReportField(db: Database.Database, reportId: number, field: ReportRowField, value: string | null): void {
  statement(db, `UPDATE reports SET ${REPORT_FIELD_COLUMNS[field]} = ? WHERE id = ?`).run(value, reportId);
}

export function storedSection(db: Database.Database, reportId: number, key: ProseSectionKey): string {
  const row = statement(db, 'SELECT text FROM report_sections WHERE report_id = ? AND section_key = ?').get(reportId, key) as { text: string } | undefined;
  return row?.text ?? '';
}

/** A draft follows its agency's new name and level (its title too, when it was the standard one). */
export function renameDraft(db: Database.Database, reportId: number, agencyName: string, level: AgencyLevel, title: string, at: string): void {
  statement(db, 'UPDATE reports SET agency_name = ?, level = ?, title = ?, updated_at = ? WHERE id = ?').run(agencyName, level, title, at, reportId);
}

export function touchReport(db: Database.Database, reportId: number, at: string): void {
  statement(db, 'UPDATE reports SET updated_at = ? WHERE id = ?').run(at, reportId);
}

export function deleteReportRow(db: Database.Database, reportId: number): void {
  statement(db, 'DELETE FROM reports WHERE id = ?').run(reportId);
}

/** Last year's report of the same agency, if the records hold it. */
export function findLastYearRow(db: Database.Database, row: ReportRow): ReportRow | null {
  return findReportRowFor(db, row.agency_id, row.year - 1);
}
