/**
 * build/electron-builder.json, judged by electron-builder 26's own schema check and file matchers (packaging
 * itself needs the internet; this is everything about it that can be proved here).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../bin/build-app.mjs';
import { REPO_ROOT } from '../cli/run-cli.js';
import { CONFIG_PATH, isAppFileIncluded, isNodeModuleFileIncluded, isUnpacked, repoFileExists, validate, type BuilderConfig } from './electronBuilder.js';

interface FileSet {
  from: string;
  to: string;
}
const config = JSON.parse(readFileSync(CONFIG_PATH, 'utf8')) as BuilderConfig & {
  extraResources: FileSet[];
  files: string[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[]; executableName: string; category: string; maintainer: string; synopsis: string };
  deb: { depends: string[] };
};
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('passes electron-builder 26’s own configuration check', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('the check bites: a misspelt NSIS option is refused (so a typo cannot slip through)', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: true } })).rejects.toThrow(/Invalid configuration object/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).rejects.toThrow(/Invalid configuration object/);
  });

  it('is what `npm run dist` uses, and package.json "main" is the built main process', () => {
    expect(pkg.scripts.dist).toContain('electron-builder --config build/electron-builder.json');
    expect(pkg.scripts['build:app']).toBe('node bin/build-app.mjs');
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(config).toMatchObject({ appId: 'cn.nianbao.desktop', productName: '年报', directories: { output: 'release', buildResources: 'build' } });
  });
});

describe('what goes into the app', () => {
  it.each(['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-1a2b.js', 'package.json'])(
    'ships %s',
    (file) => {
      expect(isAppFileIncluded(config, file)).toBe(true);
    },
  );

  it.each([
    'electron/bridge/server.ts',
    'electron/main/main.ts',
    'electron/services/app/appServices.ts',
    'shared/api.ts',
    'renderer/index.html',
    'test/shell/security.test.ts',
    'test/fixtures/received-natural-typo.nianbao.json',
    'docs/notes.md',
    'bin/nianbao.mjs',
    'build/electron-builder.json',
    'release/nianbao-0.1.0-setup-x64.exe',
    'package-lock.json',
  ])('security: leaves out %s (sources, the test bridge, tests, docs, earlier builds)', (file) => {
    expect(isAppFileIncluded(config, file)).toBe(false);
  });

  it('leaves the 115 MB font package and the packages bundled into main.cjs out of node_modules', () => {
    for (const file of [
      'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
      'node_modules/@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
      'node_modules/tsx/dist/cli.mjs',
      'node_modules/esbuild/lib/main.js',
      'node_modules/@esbuild/linux-x64/bin/esbuild',
      'node_modules/zod/index.js',
      'node_modules/@noble/hashes/sha2.js',
    ]) {
      expect(isNodeModuleFileIncluded(config, file), file).toBe(false);
    }
  });
});

describe('fonts', () => {
  const fonts = config.extraResources.filter((set) => set.to.startsWith('fonts/'));

  it('every extraResources file exists after npm ci', () => {
    expect(config.extraResources.length).toBeGreaterThan(0);
    for (const set of config.extraResources) expect(repoFileExists(set.from), set.from).toBe(true);
  });

  it('ships exactly Noto Serif SC 400 and 700 as TrueType, and the OFL licence, into resources/fonts', () => {
    expect(fonts.map((set) => set.to).sort()).toEqual(['fonts/NotoSerifSC_400Regular.ttf', 'fonts/NotoSerifSC_700Bold.ttf', 'fonts/OFL.txt']);
    expect(config.extraResources).toEqual(fonts);
    for (const set of fonts.filter((f) => f.to.endsWith('.ttf'))) {
      // 00 01 00 00 is a TrueType-outline font; CFF ('OTTO') fonts have open pdfkit bugs.
      const magic = readFileSync(path.join(REPO_ROOT, set.from)).subarray(0, 4);
      expect([...magic], set.from).toEqual([0, 1, 0, 0]);
    }
  });

  it('the licence shipped is the SIL Open Font License of those fonts', () => {
    const licence = fonts.find((set) => set.to === 'fonts/OFL.txt')!;
    expect(licence.from).toBe('node_modules/@expo-google-fonts/noto-serif-sc/LICENSE_FONT');
    expect(readFileSync(path.join(REPO_ROOT, licence.from), 'utf8')).toContain('SIL Open Font License');
  });
});

describe('better-sqlite3 in the package', () => {
  it('its native module and JavaScript are unpacked from app.asar, so Electron can load the .node file', () => {
    for (const file of ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/better-sqlite3/lib/index.js']) {
      expect(isNodeModuleFileIncluded(config, file), file).toBe(true);
      expect(isUnpacked(config, file), file).toBe(true);
    }
    expect(config.npmRebuild).toBe(true);
  });

  it('its build leftovers (SQLite sources, objects, the test extension) stay out', () => {
    for (const file of [
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
    ]) {
      expect(isNodeModuleFileIncluded(config, file), file).toBe(false);
    }
  });

  it('only Electron’s own code is packed, not the rest of node_modules', () => {
    expect(isUnpacked(config, 'dist/main/main.cjs')).toBe(false);
  });
});

describe('every package the main process requires is shipped', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'nianbao-deps-'));
  let runtimePackages: string[] = [];
  beforeAll(async () => {
    const built = await buildApp({ root: REPO_ROOT, outDir, log: false });
    runtimePackages = built.mainImports.filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name));
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  /** A package and its production dependencies, as npm installed them (hoisted). */
  function withDependencies(name: string, seen = new Set<string>()): Set<string> {
    if (seen.has(name)) return seen;
    seen.add(name);
    const require = createRequire(path.join(REPO_ROOT, 'package.json'));
    const manifest = require(`${name}/package.json`) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) withDependencies(dependency, seen);
    return seen;
  }

  it('each run-time package (and what it depends on) is a production dependency that lands in the app', () => {
    expect(runtimePackages).toEqual(['better-sqlite3']);
    for (const name of runtimePackages) expect(Object.keys(pkg.dependencies)).toContain(name);
    const shipped = new Set(runtimePackages.flatMap((name) => [...withDependencies(name)]));
    expect([...shipped]).toEqual(expect.arrayContaining(['better-sqlite3', 'bindings', 'file-uri-to-path']));
    for (const name of shipped) {
      expect(isNodeModuleFileIncluded(config, `node_modules/${name}/package.json`), name).toBe(true);
    }
  });

  it('no package left out of node_modules is needed at run time', () => {
    // Whole packages or scopes left out: `!**/node_modules/<name or @scope>/**`.
    const excluded = config.files
      .map((pattern) => /^!\*\*\/node_modules\/(@?[^/{]+)\/\*\*$/.exec(pattern)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(excluded).toEqual(expect.arrayContaining(['@expo-google-fonts', 'tsx', 'zod']));
    for (const name of excluded) {
      expect(runtimePackages.some((used) => used === name || used.startsWith(`${name}/`)), name).toBe(false);
    }
  });
});

describe('security fuses', () => {
  it('security: the packaged program cannot be run as Node, take NODE_OPTIONS or --inspect, and loads only its checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('installers', () => {
  it('Windows: one 64-bit NSIS installer, for all users, with a choice of folder, in Chinese', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
      unicode: true,
      shortcutName: '年报',
      createDesktopShortcut: true,
    });
  });

  it('uninstalling never deletes the records (the user-data folder stays)', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('UOS / Kylin: a .deb for x64 and arm64, command nianbao, in the Office menu', () => {
    expect(config.linux.target).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }]);
    expect(config.linux).toMatchObject({ executableName: 'nianbao', category: 'Office' });
    expect(config.linux.synopsis).toMatch(/[\u4e00-\u9fff]/);
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libgbm1']));
  });
});
