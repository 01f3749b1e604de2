/** One Chinese sentence for a file-system error, naming the file. */

export function describeFileError(error: unknown, path: string, action: '读取' | '写入'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === '读取' ? `找不到文件“${path}”` : `无法写入“${path}”：所在文件夹不存在`;
    case 'EACCES':
    case 'EPERM':
      return action === '写入'
        ? `没有权限写入“${path}”（如该文件正在 WPS、Word 或 PDF 阅读器中打开，请先关闭后重试）`
        : `没有权限读取“${path}”`;
    case 'EBUSY':
      return `“${path}”正被其他程序占用（可能正在 WPS、Word 或 PDF 阅读器中打开），请关闭后重试`;
    case 'ENAMETOOLONG':
      return `文件名或路径过长，无法${action}“${path}”；请改用较短的文件名或文件夹`;
    case 'ENOTDIR':
      return action === '读取' ? `找不到文件“${path}”（路径中有一项不是文件夹）` : `无法写入“${path}”：路径中有一项不是文件夹`;
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
