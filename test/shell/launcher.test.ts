/** `npm start` (electron/launcher.ts, electron/start.ts): runs Electron when it is installed, says plainly when it is not. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decideLaunch, ELECTRON_MISSING_MESSAGE, electronEnvironment, locateElectronBinary } from '../../electron/launcher.js';
import { REPO_ROOT } from '../cli/run-cli.js';

describe('deciding whether Electron can start', () => {
  it('runs the binary the electron package names when that file exists', () => {
    const binary = locateElectronBinary(() => '/repo/node_modules/electron/dist/electron');
    expect(decideLaunch(binary, () => true)).toEqual({ kind: 'run', binary: '/repo/node_modules/electron/dist/electron' });
  });

  it('an electron package without its program file (it throws) means: missing', () => {
    const binary = locateElectronBinary(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    });
    expect(binary).toBeNull();
    expect(decideLaunch(binary, () => true)).toEqual({ kind: 'missing', message: ELECTRON_MISSING_MESSAGE });
  });

  it('a named binary that is not on disk also means: missing', () => {
    expect(decideLaunch('/gone/electron', () => false).kind).toBe('missing');
    expect(locateElectronBinary(() => undefined)).toBeNull();
  });

  it('the message is one Chinese line that says how to get Electron and what to use meanwhile', () => {
    expect(ELECTRON_MISSING_MESSAGE).not.toContain('\n');
    expect(ELECTRON_MISSING_MESSAGE).toContain('node node_modules/electron/install.js');
    expect(ELECTRON_MISSING_MESSAGE).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(ELECTRON_MISSING_MESSAGE).toContain('npm ci');
    expect(ELECTRON_MISSING_MESSAGE).toContain('npm run bridge');
  });

  it('security: Electron is never started as plain Node, whatever the shell has set', () => {
    const env = electronEnvironment({ ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin' });
    expect(env).toEqual({ PATH: '/usr/bin' });
  });
});

const require = createRequire(import.meta.url);
const binaryHere = locateElectronBinary(() => require('electron'));
const electronInstalled = binaryHere !== null && existsSync(binaryHere);

describe('npm start on a machine without the Electron program file', () => {
  it.skipIf(electronInstalled)('builds, then prints the one-line message and exits 1 without a stack trace', () => {
    const run = spawnSync(process.execPath, ['bin/run-ts.mjs', 'electron/start.ts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(ELECTRON_MISSING_MESSAGE);
    expect(existsSync(`${REPO_ROOT}/dist/main/main.cjs`)).toBe(true);
  });
});
