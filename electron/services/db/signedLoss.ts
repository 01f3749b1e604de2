/**
 * What restoring a backup would undo of the signed reports: a report signed now that is missing from the
 * backup, a draft there, or signed there at an earlier revision. A restore that would do so is asked about
 * first (backups.restore answers CONFLICT naming them until `acceptSignedLoss` is given).
 */
import Database from 'better-sqlite3';

interface SignedRow {
  readonly id: number;
  readonly agency: string;
  readonly year: number;
  readonly revision: number;
  readonly status: string;
}

const QUERY = 'SELECT r.id AS id, a.name AS agency, r.year AS year, r.revision AS revision, r.status AS status FROM reports r JOIN agencies a ON a.id = r.agency_id';

/** "巴楚县人民政府2023年度（已签发第1版）" for each signed report of `current` the backup at `backupPath` lacks. */
export function signedReportsLostBy(current: Database.Database, backupPath: string): string[] {
  const now = (current.prepare(QUERY).all() as SignedRow[]).filter((r) => r.status === 'signed');
  if (now.length === 0) return [];
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    const then = new Map((backup.prepare(QUERY).all() as SignedRow[]).map((r) => [r.id, r]));
    return now
      .filter((r) => {
        const old = then.get(r.id);
        return !old || old.status !== 'signed' || old.revision < r.revision;
      })
      .map((r) => `${r.agency}${r.year}年度（已签发第${r.revision}版）`);
  } finally {
    backup.close();
  }
}
