/** The layer rules of design/architecture.md are enforced by ESLint; these tests prove the lint rules bite. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/report/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/report/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/report/x.ts', "import { readReportFile } from '../../electron/services/files/reportFile.js';\nexport const x = readReportFile;\n"],
    ['electron/services/x.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['renderer/x.ts', "import { writeFile } from 'node:fs/promises';\nexport const x = writeFile;\n"],
    ['renderer/x.ts', "import { main } from '../electron/cli/main.js';\nexport const x = main;\n"],
  ])('%s may not import across its layer: %s', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", '@typescript-eslint/no-restricted-imports'],
    ['electron/preload/x.ts', "import { API } from '../../shared/api.js';\nexport const x = API;\n", '@typescript-eslint/no-restricted-imports'],
    ['electron/preload/x.ts', "import { z } from 'zod';\nexport const x = z;\n", '@typescript-eslint/no-restricted-imports'],
    ['electron/main/x.ts', "import { startBridge } from '../bridge/server.js';\nexport const x = startBridge;\n", 'no-restricted-imports'],
    ['electron/main/main.ts', "import { startBridge } from '../bridge/server.js';\nexport const x = startBridge;\n", 'no-restricted-imports'],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/App.js';\nexport const x = App;\n", 'no-restricted-imports'],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n", '@typescript-eslint/no-restricted-imports'],
    ['electron/main/main.ts', "import { shell } from 'electron';\nexport const open = (url: string) => shell.openExternal(url);\n", 'no-restricted-properties'],
    ['electron/start.ts', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
    ['electron/bridge/x.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'no-restricted-imports'],
    ['bin/x.mjs', "import { app } from 'electron';\nexport const x = app;\n", 'no-restricted-imports'],
    ['electron/ipcChannel.ts', "import { API } from '../shared/api.js';\nexport const x = API;\n", 'no-restricted-imports'],
    ['test/shell/x.test.ts', "import { app } from 'electron';\nexport const x = app;\n", '@typescript-eslint/no-restricted-imports'],
  ])('the Electron boundary holds: %s may not %s', async (file, code, rule) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it('allows what the Electron shell may use', async () => {
    const preload = [
      "import { contextBridge, ipcRenderer } from 'electron';",
      "import type { Invoke } from '../../shared/api.js';",
      "import { INVOKE_CHANNEL } from '../ipcChannel.js';",
      'export const invoke: Invoke = (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);',
      "contextBridge.exposeInMainWorld('nianbao', { invoke });",
      '',
    ].join('\n');
    expect(await ruleIdsFor('electron/preload/preload.ts', preload)).toEqual([]);
    expect(await ruleIdsFor('electron/main/main.ts', "import { app } from 'electron';\nimport { openAppServices } from '../services/app/appServices.js';\nexport const x = [app, openAppServices];\n")).toEqual([]);
    expect(await ruleIdsFor('electron/main/x.ts', "import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;\n")).toEqual([]);
    expect(await ruleIdsFor('test/shell/x.test.ts', "import type { MenuItemConstructorOptions } from 'electron';\nexport type X = MenuItemConstructorOptions;\n")).toEqual([]);
  });

  it('shared/ may not use Node globals', async () => {
    expect(await ruleIdsFor('shared/report/x.ts', 'export const x = process.env.HOME;\n')).toContain('no-restricted-globals');
  });

  it('allows what each layer may use', async () => {
    expect(await ruleIdsFor('shared/report/x.ts', "import * as z from 'zod';\nexport const x = z.string();\n")).toEqual([]);
    expect(await ruleIdsFor('electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([]);
  });
});
