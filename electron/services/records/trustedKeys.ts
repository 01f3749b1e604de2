/** The public keys this office trusts, each with whose key it is (trusted_keys, schema version 9). */
import type Database from 'better-sqlite3';
import { statement } from './statements.js';

export type TrustedKeySource = 'file' | 'imported';

export interface TrustedKeyRow {
  readonly public_key: string;
  readonly name: string;
  readonly source: TrustedKeySource;
  readonly added_by: string;
  readonly added_at: string;
}

export function listTrustedKeys(db: Database.Database): TrustedKeyRow[] {
  return statement(db, 'SELECT public_key, name, source, added_by, added_at FROM trusted_keys ORDER BY added_at, public_key').all() as TrustedKeyRow[];
}

export function findTrustedKey(db: Database.Database, publicKey: string): TrustedKeyRow | null {
  return (statement(db, 'SELECT public_key, name, source, added_by, added_at FROM trusted_keys WHERE public_key = ?').get(publicKey) as TrustedKeyRow | undefined) ?? null;
}

export function insertTrustedKey(db: Database.Database, row: TrustedKeyRow): void {
  statement(db, 'INSERT INTO trusted_keys (public_key, name, source, added_by, added_at) VALUES (?, ?, ?, ?, ?)').run(row.public_key, row.name, row.source, row.added_by, row.added_at);
}

export function deleteTrustedKey(db: Database.Database, publicKey: string): boolean {
  return statement(db, 'DELETE FROM trusted_keys WHERE public_key = ?').run(publicKey).changes > 0;
}

/** The keys a signature may be verified against: every trusted key, and this office's own. */
export function trustedKeySet(db: Database.Database, ownPublicKey: string | null): Set<string> {
  const keys = new Set(listTrustedKeys(db).map((k) => k.public_key));
  if (ownPublicKey) keys.add(ownPublicKey);
  return keys;
}
