/** 打开所在文件夹 with Electron's shell (a fake here): a file is shown selected in its folder, a folder opened. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronFolderShell } from '../../electron/main/folders.js';

const dir = mkdtempSync(join(tmpdir(), '年报 文件夹-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeShell(openAnswer = '') {
  const calls: string[] = [];
  return {
    calls,
    shell: {
      showItemInFolder: (path: string) => void calls.push(`show ${path}`),
      openPath: async (path: string) => {
        calls.push(`open ${path}`);
        return openAnswer;
      },
    },
  };
}

describe('the folder shell', () => {
  it('shows a file selected in its folder and opens a folder', async () => {
    const file = join(dir, 'nianbao.db');
    writeFileSync(file, 'x');
    const { calls, shell } = fakeShell();
    await electronFolderShell(shell).revealInFolder(file);
    await electronFolderShell(shell).revealInFolder(dir);
    expect(calls).toEqual([`show ${file}`, `open ${dir}`]);
  });

  it('says in Chinese when the system cannot open the folder', async () => {
    const { shell } = fakeShell('Failed to open path');
    await expect(electronFolderShell(shell).revealInFolder(dir)).rejects.toThrow(`无法打开文件夹“${dir}”：Failed to open path`);
  });
});
