/**
 * 打开所在文件夹: showing where the records and the backups are is the shell's job (Electron's
 * `shell.showItemInFolder` / `shell.openPath`, wired in electron/main/folders.ts). Services receive this
 * interface and pass it only paths they own — the records file and the backups folder; the renderer names which
 * of the two, never a path.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { refuse } from '../errors.js';

export interface FolderShell {
  /** Shows `path` in the system's file manager: a file selected in its folder, a folder opened. */
  revealInFolder(path: string): Promise<void>;
}

/** For a process with no desktop (the CLI, the loopback bridge): says so in Chinese. */
export const NO_FOLDER_SHELL: FolderShell = {
  revealInFolder: async () => refuse('REFUSED', '此环境没有文件管理器，无法打开文件夹；请按显示的路径自行打开。'),
};

export type FolderTarget = 'records' | 'backups';

/** The path shown for `target`: the records file (its folder when there is no file yet), or the backups folder (made when missing). */
export function folderTargetPath(target: FolderTarget, paths: { readonly databasePath: string; readonly dataDir: string; readonly backupsDir: string }): string {
  if (target === 'records') return existsSync(paths.databasePath) ? paths.databasePath : paths.dataDir;
  if (!existsSync(paths.backupsDir)) mkdirSync(paths.backupsDir, { recursive: true, mode: 0o700 });
  return paths.backupsDir;
}

export async function showInFolder(shell: FolderShell, target: FolderTarget, paths: Parameters<typeof folderTargetPath>[1]): Promise<{ done: true }> {
  await shell.revealInFolder(folderTargetPath(target, paths));
  return { done: true };
}
