/**
 * A confirmed restore keeps the history whole. Into the restored copy (`<db>.restoring`, before it is renamed into
 * place) it carries from the records being replaced:
 * - every signed revision the backup lacks — the sign-off record (names, fingerprint, signature, public key), the
 *   report as it was signed (signed_revisions: it still opens read-only in 历次签发 and prints the same PDF) and
 *   the unlocks between revisions — by walking the report through the same steps the database's guards allow
 *   (draft → sign-off → signed → unlock → next draft), never around them;
 * - every audit entry the backup lacks, and an entry for the restore itself.
 *
 * The report's CURRENT state after such a restore:
 * - the backup has the report: it goes back to the backup's content, as an editable draft of the NEXT revision,
 *   with an unlock record "从备份恢复" naming the backup — the signed revision stays in 历次签发, never silently
 *   overwritten, and the report shows it was unlocked by the restore;
 * - the backup lacks the report (made after it): the report is carried over as it is now (signed stays signed),
 *   since the backup holds no earlier state of it to go back to.
 *
 * The copy is changed in one transaction with a rollback journal (no -wal beside it) and synchronous=FULL, then
 * closed: killed before the commit, the journal undoes it — and the restore is rolled back anyway at the next
 * start because the current records file is still in place (backups.ts finishInterruptedRestore).
 */
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { runMigrations } from './database.js';
import type { CarriedReport, RestorePlan } from './signedLoss.js';

export interface CarryContext {
  /** The backup being restored (for the unlock reason and the audit entry). */
  readonly backupName: string;
  readonly actor: string;
  readonly at: string;
  /** The name the replaced records file is set aside as (null when there was none). */
  readonly setAside: string | null;
}

type Row = Record<string, unknown>;

/** The columns of `table` in `db` other than `skip`. */
function columnsOf(db: Database.Database, table: string, skip: readonly string[]): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name).filter((name) => !skip.includes(name));
}

function insertRow(db: Database.Database, table: string, row: Row, columns: readonly string[]): number {
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...columns.map((c) => row[c] ?? null)).lastInsertRowid);
}

/** What the carry did, for the restore's audit entry and the answer to the clerk. */
export interface CarrySummary {
  readonly revisions: number;
  readonly auditEntries: number;
  /** "巴楚县人民政府2023年度：第1版签发保留，现为第2版草稿（备份时的内容）" for each carried report. */
  readonly reports: readonly string[];
}

/**
 * Carries signed revisions and audit entries from `current` into the restored copy at `incoming` and records
 * the restore there (see above). `plan` comes from planRestore(current, backup) and must have no conflicts.
 */
export function carryIntoRestored(current: Database.Database, incoming: string, plan: RestorePlan, context: CarryContext): CarrySummary {
  const copy = new Database(incoming, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma('synchronous = FULL');
    copy.pragma('foreign_keys = ON');
    // An older backup is brought to this program's schema first, so the carried rows have their tables.
    const found = copy.pragma('user_version', { simple: true }) as number;
    if (found < LATEST_SCHEMA_VERSION) runMigrations(copy, found);
    return copy.transaction(() => {
      const reports: string[] = [];
      const reportIds = new Map<number, number>();
      const agencyIds = new Map<number, number>();
      const unlockEntries: unknown[][] = [];
      let revisions = 0;
      for (const carried of plan.carried) {
        const { restoredId, agencyId, text, unlockedByRestore } = carryReport(current, copy, carried, context);
        reportIds.set(carried.current.id, restoredId);
        agencyIds.set(carried.current.agencyId, agencyId);
        revisions += carried.revisions.length;
        reports.push(text);
        if (unlockedByRestore) unlockEntries.push(unlockedByRestore);
      }
      const auditEntries = carryAudit(current, copy, reportIds, agencyIds);
      const unlockAudit = copy.prepare(
        "INSERT INTO audit_log (at, actor, action, agency_id, report_id, report_label, old_value, new_value, detail) VALUES (?, ?, 'report.unlock', ?, ?, ?, ?, ?, ?)",
      );
      for (const entry of unlockEntries) unlockAudit.run(...entry);
      const detail = [
        context.setAside ? `原数据文件另存为 ${context.setAside}` : null,
        reports.length > 0 ? `保留了备份中没有的签发：${reports.join('；')}` : null,
        auditEntries > 0 ? `保留了备份中没有的${auditEntries}条修改记录` : null,
      ].filter((part) => part !== null);
      copy
        .prepare("INSERT INTO audit_log (at, actor, action, target, new_value, detail) VALUES (?, ?, 'backup.restore', 'database', ?, ?)")
        .run(context.at, context.actor, context.backupName, detail.length > 0 ? detail.join('；') : null);
      return { revisions, auditEntries, reports };
    })();
  } finally {
    copy.close();
  }
}

/** Carries one report's signed revisions; returns its id in the copy and a sentence of what it now is. */
interface CarriedOutcome {
  readonly restoredId: number;
  readonly agencyId: number;
  readonly text: string;
  /** The audit entry of the unlock the restore made (written after the carried entries, in time order). */
  readonly unlockedByRestore?: unknown[] | null;
}

function carryReport(current: Database.Database, copy: Database.Database, carried: CarriedReport, context: CarryContext): CarriedOutcome {
  const now = carried.current;
  const name = `${now.agency}${now.year}年度`;
  const signoff = (revision: number): Row => current.prepare('SELECT * FROM signoffs WHERE report_id = ? AND revision = ?').get(now.id, revision) as Row;
  const unlock = (revision: number): Row | undefined => current.prepare('SELECT * FROM report_unlocks WHERE report_id = ? AND from_revision = ?').get(now.id, revision) as Row | undefined;
  const kept = (revision: number): Row | undefined => current.prepare('SELECT * FROM signed_revisions WHERE report_id = ? AND revision = ?').get(now.id, revision) as Row | undefined;
  const signoffColumns = columnsOf(copy, 'signoffs', ['id']);
  const unlockColumns = columnsOf(copy, 'report_unlocks', ['id']);
  const keptColumns = columnsOf(copy, 'signed_revisions', []);
  const at = context.at;

  const addSignedRevision = (id: number, revision: number): void => {
    insertRow(copy, 'signoffs', { ...signoff(revision), report_id: id }, signoffColumns);
    const row = kept(revision);
    if (row) insertRow(copy, 'signed_revisions', { ...row, report_id: id }, keptColumns);
  };

  if (carried.backup === null) {
    // Made after the backup: carried as it is now (agency, report, cells, prose, dismissals, every sign-off).
    const agencyId = agencyInCopy(current, copy, now.agencyId);
    const reportRow = current.prepare('SELECT * FROM reports WHERE id = ?').get(now.id) as Row;
    const idFree = copy.prepare('SELECT 1 FROM reports WHERE id = ?').get(now.id) === undefined;
    const restoredId = insertRow(copy, 'reports', { ...reportRow, agency_id: agencyId, status: 'draft' }, columnsOf(copy, 'reports', idFree ? [] : ['id']));
    for (const table of ['report_cells', 'report_sections', 'dismissals']) {
      const columns = columnsOf(copy, table, table === 'dismissals' ? ['id'] : []);
      for (const row of current.prepare(`SELECT * FROM ${table} WHERE report_id = ?`).all(now.id) as Row[]) insertRow(copy, table, { ...row, report_id: restoredId }, columns);
    }
    for (const revision of carried.revisions) addSignedRevision(restoredId, revision);
    for (const row of current.prepare('SELECT * FROM report_unlocks WHERE report_id = ? ORDER BY from_revision').all(now.id) as Row[]) {
      insertRow(copy, 'report_unlocks', { ...row, report_id: restoredId }, unlockColumns);
    }
    if (now.status === 'signed') copy.prepare("UPDATE reports SET status = 'signed' WHERE id = ?").run(restoredId);
    const state = now.status === 'signed' ? `仍为已签发第${now.revision}版` : `仍为第${now.revision}版草稿`;
    return { restoredId, agencyId, text: `${name}：备份中没有这份报告，按现在的样子保留（${state}）` };
  }

  // The backup has the report: walk it from the backup's revision through every carried one.
  const id = carried.backup.id;
  const toDraft = (from: number, row: Row): void => {
    insertRow(copy, 'report_unlocks', { ...row, report_id: id, from_revision: from }, unlockColumns);
    copy.prepare("UPDATE reports SET status = 'draft', revision = revision + 1, updated_at = ? WHERE id = ?").run(at, id);
  };
  const carriedSet = new Set(carried.revisions);
  let revision = carried.backup.revision;
  let signed = carried.backup.status === 'signed';
  let unlockedByRestore: unknown[] | null = null;
  for (;;) {
    if (!signed && carriedSet.has(revision)) {
      addSignedRevision(id, revision);
      copy.prepare("UPDATE reports SET status = 'signed' WHERE id = ?").run(id);
      signed = true;
      continue;
    }
    if (!signed) break; // a draft at the current revision (unlocked here before the restore)
    const next = unlock(revision);
    if (next && revision < now.revision) {
      toDraft(revision, next);
      revision++;
      signed = false;
      continue;
    }
    // Signed at the newest revision: the restore itself unlocks it, to the backup's content as the next draft.
    toDraft(revision, {
      reason: `从备份“${context.backupName}”恢复：报告回到备份时的内容，第${revision}版的签发记录保留在历次签发中`,
      unlocked_by: context.actor,
      unlocked_at: at,
    });
    unlockedByRestore = [at, context.actor, carried.backup.agencyId, id, name, `第${revision}版（已签发）`, `第${revision + 1}版（草稿）`, `从备份“${context.backupName}”恢复`];
    revision++;
    signed = false;
    break;
  }
  return {
    restoredId: id,
    agencyId: carried.backup.agencyId,
    unlockedByRestore,
    text: `${name}：第${carried.revisions.join('、')}版的签发保留在历次签发中，报告现为第${revision}版草稿（备份时的内容）`,
  };
}

/** The agency of current report's `agencyId` in the copy (by name), added there when missing. */
function agencyInCopy(current: Database.Database, copy: Database.Database, agencyId: number): number {
  const agency = current.prepare('SELECT * FROM agencies WHERE id = ?').get(agencyId) as Row;
  const there = copy.prepare('SELECT id FROM agencies WHERE name = ?').get(agency['name']) as { id: number } | undefined;
  if (there) return there.id;
  const idFree = copy.prepare('SELECT 1 FROM agencies WHERE id = ?').get(agencyId) === undefined;
  return insertRow(copy, 'agencies', agency, columnsOf(copy, 'agencies', idFree ? [] : ['id']));
}

/**
 * Audit entries of the current records that the backup lacks (an entry is the same when its id, time, actor and
 * action are), appended in their order with their own times; report and agency ids follow the carried reports.
 */
function carryAudit(current: Database.Database, copy: Database.Database, reportIds: Map<number, number>, agencyIds: Map<number, number>): number {
  const key = (r: Row): string => `${String(r['id'])}\u0000${String(r['at'])}\u0000${String(r['actor'])}\u0000${String(r['action'])}`;
  const have = new Set((copy.prepare('SELECT id, at, actor, action FROM audit_log').all() as Row[]).map(key));
  const columns = columnsOf(copy, 'audit_log', ['id']);
  let count = 0;
  for (const row of current.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<Row>) {
    if (have.has(key(row))) continue;
    const reportId = row['report_id'] as number | null;
    const agencyId = row['agency_id'] as number | null;
    insertRow(
      copy,
      'audit_log',
      { ...row, report_id: reportId === null ? null : (reportIds.get(reportId) ?? reportId), agency_id: agencyId === null ? null : (agencyIds.get(agencyId) ?? agencyId) },
      columns,
    );
    count++;
  }
  return count;
}
