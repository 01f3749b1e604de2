/** What 文件 → 导入报告… tells the person (electron/main/menuCommands.ts), with a fake dispatcher. */
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api.js';
import { aboutNotice, EXPORT_NEEDS_REPORT, importReportCommand } from '../../electron/main/menuCommands.js';

const dispatching = (result: ApiResult<unknown>) => vi.fn(async () => result);

describe('menu commands', () => {
  it('导入报告… goes through the contract channel exchange.importFile', async () => {
    const dispatch = dispatching({ ok: true, value: { cancelled: true } });
    await importReportCommand(dispatch);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('exchange.importFile', {});
  });

  it('a cancelled import says nothing', async () => {
    await expect(importReportCommand(dispatching({ ok: true, value: { cancelled: true } }))).resolves.toBeNull();
  });

  it('a finished import names the report and repeats the import notes', async () => {
    const value = { detail: { summary: { title: '巴楚县人民政府2023年政府信息公开工作年度报告' } }, notes: ['已新建机关：巴楚县人民政府'] };
    await expect(importReportCommand(dispatching({ ok: true, value }))).resolves.toEqual({
      kind: 'info',
      message: '报告已导入',
      detail: '巴楚县人民政府2023年政府信息公开工作年度报告\n已新建机关：巴楚县人民政府',
    });
  });

  it('a refused import shows the service’s Chinese reason as an error', async () => {
    const refused = dispatching({ ok: false, error: { code: 'BAD_FILE', message: '这不是年报交换文件' } });
    await expect(importReportCommand(refused)).resolves.toEqual({ kind: 'error', message: '导入没有完成', detail: '这不是年报交换文件' });
  });

  it('导出交换文件… and 关于年报 are honest notices in Chinese', () => {
    expect(EXPORT_NEEDS_REPORT.message).toMatch(/导出/);
    expect(aboutNotice('0.1.0')).toMatchObject({ kind: 'info', message: '年报 0.1.0' });
  });
});
