/** Native file dialogs behind the services' FileDialogs (electron/main/dialogs.ts), driven with a fake `dialog`. */
import path from 'node:path';
import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronFileDialogs, type NativeDialogs } from '../../electron/main/dialogs.js';

const window = { id: 1 } as unknown as BaseWindow;
const filters = [{ name: '年报交换文件', extensions: ['json'] }] as const;

function fakeDialog(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath: string }) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => open);
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => save);
  return { dialog: { showOpenDialog, showSaveDialog } as unknown as NativeDialogs, showOpenDialog, showSaveDialog };
}

describe('electronFileDialogs', () => {
  it('opens a file dialog modal to the window, with the Chinese title and filters the service gave', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/home/u/2023.nianbao.json'] }, { canceled: true, filePath: '' });
    const dialogs = electronFileDialogs(fake.dialog, () => window);
    await expect(dialogs.chooseOpenPath({ title: '导入报告', filters })).resolves.toBe('/home/u/2023.nianbao.json');
    expect(fake.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: '导入报告',
      filters: [{ name: '年报交换文件', extensions: ['json'] }],
      properties: ['openFile'],
    });
  });

  it('a cancelled dialog is null, for open and for save', async () => {
    const fake = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true, filePath: '' });
    const dialogs = electronFileDialogs(fake.dialog, () => window);
    await expect(dialogs.chooseOpenPath({ title: '导入报告', filters })).resolves.toBeNull();
    await expect(dialogs.chooseSavePath({ title: '导出交换文件', defaultName: 'a.json', filters })).resolves.toBeNull();
  });

  it('the save dialog starts in the given folder with the suggested name and asks before overwriting', async () => {
    const fake = fakeDialog({ canceled: true, filePaths: [] }, { canceled: false, filePath: '/home/u/文档/巴楚县2023.nianbao.json' });
    const dialogs = electronFileDialogs(fake.dialog, () => window, '/home/u/文档');
    await expect(dialogs.chooseSavePath({ title: '导出交换文件', defaultName: '巴楚县2023.nianbao.json', filters })).resolves.toBe(
      '/home/u/文档/巴楚县2023.nianbao.json',
    );
    expect(fake.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: '导出交换文件',
      defaultPath: path.join('/home/u/文档', '巴楚县2023.nianbao.json'),
      filters: [{ name: '年报交换文件', extensions: ['json'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('works before the window exists (no parent window)', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/x.json'] }, { canceled: true, filePath: '' });
    const dialogs = electronFileDialogs(fake.dialog, () => null);
    await expect(dialogs.chooseOpenPath({ title: '导入报告', filters })).resolves.toBe('/x.json');
    expect(fake.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});
