/**
 * Whether the records' place can hold the records at all, judged before SQLite is asked: the data folder must be
 * a folder, and the records file (when there is one) a regular file — a link to one is fine. SQLite, given a
 * folder, a device or a link to nowhere, answers with codes that read as "disk full" or "file exists"; a clerk
 * would then be told the wrong thing. Nothing here writes.
 */
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { specialFileKind } from '../files/fileKind.js';

const kindOfNonFile = (stats: Stats): string => (stats.isDirectory() ? '文件夹' : (specialFileKind(stats) ?? '特殊文件'));

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Why the data folder cannot be used, or null (also null when it does not exist yet: it is then made). */
export function dataFolderProblem(dataDir: string): string | null {
  try {
    if (statSync(dataDir).isDirectory()) return null;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    return `无法访问数据文件夹“${dataDir}”（${codeOf(error) ?? '未知错误'}），程序没有改动任何数据。请检查该位置后重新启动年报。`;
  }
  return `数据文件夹“${dataDir}”的位置上是一个文件，不是文件夹，程序没有改动它。请把这个文件移走或改名后重新启动年报。`;
}

/** Why the records file is not a regular file (following links), or null when it is one or is absent. */
export function recordsFileProblem(databasePath: string): string | null {
  let own: Stats;
  try {
    own = lstatSync(databasePath);
  } catch {
    return null; // absent: a new file is made, or the missing state is told
  }
  let target: Stats;
  try {
    target = statSync(databasePath);
  } catch (error) {
    if (own.isSymbolicLink() && (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR')) {
      return `数据文件“${databasePath}”是一个指向不存在位置（${readlinkSync(databasePath)}）的链接，程序没有改动它。请接上该位置（如移动硬盘、网络盘）后点“重试”，或从备份恢复（恢复时这个链接会被另存，不会被删除）。`;
    }
    return null; // permissions and the like: SQLite's own answer is told apart later
  }
  if (target.isFile()) return null;
  return `数据文件“${databasePath}”不是普通文件（是${kindOfNonFile(target)}），程序没有改动它。请把它移走或改名后点“重试”，或从备份恢复（恢复时它会被另存，不会被删除）。`;
}
