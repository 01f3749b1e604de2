/**
 * FileDialogs (what the services use to ask for a path) implemented with Electron's native dialogs.
 * Titles and filters come from the calling service, in Chinese; a cancelled dialog is null.
 */
import path from 'node:path';
import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogs, FileFilter } from '../services/app/dialogs.js';

/** The part of Electron's `dialog` used here (the real one fits; tests pass a fake). */
export interface NativeDialogs {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
}

const toElectronFilters = (filters: readonly FileFilter[]) => filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));

/**
 * @param getWindow the window the dialog belongs to (modal to it), or null before the window exists
 * @param defaultDirectory where a save dialog starts (the person's Documents folder), if known
 */
export function electronFileDialogs(dialog: NativeDialogs, getWindow: () => BaseWindow | null, defaultDirectory?: string): FileDialogs {
  return {
    async chooseOpenPath({ title, filters }) {
      const options: OpenDialogOptions = { title, filters: toElectronFilters(filters), properties: ['openFile'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: defaultDirectory ? path.join(defaultDirectory, defaultName) : defaultName,
        filters: toElectronFilters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
  };
}
