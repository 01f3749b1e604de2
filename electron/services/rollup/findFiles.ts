/**
 * The files a roll-up or a batch check reads from the paths it is given: files as named, folders recursively
 * (exchange files, roll-up files and PDFs; hidden files, Office lock files and other kinds are passed over).
 * A symlink loop, an unreadable folder or a missing path is reported in Chinese and the rest is still found.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFileError } from '../files/fileErrors.js';

export interface FoundFiles {
  readonly files: readonly string[];
  readonly problems: readonly { readonly file: string; readonly message: string }[];
}

/** Folders deeper than this are not a USB stick of reports but a loop or a mistake. */
const MAX_DEPTH = 24;
const UNIT_FILE = /\.(json|pdf)$/i;

export async function findUnitFiles(paths: readonly string[]): Promise<FoundFiles> {
  const files: string[] = [];
  const problems: { file: string; message: string }[] = [];
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();

  /** `real`: known without asking the disk for a file met in a folder walk (not a symlink): its real folder + name. */
  const addFile = async (path: string, known?: string) => {
    const real = known ?? (await realpath(path).catch(() => path));
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  const walk = async (folder: string, depth: number): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      problems.push({ file: folder, message: describeFileError(error, folder, '读取') });
      return;
    }
    if (seenFolders.has(real)) {
      problems.push({ file: folder, message: `“${folder}”指向已读过的文件夹（符号链接循环或重复的链接），已跳过` });
      return;
    }
    if (depth > MAX_DEPTH) {
      problems.push({ file: folder, message: `“${folder}”的文件夹层级超过${MAX_DEPTH}层，已跳过` });
      return;
    }
    seenFolders.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: folder, message: describeFileError(error, folder, '读取') });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          problems.push({ file: path, message: code === 'ELOOP' ? `“${path}”是循环的符号链接，已跳过` : `“${path}”是失效的符号链接，已跳过` });
          continue;
        }
      }
      if (isDirectory) await walk(path, depth + 1);
      else if (isFile && UNIT_FILE.test(entry.name)) await addFile(path, entry.isSymbolicLink() ? undefined : join(real, entry.name));
    }
  };

  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: path, message: code === 'ELOOP' ? `“${path}”是循环的符号链接` : describeFileError(error, path, '读取') });
      continue;
    }
    if (info.isDirectory()) await walk(path, 0);
    else await addFile(path); // a file named on the command line is always read, whatever its name
  }
  return { files, problems };
}
