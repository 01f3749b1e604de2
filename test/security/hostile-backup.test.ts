/**
 * security: a backup file from another machine is a hostile file. Before it is taken in or restored it is opened
 * read-only with trusted_schema=OFF, checked whole, and accepted only with exactly our schema at its version:
 * a file with an extra trigger (that would delete sign-offs on every save once restored), an extra view, a guard
 * trigger removed, a damaged page, or a newer schema version is refused with one Chinese sentence, and nothing
 * is written — neither the backups folder nor the records change.
 */
import Database from 'better-sqlite3';
import { copyFileSync, openSync, readdirSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { backupProblem } from '../../electron/services/db/backups.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

let s: TestServices;
let chosen: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosen, chooseSavePath: async () => chosen };
let sound: string;
beforeEach(async () => {
  s = openTestServices({ dialogs });
  await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  const backup = await s.call('backups.create', {});
  sound = join(s.dataDir, 'backups', backup.name);
});
afterEach(() => s.remove());

/** A copy of a sound backup, changed by `tamper` through SQLite (as another program would). */
function crafted(fileName: string, tamper: (db: Database.Database) => void): string {
  const path = join(scratchDir(), fileName);
  copyFileSync(sound, path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    tamper(db);
  } finally {
    db.close();
  }
  return path;
}

/** A copy of a sound backup with garbage written over the b-tree page of the report cells. */
function damaged(): string {
  const path = join(scratchDir(), '损坏的备份.db');
  copyFileSync(sound, path);
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'report_cells'").get() as { rootpage: number };
  db.close();
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return path;
}

const CASES: [string, () => string, RegExp][] = [
  [
    'an extra trigger that would delete sign-offs',
    () => crafted('多了触发器.db', (db) => db.exec('CREATE TRIGGER quiet_cleanup AFTER INSERT ON audit_log BEGIN DELETE FROM report_cells; END;')),
    /含有年报程序不会建立的触发器“quiet_cleanup”/,
  ],
  ['an extra view', () => crafted('多了视图.db', (db) => db.exec('CREATE VIEW everything AS SELECT * FROM reports;')), /含有年报程序不会建立的视图“everything”/],
  ['a guard trigger removed', () => crafted('少了保护.db', (db) => db.exec('DROP TRIGGER signoffs_no_delete;')), /缺少年报程序建立的触发器“signoffs_no_delete”/],
  [
    'a guard trigger rewritten to do nothing',
    () =>
      crafted('改了保护.db', (db) =>
        db.exec("DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END;"),
      ),
    /触发器“audit_log_no_delete”与年报程序建立的不同/,
  ],
  ['a damaged page', damaged, /自检未通过|无法读取/],
  ['a newer schema version', () => crafted('新版本.db', (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)), /来自更新版本的年报（数据库版本 \d+/],
];

describe('security: a backup from another machine', () => {
  for (const [what, make, sentence] of CASES) {
    it(`security: a backup with ${what} is refused when taken in and when restored, with one Chinese sentence, writing nothing`, async () => {
      chosen = make();
      const backupsBefore = readdirSync(join(s.dataDir, 'backups')).sort();
      const taken = await s.raw('backups.takeIn', {});
      expect(taken).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(sentence) } });
      expect(readdirSync(join(s.dataDir, 'backups')).sort()).toEqual(backupsBefore);

      // Put straight into the backups folder under one of our names: the restore refuses it the same way.
      const name = 'nianbao-20260101-000000-000-manual.db';
      copyFileSync(chosen, join(s.dataDir, 'backups', name));
      const listed = readdirSync(join(s.dataDir, 'backups')).sort();
      const restored = await s.raw('backups.restore', { name, acceptSignedLoss: true });
      expect(restored).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(sentence) } });
      if (!restored.ok) expect(restored.error.message).toMatch(/不能用它恢复。请选择其他备份。$/);
      expect(readdirSync(join(s.dataDir, 'backups')).sort()).toEqual(listed);
      expect(readdirSync(s.dataDir).filter((f) => f.includes('set-aside') || f.endsWith('.restoring'))).toEqual([]);
      expect(await s.call('reports.list', {})).toHaveLength(1);
    });
  }

  it('security: a sound backup of ours is accepted at the latest version and at every earlier version our migrations made', () => {
    expect(backupProblem(sound)).toBeNull();
    for (let version = 1; version < LATEST_SCHEMA_VERSION; version++) {
      const path = join(scratchDir(), `v${version}.db`);
      const db = new Database(path);
      for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration.up);
      db.pragma(`user_version = ${version}`);
      db.close();
      expect(backupProblem(path), `version ${version}`).toBeNull();
    }
  });
});
