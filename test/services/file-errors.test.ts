import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../electron/services/files/fileErrors.js';
import { toApiError } from '../../electron/services/api/errors.js';

const fault = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('file errors in Chinese', () => {
  it('names a file name too long for the system instead of printing ENAMETOOLONG', () => {
    const text = describeFileError(fault('ENAMETOOLONG'), '报'.repeat(84) + '.pdf', '写入');
    expect(text).toContain('文件名或路径过长');
    expect(text).not.toMatch(/[A-Z]{5,}/);
    expect(toApiError(fault('ENAMETOOLONG')).message).toContain('文件名或路径过长');
  });

  it('says a file open in another program is the likely cause of a refused write (Windows EBUSY/EPERM)', () => {
    expect(describeFileError(fault('EBUSY'), 'a.pdf', '写入')).toContain('正被其他程序占用');
    expect(describeFileError(fault('EPERM'), 'a.pdf', '写入')).toContain('请先关闭');
    expect(describeFileError(fault('EPERM'), 'a.pdf', '读取')).toBe('没有权限读取“a.pdf”');
    expect(toApiError(fault('EBUSY')).code).toBe('IO');
  });

  it('tells a path through a file apart from a missing folder', () => {
    expect(describeFileError(fault('ENOTDIR'), 'x/y.pdf', '写入')).toContain('不是文件夹');
  });
});
