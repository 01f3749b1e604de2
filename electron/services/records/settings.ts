/** Small settings kept in the records (the name of the person at this workstation). */
import type Database from 'better-sqlite3';
import { statement } from './statements.js';

export const USER_NAME_KEY = 'userName';

export function readSetting(db: Database.Database, key: string): string | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database.Database, key: string, value: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
