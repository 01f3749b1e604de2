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

  it('shared/ may not use Node globals', async () => {
    expect(await ruleIdsFor('shared/report/x.ts', 'export const x = process.env.HOME;\n')).toContain('no-restricted-globals');
  });

  it('allows what each layer may use', async () => {
    expect(await ruleIdsFor('shared/report/x.ts', "import * as z from 'zod';\nexport const x = z.string();\n")).toEqual([]);
    expect(await ruleIdsFor('electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([]);
  });
});
