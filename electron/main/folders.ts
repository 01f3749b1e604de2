/** FolderShell (打开所在文件夹) with Electron's shell: a file is shown selected in its folder, a folder opened. */
import { statSync } from 'node:fs';
import type { FolderShell } from '../services/app/folders.js';

/** The part of Electron's `shell` used here (the real one fits; tests pass a fake). */
export interface NativeShell {
  showItemInFolder(fullPath: string): void;
  openPath(path: string): Promise<string>;
}

export function electronFolderShell(shell: NativeShell): FolderShell {
  return {
    async revealInFolder(path) {
      if (!statSync(path).isDirectory()) {
        shell.showItemInFolder(path);
        return;
      }
      const problem = await shell.openPath(path);
      if (problem !== '') throw new Error(`无法打开文件夹“${path}”：${problem}`);
    },
  };
}
