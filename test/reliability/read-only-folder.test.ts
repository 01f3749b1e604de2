/**
 * reliability: the records folder becomes read-only (a USB stick with its lock switch, a network share made
 * read-only, a file system remounted after errors). A real fault, not a seam: a small tmpfs is mounted and then
 * remounted read-only (`mount -o remount,ro`) — running as root, permission bits would not stop a write, a
 * read-only mount does. At open the records are "readOnly" with their own sentence (never "damaged", restore
 * never offered), a save is refused with that sentence, and nothing saved before is lost: once the folder is
 * writable again, 重试 opens every edit. Skipped, with the reason printed, where mounting is not allowed.
 * (Linux refuses to remount a file system read-only while a file on it is open for writing — "mount point is
 * busy" — so the folder turns read-only between two runs of the program; a save is then refused with the
 * read-only sentence, not an internal error.)
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

const mountPoint = mkdtempSync(join(tmpdir(), '年报 只读-'));
let mounted = false;
let whyNot = '';
beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    whyNot = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const remount = (mode: 'ro' | 'rw'): void => {
  execFileSync('mount', ['-o', `remount,${mode}`, mountPoint], { stdio: 'pipe' });
};

describe('reliability: a read-only records folder', () => {
  it('reliability: remounted read-only, the records open as "readOnly" with their own sentence, a save is refused with it, and nothing saved is lost', async (context) => {
    if (!mounted) {
      console.log(`reliability: read-only folder test skipped — cannot mount a tmpfs here (${whyNot}); CI runs as root`);
      return context.skip();
    }
    const dataDir = join(mountPoint, '数据 目录');
    let s: TestServices | undefined = openTestServices({ dataDir });
    try {
      const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
      const id = detail.summary.id;
      await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 4 }] });
      await s.call('backups.create', {});
      s.close();
      const filesBefore = readdirSync(dataDir).sort();

      remount('ro');
      s.reopen();
      const status = await s.call('app.status', {});
      expect(status.state, status.problem ?? '').toBe('readOnly');
      expect(status.problem).toContain('是只读的（或没有写入权限）');
      expect(status.problem).toContain('不要从备份恢复');
      expect(status.problem).not.toContain('损坏');
      const save = await s.raw('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 5 }] });
      expect(save).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringContaining('是只读的（或没有写入权限），程序无法保存任何修改') } });
      // A restore would only bring back older data: refused, and nothing is written (nothing could be).
      const [backup] = await s.call('backups.list', {});
      expect(await s.raw('backups.restore', { name: backup!.name })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
      expect(readdirSync(dataDir).sort()).toEqual(filesBefore);
      s.close();

      remount('rw');
      expect((await s.call('records.retry', {})).state).toBe('ready');
      const after = await s.call('reports.open', { reportId: id });
      expect(after.report.cells['active.normativeDocuments.issued']).toBe(4);
      expect(after.report.sections).toEqual(seedReport().sections);
      await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 6 }] });
      s.close();
      s = undefined;
      const db = new Database(join(dataDir, 'nianbao.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
      expect(existsSync(join(dataDir, 'nianbao.db'))).toBe(true);
    } finally {
      s?.close();
      try {
        remount('rw');
      } catch {
        // already writable
      }
    }
  });
});
