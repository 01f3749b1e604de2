/**
 * reliability: an office that installed an early version keeps its data through every later schema step. Each
 * migration is tested from the version before it, on a database holding data, and the whole chain from version 1.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecordsDatabase } from '../../electron/services/db/database.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index.js';
import { listBackups } from '../../electron/services/db/backups.js';
import { DATABASE_FILE } from '../../electron/services/app/workspace.js';
import { CELL_IDS } from '../../shared/catalogue/cells.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { seedReport } from '../support/reports.js';
import { makeDataDir, openTestServices, type TestServices } from '../support/services.js';

let s: TestServices | undefined;
afterEach(() => s?.remove());

/** A database at `version`, written the way that version wrote it, holding one agency and the seed report. */
function databaseAt(version: number): string {
  const dataDir = makeDataDir();
  const db = new Database(join(dataDir, DATABASE_FILE));
  for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration.up);
  db.pragma(`user_version = ${version}`);
  const report = seedReport();
  db.prepare("INSERT INTO agencies (id, name, level, issuer, created_at) VALUES (1, ?, 'county', ?, '2024-01-05T01:00:00.000Z')").run(report.agency, report.issuer);
  db.prepare(
    `INSERT INTO reports (id, agency_id, year, agency_name, level, title, preamble, issuer, report_date, created_at, updated_at)
     VALUES (1, 1, 2023, ?, 'county', ?, '', ?, ?, '2024-01-05T01:00:00.000Z', '2024-01-06T01:00:00.000Z')`,
  ).run(report.agency, report.title, report.issuer, report.date);
  const cell = db.prepare('INSERT INTO report_cells (report_id, cell_id, value) VALUES (1, ?, ?)');
  for (const id of CELL_IDS) cell.run(id, JSON.stringify(report.cells[id]));
  const section = db.prepare('INSERT INTO report_sections (report_id, section_key, text) VALUES (1, ?, ?)');
  for (const [key, text] of Object.entries(report.sections)) section.run(key, text);
  db.close();
  return dataDir;
}

describe('reliability: migrations', () => {
  it('reliability: the steps are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  for (let from = 1; from < LATEST_SCHEMA_VERSION; from++) {
    it(`reliability: version ${from} → ${LATEST_SCHEMA_VERSION} keeps every cell, and a backup at version ${from} is taken first`, async () => {
      const dataDir = databaseAt(from);
      const opened = openRecordsDatabase(join(dataDir, DATABASE_FILE), { backupsDir: join(dataDir, 'backups'), now: () => new Date('2025-01-10T00:00:00Z') });
      expect(opened).toMatchObject({ state: 'ready', schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom: from });
      if (opened.state === 'ready') opened.db.close();

      const [backup] = listBackups(join(dataDir, 'backups'));
      expect(backup?.reason).toBe('migration');
      const old = new Database(join(dataDir, 'backups', backup!.name), { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(from);
      old.close();

      s = openTestServices({ dataDir });
      const detail = await s.call('reports.open', { reportId: 1 });
      expect(detail.report).toEqual({ ...seedReport(), signoff: null });
      expect(detail.findings).toEqual([]);
      // What the later steps added works on the old data: edits are audited, sign-off locks.
      await s.call('reports.editCells', { reportId: 1, edits: [{ cellId: 'active.normativeDocuments.issued', value: 4 }] });
      expect((await s.call('audit.history', { reportId: 1 }))[0]).toMatchObject({ action: 'cell.edit', oldValue: '3', newValue: '4' });
    });
  }

  it('reliability: a report signed before version 5 stays signed by its people (origin signed), and can then be unlocked', async () => {
    const dataDir = databaseAt(4);
    const db = new Database(join(dataDir, DATABASE_FILE));
    const fingerprint = reportFingerprint({ ...seedReport(), signoff: null });
    db.prepare(
      `INSERT INTO signoffs (report_id, revision, drafter, reviewer, approver, signed_at, fingerprint, recorded_by, recorded_at)
       VALUES (1, 1, '李明', '王芳', '赵强', '2024-01-18', ?, '李明', '2024-01-18T01:00:00.000Z')`,
    ).run(fingerprint);
    db.prepare("UPDATE reports SET status = 'signed' WHERE id = 1").run();
    db.close();

    s = openTestServices({ dataDir });
    const detail = await s.call('reports.open', { reportId: 1 });
    expect(detail.summary).toMatchObject({ status: 'signed', origin: 'signed', importedFrom: null, fingerprint });
    expect(detail.report.signoff).toEqual({ drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18', fingerprint });
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.prepare('SELECT kind, source_file, source_sha256 FROM signoffs').all()).toEqual([{ kind: 'signed', source_file: null, source_sha256: null }]);
    raw.close();
    const unlocked = await s.call('signoff.unlock', { reportId: 1, reason: '迁移后更正笔误' });
    expect(unlocked.summary).toMatchObject({ status: 'draft', revision: 2, origin: null });
  });

  it('reliability: a fresh database is created at the latest version with no backup (there is nothing to keep)', () => {
    const dataDir = makeDataDir();
    mkdirSync(dataDir, { recursive: true });
    const opened = openRecordsDatabase(join(dataDir, DATABASE_FILE), { backupsDir: join(dataDir, 'backups'), now: () => new Date() });
    expect(opened).toMatchObject({ state: 'ready', migratedFrom: 0 });
    if (opened.state === 'ready') {
      expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
      opened.db.close();
    }
    expect(listBackups(join(dataDir, 'backups'))).toEqual([]);
  });

  it('reliability: a data folder with Chinese characters and spaces in its path works end to end', async () => {
    s = openTestServices();
    expect(s.dataDir).toMatch(/年报 数据-/);
    const agency = await s.call('agencies.create', { name: '测试 乡人民政府', level: 'township' });
    const created = await s.call('reports.create', { agencyId: agency.id, year: 2025, start: 'blank' });
    await s.call('backups.create', {});
    s.reopen();
    expect((await s.call('reports.open', { reportId: created.summary.id })).report.agency).toBe('测试 乡人民政府');
    expect((await s.call('app.status', {})).databasePath.startsWith(s.dataDir)).toBe(true);
  });
});
