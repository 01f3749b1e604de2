/**
 * security: the records file's own schema is checked at every open, as a backup's is before a restore. Another
 * program that adds a trigger (which would then run inside ours on every save, e.g. rewriting a signed report) or
 * drops one of our guards is found before anything is written, the file is left as it was, and a backup restores.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices;
afterEach(() => s.remove());

async function recordsWithBackup(): Promise<string> {
  s = openTestServices();
  await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  const backup = await s.call('backups.create', {});
  s.close();
  return backup.name;
}

function alter(path: string, sql: string): void {
  const db = new Database(path);
  try {
    db.exec(sql);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

describe('security: a records file altered by another program', () => {
  it('security: an added trigger is named, the file is not opened or written, and a backup restores the records', async () => {
    const backup = await recordsWithBackup();
    alter(s.databasePath, "CREATE TRIGGER quietly_rewrite AFTER UPDATE ON agencies BEGIN UPDATE agencies SET name = name || '' ; END;");
    const before = readFileSync(s.databasePath);
    s.reopen();
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain('数据文件含有年报程序不会建立的触发器“quietly_rewrite”');
    expect(await s.raw('reports.list', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(readFileSync(s.databasePath).equals(before)).toBe(true);

    await s.call('backups.restore', { name: backup });
    expect((await s.call('app.status', {})).state).toBe('ready');
    expect(await s.call('reports.list', {})).toHaveLength(1);
  });

  it('security: a guard trigger dropped is missed by name', async () => {
    await recordsWithBackup();
    const db = new Database(s.databasePath, { readonly: true });
    const guard = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name LIMIT 1").get() as { name: string }).name;
    db.close();
    alter(s.databasePath, `DROP TRIGGER "${guard}";`);
    s.reopen();
    const status = await s.call('app.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toContain(`数据文件缺少年报程序建立的触发器“${guard}”`);
  });

  it('security: the planner statistics SQLite keeps itself (ANALYZE) are not taken for an alteration', async () => {
    await recordsWithBackup();
    alter(s.databasePath, 'ANALYZE;');
    s.reopen();
    expect((await s.call('app.status', {})).state).toBe('ready');
  });
});
