/** One Chinese sentence for a file-system error, naming the file. */

export function describeFileError(error: unknown, path: string, action: '读取' | '写入'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === '读取' ? `找不到文件“${path}”` : `无法写入“${path}”：所在文件夹不存在`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限${action}“${path}”`;
    case 'EISDIR':
      return `“${path}”是一个文件夹，不是文件`;
    case 'ENOSPC':
      return `磁盘空间不足，未能写入“${path}”（原有文件未受影响）`;
    case 'EROFS':
      return `“${path}”所在的磁盘是只读的，无法写入`;
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件过多，暂时无法${action}“${path}”`;
    default:
      return `无法${action}“${path}”${code ? `（${code}）` : ''}`;
  }
}
