/**
 * The county's collection in the records: the roster (names expected to report, not-required years) and the
 * files received from units (receipts). SQL only; what a receipt means is decided in the handlers.
 */
import type Database from 'better-sqlite3';
import type { AgencyLevel } from '../../../shared/catalogue/sections.js';
import { agencyKey } from '../../../shared/rollup/names.js';
import { refuse } from '../errors.js';
import { statement } from './statements.js';

export interface RosterRow {
  readonly id: number;
  readonly name: string;
  readonly level: AgencyLevel | null;
  /** Years in which this unit is not required to report. */
  readonly notRequired: readonly number[];
}

const collator = new Intl.Collator('zh-CN');

export function listRoster(db: Database.Database): RosterRow[] {
  const rows = statement(db, 'SELECT id, name, level FROM rollup_roster').all() as { id: number; name: string; level: AgencyLevel | null }[];
  const exempt = statement(db, 'SELECT roster_id, year FROM rollup_not_required').all() as { roster_id: number; year: number }[];
  return rows
    .map((r) => ({ ...r, notRequired: exempt.filter((e) => e.roster_id === r.id).map((e) => e.year).sort() }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function findRosterByKey(db: Database.Database, key: string): { id: number; name: string } | undefined {
  return statement(db, 'SELECT id, name FROM rollup_roster WHERE name_key = ?').get(key) as { id: number; name: string } | undefined;
}

/** Adds a unit to the roster; false when it is already there (under this or another spelling). */
export function addRosterUnit(db: Database.Database, name: string, level: AgencyLevel | null, at: string): boolean {
  const key = agencyKey(name);
  if (findRosterByKey(db, key)) return false;
  statement(db, 'INSERT INTO rollup_roster (name, name_key, level, created_at) VALUES (?, ?, ?, ?)').run(name.trim(), key, level, at);
  return true;
}

export function updateRosterUnit(db: Database.Database, id: number, name: string, level: AgencyLevel | null): void {
  const key = agencyKey(name);
  const other = findRosterByKey(db, key);
  if (other && other.id !== id) refuse('CONFLICT', `名单中已有“${other.name}”。`);
  const { changes } = statement(db, 'UPDATE rollup_roster SET name = ?, name_key = ?, level = ? WHERE id = ?').run(name.trim(), key, level, id);
  if (changes === 0) refuse('NOT_FOUND', '名单中没有这个单位，可能已被删除。');
}

export function removeRosterUnit(db: Database.Database, id: number): void {
  const { changes } = statement(db, 'DELETE FROM rollup_roster WHERE id = ?').run(id);
  if (changes === 0) refuse('NOT_FOUND', '名单中没有这个单位，可能已被删除。');
}

export function setRequired(db: Database.Database, id: number, year: number, required: boolean): void {
  if (!statement(db, 'SELECT 1 FROM rollup_roster WHERE id = ?').get(id)) refuse('NOT_FOUND', '名单中没有这个单位，可能已被删除。');
  if (required) statement(db, 'DELETE FROM rollup_not_required WHERE roster_id = ? AND year = ?').run(id, year);
  else statement(db, 'INSERT OR IGNORE INTO rollup_not_required (roster_id, year) VALUES (?, ?)').run(id, year);
}

export interface ReceiptRow {
  readonly id: number;
  readonly year: number;
  readonly agency: string;
  readonly agency_key: string;
  readonly kind: 'report' | 'rollup';
  readonly file_name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly received_at: string;
  readonly received_by: string;
  readonly content: string;
  readonly published: 0 | 1;
  readonly replaced_by: number | null;
}

const RECEIPT_COLUMNS = 'id, year, agency, agency_key, kind, file_name, sha256, bytes, received_at, received_by, content, published, replaced_by';

/** The receipts that count now (one per agency and year), for one year. */
export function currentReceipts(db: Database.Database, year: number): ReceiptRow[] {
  return statement(db, `SELECT ${RECEIPT_COLUMNS} FROM rollup_receipts WHERE year = ? AND replaced_by IS NULL ORDER BY id`).all(year) as ReceiptRow[];
}

export function getReceipt(db: Database.Database, id: number): ReceiptRow {
  return (statement(db, `SELECT ${RECEIPT_COLUMNS} FROM rollup_receipts WHERE id = ?`).get(id) as ReceiptRow | undefined) ?? refuse('NOT_FOUND', '没有这份收到的报告。');
}

/** Every file received from one agency for one year, oldest first. */
export function receiptHistory(db: Database.Database, year: number, key: string): ReceiptRow[] {
  return statement(db, `SELECT ${RECEIPT_COLUMNS} FROM rollup_receipts WHERE year = ? AND agency_key = ? ORDER BY id`).all(year, key) as ReceiptRow[];
}

export function receiptYears(db: Database.Database): number[] {
  return (statement(db, 'SELECT DISTINCT year FROM rollup_receipts ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year);
}

export interface NewReceipt {
  readonly year: number;
  readonly agency: string;
  readonly kind: 'report' | 'rollup';
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly receivedAt: string;
  readonly receivedBy: string;
  readonly content: string;
}

/** The receipt that counts now for an agency and year, if any. */
export function currentReceipt(db: Database.Database, year: number, key: string): ReceiptRow | null {
  return (statement(db, `SELECT ${RECEIPT_COLUMNS} FROM rollup_receipts WHERE year = ? AND agency_key = ? AND replaced_by IS NULL`).get(year, key) as ReceiptRow | undefined) ?? null;
}

/** Stores a receipt kept only in the history: the current one (`currentId`) stays (a draft after a signed report). */
export function insertSupersededReceipt(db: Database.Database, receipt: NewReceipt, currentId: number): number {
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO rollup_receipts (year, agency, agency_key, kind, file_name, sha256, bytes, received_at, received_by, content, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(receipt.year, receipt.agency, agencyKey(receipt.agency), receipt.kind, receipt.fileName, receipt.sha256, receipt.bytes, receipt.receivedAt, receipt.receivedBy, receipt.content, currentId);
  return Number(lastInsertRowid);
}

/** Stores a receipt; the agency's current one for the year (if any) is marked replaced by it. */
export function insertReceipt(db: Database.Database, receipt: NewReceipt): { id: number; replaced: ReceiptRow | null } {
  const key = agencyKey(receipt.agency);
  const before = currentReceipt(db, receipt.year, key);
  // The old row leaves the "current" index first, then the new one enters it, then the old one points at it.
  if (before) statement(db, 'UPDATE rollup_receipts SET replaced_by = id WHERE id = ?').run(before.id);
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO rollup_receipts (year, agency, agency_key, kind, file_name, sha256, bytes, received_at, received_by, content, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(receipt.year, receipt.agency, key, receipt.kind, receipt.fileName, receipt.sha256, receipt.bytes, receipt.receivedAt, receipt.receivedBy, receipt.content, 0);
  const id = Number(lastInsertRowid);
  if (before) statement(db, 'UPDATE rollup_receipts SET replaced_by = ? WHERE id = ?').run(id, before.id);
  return { id, replaced: before };
}

export function setPublished(db: Database.Database, id: number, published: boolean): void {
  const { changes } = statement(db, 'UPDATE rollup_receipts SET published = ? WHERE id = ? AND replaced_by IS NULL').run(published ? 1 : 0, id);
  if (changes === 0) refuse('NOT_FOUND', '没有这份收到的报告，或它已被更正后的文件替换。');
}

/** The reports received from one agency before the receipt `beforeId` (any year), newest first: where its key was seen. */
export function earlierReportReceipts(db: Database.Database, key: string, beforeId: number, limit: number): ReceiptRow[] {
  return statement(db, `SELECT ${RECEIPT_COLUMNS} FROM rollup_receipts WHERE agency_key = ? AND id < ? AND kind = 'report' ORDER BY id DESC LIMIT ?`).all(key, beforeId, limit) as ReceiptRow[];
}
