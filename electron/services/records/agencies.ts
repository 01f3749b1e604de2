/** The agencies (机关) an office keeps reports for: name, level and the usual issuer (署名). */
import type Database from 'better-sqlite3';
import type { Agency } from '../../../shared/api.js';
import type { AgencyLevel } from '../../../shared/catalogue/sections.js';
import { refuse } from '../errors.js';
import { statement } from './statements.js';

interface AgencyRow {
  id: number;
  name: string;
  level: AgencyLevel;
  issuer: string;
  created_at: string;
}

const toAgency = (row: AgencyRow): Agency => ({ id: row.id, name: row.name, level: row.level, issuer: row.issuer, createdAt: row.created_at });

const collator = new Intl.Collator('zh-CN');

/** Sorted as a Chinese reader expects (pinyin order): SQLite here has no ICU collation. */
export function listAgencies(db: Database.Database): Agency[] {
  const rows = statement(db, 'SELECT id, name, level, issuer, created_at FROM agencies').all() as AgencyRow[];
  return rows.map(toAgency).sort((a, b) => collator.compare(a.name, b.name));
}

export function findAgency(db: Database.Database, id: number): Agency | null {
  const row = statement(db, 'SELECT id, name, level, issuer, created_at FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

export function getAgency(db: Database.Database, id: number): Agency {
  return findAgency(db, id) ?? refuse('NOT_FOUND', '没有这个机关，可能已被删除。');
}

export function findAgencyByName(db: Database.Database, name: string): Agency | null {
  const row = statement(db, 'SELECT id, name, level, issuer, created_at FROM agencies WHERE name = ?').get(name) as AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

export function insertAgency(db: Database.Database, input: { name: string; level: AgencyLevel; issuer: string }, at: string): Agency {
  if (findAgencyByName(db, input.name)) refuse('CONFLICT', `机关“${input.name}”已存在。`);
  const { lastInsertRowid } = statement(db, 'INSERT INTO agencies (name, level, issuer, created_at) VALUES (?, ?, ?, ?)').run(
    input.name,
    input.level,
    input.issuer,
    at,
  );
  return getAgency(db, Number(lastInsertRowid));
}

export function updateAgencyRow(db: Database.Database, agency: Agency): void {
  statement(db, 'UPDATE agencies SET name = ?, level = ?, issuer = ? WHERE id = ?').run(agency.name, agency.level, agency.issuer, agency.id);
}
