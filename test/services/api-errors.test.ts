/** What the person reads when something goes wrong: one Chinese sentence, never a stack trace. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toApiError } from '../../electron/services/api/errors.js';
import { inputProblem } from '../../electron/services/api/inputMessages.js';
import { ServiceError } from '../../electron/services/errors.js';

const sqliteError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('errors the person reads', () => {
  it('a full disk, a read-only folder and a busy file each get a plain sentence saying the change was not saved', () => {
    expect(toApiError(sqliteError('SQLITE_FULL'))).toEqual({ code: 'IO', message: '磁盘已满，刚才的修改没有保存。请清理磁盘空间后重试。' });
    expect(toApiError(sqliteError('SQLITE_IOERR_WRITE')).message).toContain('没有保存');
    expect(toApiError(sqliteError('SQLITE_READONLY_DBMOVED')).message).toContain('只读');
    expect(toApiError(sqliteError('ENOSPC')).message).toContain('磁盘已满');
    expect(toApiError(sqliteError('SQLITE_BUSY')).code).toBe('IO');
  });

  it("a trigger's refusal of a signed report becomes the SIGNED error", () => {
    expect(toApiError(new Error('NIANBAO_SIGNED_REPORT: 已签发的报告不能修改'))).toMatchObject({ code: 'SIGNED' });
  });

  it('a service refusal keeps its code and sentence; anything else is INTERNAL and says nothing changed', () => {
    expect(toApiError(new ServiceError('CONFLICT', '已存在'))).toEqual({ code: 'CONFLICT', message: '已存在' });
    const internal = toApiError(new TypeError('boom'));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).toContain('数据未改动');
    expect(internal.message).not.toContain('at ');
  });

  it('an invalid input names the field and what is wrong with it', () => {
    const schema = z.strictObject({ reportId: z.number().int().positive(), reason: z.string().min(2).max(5) });
    const problem = (input: unknown) => inputProblem(schema.safeParse(input).error!, input);
    expect(problem({ reason: 'abc' })).toBe('输入不符合约定：reportId：缺少此项');
    expect(problem({ reportId: 'a', reason: 'abc' })).toBe('输入不符合约定：reportId：应为数字');
    expect(problem({ reportId: 1, reason: 'abcdefg' })).toBe('输入不符合约定：reason：太长（最多 5 个字符）');
    expect(problem({ reportId: 1, reason: 'abc', extra: 1 })).toBe('输入不符合约定：不接受的字段：extra');
    expect(problem({})).toMatch(/（另有 1 处问题）$/);
  });
});
