/** Turns whatever a service threw into one ApiError in Chinese; a stack trace never reaches the person. */
import type { ApiError } from '../../../shared/api.js';
import { ServiceError } from '../errors.js';
import { SIGNED_REPORT_MARK } from '../db/migrations/002-signoff.js';

const DISK_CODES: Record<string, string> = {
  SQLITE_FULL: '磁盘已满，刚才的修改没有保存。请清理磁盘空间后重试。',
  SQLITE_READONLY: '数据文件只读，刚才的修改没有保存。请检查数据目录的写入权限。',
  SQLITE_IOERR: '读写数据文件出错，刚才的修改没有保存。请检查磁盘后重试。',
  SQLITE_CANTOPEN: '无法打开数据文件。请检查数据目录是否存在、是否有写入权限。',
  SQLITE_BUSY: '数据文件正被另一个程序占用，请稍后重试。',
  ENOSPC: '磁盘已满，文件没有写入。请清理磁盘空间后重试。',
  EACCES: '没有写入权限，文件没有写入。',
  EPERM: '没有写入权限，文件没有写入。',
  EROFS: '磁盘只读，文件没有写入。',
  EBUSY: '文件正被其他程序占用（可能正在 WPS、Word 或 PDF 阅读器中打开），没有写入。请关闭后重试。',
  ENAMETOOLONG: '文件名或路径过长，文件没有写入。请改用较短的文件名或文件夹。',
};

export function toApiError(error: unknown): ApiError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes(SIGNED_REPORT_MARK)) return { code: 'SIGNED', message: '该报告已签发，不能修改；如需修改，请先填写理由解除签发。' };
  const diskKey = Object.keys(DISK_CODES).find((key) => code === key || code.startsWith(`${key}_`));
  if (diskKey) return { code: 'IO', message: DISK_CODES[diskKey]! };
  return { code: 'INTERNAL', message: `程序内部错误，操作没有完成，数据未改动：${message.slice(0, 200)}` };
}
