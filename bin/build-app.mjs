#!/usr/bin/env node
// `npm run build:app`: bundles Electron main, the PDF worker and preload with esbuild into dist/, and builds the
// UI (React + antd, renderer/vite.config.ts) with Vite into dist/renderer next to them.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Required at run time from node_modules, never bundled: Electron itself and the native SQLite module. */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3'];
/** A sandboxed preload can require nothing but 'electron': everything else is bundled into the one file. */
export const PRELOAD_EXTERNALS = ['electron'];
/** Electron 40 runs Node 24 and Chromium 144; these targets are safely below both. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome130';

/**
 * @param {{ root?: string, outDir?: string, log?: boolean }} [options]
 * @returns {Promise<{ outDir: string, mainFile: string, preloadFile: string, rendererDir: string, rendererSource: 'vite', mainInputs: string[], mainImports: string[], preloadImports: string[], pdfWorkerFile: string, pdfWorkerImports: string[], outsideWorkerFile: string, outsideWorkerImports: string[] }>}
 */
// The sources are ESM; in a CommonJS bundle import.meta.url becomes the bundle's own file URL and
// import.meta.resolve Node's require.resolve (used only on the development path, under tsx).
const IMPORT_META_BANNER =
  'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href; const __importMetaResolve = (name) => require("node:url").pathToFileURL(require.resolve(name)).href;';
const IMPORT_META_DEFINES = { 'import.meta.url': '__importMetaUrl', 'import.meta.resolve': '__importMetaResolve' };

export async function buildApp(options = {}) {
  const root = options.root ?? REPO_ROOT;
  const outDir = options.outDir ?? join(root, 'dist');
  const logLevel = options.log === false ? 'silent' : 'warning';
  const mainFile = join(outDir, 'main', 'main.cjs');
  const preloadFile = join(outDir, 'preload', 'preload.cjs');
  const pdfWorkerFile = join(outDir, 'main', 'pdfWorker.cjs');
  const outsideWorkerFile = join(outDir, 'main', 'outsideWorker.cjs');

  /** A main-process bundle (Node, CommonJS, native and Electron modules left to node_modules). */
  const bundleForNode = (entry, outfile) =>
    build({
      absWorkingDir: root,
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: NODE_TARGET,
      external: MAIN_EXTERNALS,
      banner: { js: IMPORT_META_BANNER },
      define: IMPORT_META_DEFINES,
      legalComments: 'none',
      metafile: true,
      logLevel,
    });

  const main = await bundleForNode('electron/main/main.ts', mainFile);
  // The PDF worker thread (electron/services/pdf/pdfWorker.ts): its own file next to main.cjs, so that
  // pdfInWorker.ts finds it as new URL('./pdfWorker.cjs', import.meta.url) in the packaged app.
  const pdfWorker = await bundleForNode('electron/services/pdf/pdfWorker.ts', pdfWorkerFile);
  // The worker that parses files from elsewhere (electron/services/outsideFiles/outsideWorker.ts), found the same way.
  const outsideWorker = await bundleForNode('electron/services/outsideFiles/outsideWorker.ts', outsideWorkerFile);

  const preload = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'electron/preload/preload.ts')],
    outfile: preloadFile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: CHROME_TARGET,
    external: PRELOAD_EXTERNALS,
    legalComments: 'none',
    metafile: true,
    logLevel,
  });

  const renderer = await copyRenderer(root, outDir, options.log);
  return {
    outDir,
    mainFile,
    preloadFile,
    rendererDir: renderer.dir,
    rendererSource: renderer.source,
    mainInputs: Object.keys(main.metafile.inputs),
    mainImports: runtimeImports(main.metafile),
    preloadImports: runtimeImports(preload.metafile),
    pdfWorkerFile,
    pdfWorkerImports: runtimeImports(pdfWorker.metafile),
    outsideWorkerFile,
    outsideWorkerImports: runtimeImports(outsideWorker.metafile),
  };
}

/** Module names left as require() calls in a bundle (what must exist at run time). */
function runtimeImports(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) names.add(imported.path);
  }
  return [...names].sort();
}

/**
 * The UI, built by Vite in production mode (React's production build even when NODE_ENV says otherwise, as it
 * does under vitest) into `outDir`. The browser tests use the same function.
 * @param {{ root?: string, outDir: string, log?: boolean }} options
 */
export async function buildRenderer(options) {
  const root = options.root ?? REPO_ROOT;
  const { build: viteBuild } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({
      configFile: join(root, 'renderer', 'vite.config.ts'),
      mode: 'production',
      logLevel: options.log === false ? 'silent' : 'warn',
      build: { outDir: options.outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** @returns {Promise<{ dir: string, source: 'vite' }>} */
async function copyRenderer(root, outDir, log) {
  const target = join(outDir, 'renderer');
  await buildRenderer({ root, outDir: target, log });
  return { dir: target, source: 'vite' };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const result = await buildApp();
    process.stdout.write(`已构建：${result.mainFile}、${result.preloadFile}、${result.rendererDir}（界面）\n`);
  } catch {
    // esbuild has already printed what went wrong, with file and line.
    process.stderr.write('构建失败：请看上面 esbuild 的报告。\n');
    process.exitCode = 1;
  }
}
