/**
 * The app as `npm run build:app` lays it out (bin/build-app.mjs, built into a temporary folder): what the
 * packaged program will actually load.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, MAIN_EXTERNALS, type BuiltApp } from '../../bin/build-app.mjs';
import { REPO_ROOT } from '../cli/run-cli.js';

let built: BuiltApp;
const outDir = mkdtempSync(path.join(tmpdir(), 'nianbao-build-'));
beforeAll(async () => {
  built = await buildApp({ root: REPO_ROOT, outDir, log: false });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('the preload bundle', () => {
  it('security: the sandboxed preload requires nothing but electron', () => {
    expect(built.preloadImports).toEqual(['electron']);
    const source = readFileSync(built.preloadFile, 'utf8');
    expect([...source.matchAll(/require\((["'`])(.*?)\1\)/g)].map((m) => m[2])).toEqual(['electron']);
  });

  it('security: the page gets exactly window.nianbao.invoke, which forwards to the one IPC channel', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const required: string[] = [];
    const fakeRequire = (name: string) => {
      required.push(name);
      return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } };
    };
    vm.runInNewContext(readFileSync(built.preloadFile, 'utf8'), { require: fakeRequire, module: { exports: {} }, exports: {} });

    expect(required).toEqual(['electron']);
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, (...args: unknown[]) => unknown>];
    expect(key).toBe('nianbao');
    expect(Object.keys(api)).toEqual(['invoke']);
    await expect(api.invoke!('reports.open', { reportId: 4 })).resolves.toEqual({ ok: true, value: 1 });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('nianbao:invoke', 'reports.open', { reportId: 4 });
  });

  it('is a CommonJS file (a sandboxed preload cannot be an ES module)', () => {
    const source = readFileSync(built.preloadFile, 'utf8');
    expect(built.preloadFile.endsWith('.cjs')).toBe(true);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('the main bundle', () => {
  it('requires at run time only Electron, better-sqlite3 and Node built-ins; everything else is inside', () => {
    const packages = built.mainImports.filter((name) => !isBuiltin(name));
    expect(packages.sort()).toEqual([...MAIN_EXTERNALS].sort());
  });

  it('security: contains no loopback bridge and no renderer code', () => {
    expect(built.mainInputs.some((input) => input.includes('electron/bridge/'))).toBe(false);
    expect(built.mainInputs.some((input) => input.startsWith('renderer/'))).toBe(false);
    expect(built.mainInputs).toContain('electron/main/main.ts');
    expect(built.mainInputs).toContain('electron/services/app/appServices.ts');
  });

  it('security: never opens anything outside the app (no shell.openExternal)', () => {
    expect(readFileSync(built.mainFile, 'utf8')).not.toContain('openExternal');
  });

  it('sits where package.json "main" points, next to the preload and renderer main.ts loads', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(path.relative(outDir, built.mainFile)).toBe(path.relative('dist', pkg.main));
    expect(path.relative(path.dirname(built.mainFile), built.preloadFile)).toBe(path.join('..', 'preload', 'preload.cjs'));
    expect(path.relative(path.dirname(built.mainFile), built.rendererDir)).toBe(path.join('..', 'renderer'));
  });
});

describe('the renderer', () => {
  it('security: the page loads no script that is inline or remote, so the CSP holds', () => {
    const html = readFileSync(path.join(built.rendererDir, 'index.html'), 'utf8');
    for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(body.trim(), 'inline script').toBe('');
      expect(attributes).not.toMatch(/src\s*=\s*["']?(https?:|\/\/)/i);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
    expect(html).not.toMatch(/(href|src)\s*=\s*["']?(https?:|\/\/)/i);
  });

  it('is the Vite production build: the page loads its own script and styles from assets/, and they exist', () => {
    expect(built.rendererSource).toBe('vite');
    const html = readFileSync(path.join(built.rendererDir, 'index.html'), 'utf8');
    expect(html).toContain('lang="zh-CN"');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) expect(existsSync(path.join(built.rendererDir, asset)), asset).toBe(true);
    // React's production build: no development-only warnings machinery shipped to offices.
    const script = readFileSync(path.join(built.rendererDir, assets.find((a) => a.endsWith('.js'))!), 'utf8');
    expect(script).not.toContain('jsxDEV');
  });
});

describe('the outside-files worker bundle', () => {
  it('security: sits next to main.cjs, needs nothing from node_modules, and refuses a bomb like the source does', async () => {
    const { OutsideFileReader, OUTSIDE_LIMITS } = await import('../../electron/services/outsideFiles/outsideWorkerPool.js');
    const { attachmentBombPdf } = await import('../support/hostilePdf.js');
    const { outsideRefusals } = await import('../../electron/services/outsideFiles/refusals.js');
    const { pathToFileURL } = await import('node:url');
    expect(path.dirname(built.outsideWorkerFile)).toBe(path.dirname(built.mainFile));
    expect(built.outsideWorkerImports.filter((name) => !isBuiltin(name))).toEqual([]);
    const reader = new OutsideFileReader(OUTSIDE_LIMITS, { code: pathToFileURL(built.outsideWorkerFile), eval: false });
    try {
      const seed = readFileSync(path.join(REPO_ROOT, 'test/fixtures/seed-figures-2023.nianbao.json'));
      const read = await reader.read({ kind: 'report', name: 'seed.nianbao.json', bytes: seed });
      expect(read.ok && read.report.agency).toBe('巴楚县人民政府');
      expect(await reader.read({ kind: 'import', bytes: attachmentBombPdf(1) })).toEqual({ ok: false, message: outsideRefusals.attachmentTooLarge });
    } finally {
      await reader.close();
    }
  }, 60_000);
});
