/**
 * 打开所在文件夹 in the services: the window names which folder (records or backups), the services pass the shell
 * only the paths they own — the records file, or the backups folder (made when missing) — and a window that
 * sends a path is refused by the contract. Without a file manager (CLI, bridge) the answer is a Chinese sentence.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FolderShell } from '../../electron/services/app/folders.js';
import { openTestServices, type TestServices } from '../support/services.js';

const open: TestServices[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.remove();
});

function withShell(): { s: TestServices; shown: string[] } {
  const shown: string[] = [];
  const folders: FolderShell = { revealInFolder: async (path) => void shown.push(path) };
  const s = openTestServices({ folders });
  open.push(s);
  return { s, shown };
}

describe('打开所在文件夹', () => {
  it('shows the records file and the backups folder, and nothing else', async () => {
    const { s, shown } = withShell();
    rmSync(join(s.dataDir, 'backups'), { recursive: true, force: true });
    expect(await s.call('records.showInFolder', { target: 'records' })).toEqual({ done: true });
    expect(await s.call('records.showInFolder', { target: 'backups' })).toEqual({ done: true });
    expect(shown).toEqual([s.databasePath, join(s.dataDir, 'backups')]);
    expect(existsSync(join(s.dataDir, 'backups'))).toBe(true);
    for (const input of [{ target: '/etc' }, { target: 'records', path: '/etc/passwd' }, { path: '/etc' }]) {
      expect(await s.raw('records.showInFolder', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(shown).toHaveLength(2);
  });

  it('works while the records cannot be opened (the clerk needs to find them most then)', async () => {
    const { s, shown } = withShell();
    await s.call('backups.create', {});
    s.loseRecordsFile();
    expect((await s.call('app.status', {})).state).toBe('missing');
    await s.call('records.showInFolder', { target: 'records' });
    expect(shown).toEqual([s.dataDir]); // no records file: its folder
  });

  it('without a file manager (CLI, bridge) says so in Chinese', async () => {
    const s = openTestServices();
    open.push(s);
    expect(await s.raw('records.showInFolder', { target: 'backups' })).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringContaining('无法打开文件夹') } });
  });
});
