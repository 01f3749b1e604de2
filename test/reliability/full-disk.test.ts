/**
 * reliability: the disk fills up while the clerk is typing. The edit that no longer fits is refused with a plain
 * Chinese message, nothing saved before is lost, the database stays sound, and once space is freed work goes on.
 * Uses a real 2 MB tmpfs (needs root to mount; skipped with a reason elsewhere).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices } from '../support/services.js';

const mountPoint = mkdtempSync(join(tmpdir(), '年报 满盘-'));
let mounted = false;
beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes a filler file until the disk refuses; returns its path. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const chunk = Buffer.alloc(16 * 1024, 1);
  const parts: Buffer[] = [];
  for (;;) {
    try {
      parts.push(chunk);
      writeFileSync(filler, Buffer.concat(parts));
    } catch {
      parts.pop();
      writeFileSync(filler, Buffer.concat(parts));
      // Fill the last gap byte by byte-ish.
      for (const size of [4096, 512, 64, 1]) {
        try {
          for (;;) writeFileSync(filler, Buffer.alloc(size, 1), { flag: 'a' });
        } catch {
          /* this size no longer fits */
        }
      }
      return filler;
    }
  }
}

describe('reliability: a full disk', () => {
  it('reliability: an edit that no longer fits is refused in plain Chinese; everything saved before is kept; work goes on after space is freed', async (context) => {
    if (!mounted) return context.skip('mounting a small tmpfs needs root; CI runs as root');
    const dataDir = join(mountPoint, '数据 目录');
    const s = openTestServices({ dataDir });
    const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    const id = detail.summary.id;
    await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 4 }] });

    const filler = fillDisk(mountPoint);
    const bigText = '本年度依法做好政府信息公开工作。'.repeat(20_000); // ~600 KB: cannot fit any more
    const refused = await s.raw('reports.editField', { reportId: id, field: 'sections.other', value: bigText.slice(0, 99_000) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IO');
      expect(refused.error.message).toContain('磁盘已满');
    }

    rmSync(filler);
    const after = await s.call('reports.open', { reportId: id });
    expect(after.report.cells['active.normativeDocuments.issued']).toBe(4);
    expect(after.report.sections.other).toBe(seedReport().sections.other);
    await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 5 }] });
    s.close();

    const db = new Database(join(dataDir, 'nianbao.db'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(existsSync(join(dataDir, 'nianbao.db'))).toBe(true);
  });
});

describe('reliability: a disk already full at start', () => {
  it('reliability: records on a full disk open as "diskFull" or ready, never "damaged"; nothing saved is lost once space is freed', async (context) => {
    if (!mounted) return context.skip('mounting a small tmpfs needs root; CI runs as root');
    const dataDir = join(mountPoint, '满盘时打开');
    const s = openTestServices({ dataDir });
    const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    await s.call('reports.editCells', { reportId: detail.summary.id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 7 }] });
    s.close();
    const filler = fillDisk(mountPoint);
    try {
      s.reopen();
      const status = await s.call('app.status', {});
      expect(['diskFull', 'ready'], status.problem ?? '').toContain(status.state);
      console.log(`reliability: records on a full disk opened as "${status.state}"`);
      if (status.state === 'diskFull') expect(status.problem).toContain('磁盘空间已满');
      if (status.state === 'ready') {
        // Opened (SQLite needed no new page): a save that needs space says so in plain Chinese.
        const bigText = '本年度依法做好政府信息公开工作。'.repeat(6_000);
        const refused = await s.raw('reports.editField', { reportId: detail.summary.id, field: 'sections.other', value: bigText });
        expect(refused).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringContaining('磁盘已满') } });
      }
    } finally {
      rmSync(filler);
    }
    expect((await s.call('records.retry', {})).state).toBe('ready');
    expect((await s.call('reports.open', { reportId: detail.summary.id })).report.cells['active.normativeDocuments.issued']).toBe(7);
    s.remove();
  });
});
