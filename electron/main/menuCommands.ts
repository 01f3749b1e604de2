/**
 * What the 文件 menu does: import through the same dispatcher the window uses, and a short notice for the
 * person. Pure apart from the injected dispatcher.
 */
import type { ImportResult } from '../../shared/api.js';
import type { Dispatch } from '../services/api/dispatcher.js';

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly detail: string;
}

/** 导入报告…: the services open the file dialog; null when the person cancelled. */
export async function importReportCommand(dispatch: Dispatch): Promise<Notice | null> {
  const result = await dispatch('exchange.importFile', {});
  if (!result.ok) return { kind: 'error', message: '导入没有完成', detail: result.error.message };
  const value = result.value as ImportResult | { cancelled: true };
  if ('cancelled' in value) return null;
  const lines = [value.detail.summary.title, ...value.notes];
  return { kind: 'info', message: '报告已导入', detail: lines.join('\n') };
}

/** 导出交换文件…: the report on screen is the window's to know; the menu points to where the export is. */
export const EXPORT_NEEDS_REPORT: Notice = {
  kind: 'info',
  message: '请在报告页面导出交换文件',
  detail: '打开要导出的报告，在右上角「导出 PDF」旁的 ▾ 菜单中选择「导出交换文件（.nianbao.json）」。',
};

export function aboutNotice(version: string): Notice {
  return { kind: 'info', message: `年报 ${version}`, detail: '政府信息公开工作年度报告编制工具。\n数据只保存在本机，不联网。' };
}
