/**
 * What restoring a backup would undo of the sign-offs: a signed revision of the current records that the backup
 * lacks (the report is missing there, a draft there, or signed there at an earlier revision). Reports are matched
 * by what they are — the agency's name and the year — never by row id, so a backup from another machine is
 * judged right. A restore that would undo a sign-off is asked about first (backups.restore answers CONFLICT
 * naming the reports until `acceptSignedLoss`); a confirmed restore then carries those revisions over
 * (restoreCarry.ts). A backup whose sign-offs contradict the current ones (the same revision signed with another
 * fingerprint, or a later revision than here) cannot be merged: the restore is refused before anything is written.
 */
import Database from 'better-sqlite3';

export interface ReportRow {
  readonly id: number;
  readonly agencyId: number;
  readonly agency: string;
  readonly year: number;
  readonly revision: number;
  readonly status: 'draft' | 'signed';
}

const REPORTS = `SELECT r.id AS id, r.agency_id AS agencyId, a.name AS agency, r.year AS year, r.revision AS revision, r.status AS status
  FROM reports r JOIN agencies a ON a.id = r.agency_id`;

/** Each report's sign-offs: revision → fingerprint. */
function signoffsOf(db: Database.Database): Map<number, Map<number, string>> {
  const byReport = new Map<number, Map<number, string>>();
  for (const row of db.prepare('SELECT report_id, revision, fingerprint FROM signoffs').all() as { report_id: number; revision: number; fingerprint: string }[]) {
    let revisions = byReport.get(row.report_id);
    if (!revisions) byReport.set(row.report_id, (revisions = new Map()));
    revisions.set(row.revision, row.fingerprint);
  }
  return byReport;
}

export const reportKey = (agency: string, year: number): string => `${agency}\u0000${year}`;

/** One report of the current records whose signed revisions the backup lacks. */
export interface CarriedReport {
  readonly current: ReportRow;
  /** The same report (agency and year) in the backup, or null when the backup does not have it. */
  readonly backup: ReportRow | null;
  /** The signed revisions the backup lacks, oldest first. */
  readonly revisions: readonly number[];
}

export interface RestorePlan {
  readonly carried: readonly CarriedReport[];
  /** Why the backup cannot be merged with the current sign-offs (empty when it can). */
  readonly conflicts: readonly string[];
}

const label = (r: ReportRow): string => `${r.agency}${r.year}年度`;

/** Compares the current records with the backup file at `backupPath` (opened read-only); writes nothing. */
export function planRestore(current: Database.Database, backupPath: string): RestorePlan {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    const hasSignoffs = (db: Database.Database): boolean => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'signoffs'").get() !== undefined;
    const nowSignoffs = signoffsOf(current);
    if (nowSignoffs.size === 0) return { carried: [], conflicts: [] };
    const thenSignoffs = hasSignoffs(backup) ? signoffsOf(backup) : new Map<number, Map<number, string>>();
    const thenReports = new Map((backup.prepare(REPORTS).all() as ReportRow[]).map((r) => [reportKey(r.agency, r.year), r]));
    const carried: CarriedReport[] = [];
    const conflicts: string[] = [];
    for (const now of current.prepare(`${REPORTS} ORDER BY a.name, r.year`).all() as ReportRow[]) {
      const signed = nowSignoffs.get(now.id);
      if (!signed) continue;
      const then = thenReports.get(reportKey(now.agency, now.year)) ?? null;
      const thenSigned = then ? (thenSignoffs.get(then.id) ?? new Map<number, string>()) : new Map<number, string>();
      const contradicts =
        then !== null && (then.revision > now.revision || [...thenSigned].some(([revision, fingerprint]) => signed.get(revision) !== fingerprint));
      if (contradicts) {
        conflicts.push(`${label(now)}（备份中的签发记录与现在的不同，无法合并）`);
        continue;
      }
      const revisions = [...signed.keys()].filter((revision) => !thenSigned.has(revision)).sort((a, b) => a - b);
      if (revisions.length > 0) carried.push({ current: now, backup: then, revisions });
    }
    return { carried, conflicts };
  } finally {
    backup.close();
  }
}

/** "巴楚县人民政府2023年度（已签发第1版）" for each report whose signed revisions the backup lacks. */
export function lostLabels(plan: RestorePlan): string[] {
  return plan.carried.map((c) => `${label(c.current)}（已签发第${c.revisions.join('、')}版${c.backup === null ? '，备份中没有这份报告' : ''}）`);
}
