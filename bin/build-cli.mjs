#!/usr/bin/env node
// Bundles the `nianbao` command (electron/cli/main.ts) with esbuild into dist/cli/, so that a run starts without
// compiling TypeScript. `npm ci` / `npm install` build it (the `prepare` script); bin/nianbao.mjs rebuilds it when a
// source file changed since (stamp.json lists every source with its size and mtime), so a bundle is never stale.
import { build } from 'esbuild';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Left to node_modules at run time: native or data-file packages (SQLite, pdfkit reads its font metrics from its
 * own folder, pdfjs its worker, OpenCC its dictionaries), all of them loaded only by the commands that need them.
 */
export const CLI_EXTERNALS = ['better-sqlite3', 'electron', 'pdfkit', 'pdfjs-dist', 'opencc-js', '@expo-google-fonts/noto-serif-sc'];
export const CLI_ENTRY = 'electron/cli/main.ts';
export const ROLLUP_WORKER_ENTRY = 'electron/services/rollup/digestWorker.ts';
export const OUTSIDE_WORKER_ENTRY = 'electron/services/outsideFiles/outsideWorker.ts';
export const STAMP_NAME = 'stamp.json';

/** Bundled CommonJS packages call require(); an ES module has none of its own. */
const REQUIRE_BANNER = "import { createRequire as __nianbaoCreateRequire } from 'node:module'; const require = __nianbaoCreateRequire(import.meta.url);";

/**
 * @param {{ root?: string, outDir?: string }} [options]
 * @returns {Promise<{ entryFile: string, inputs: string[] }>}
 */
export async function buildCli(options = {}) {
  const root = options.root ?? REPO_ROOT;
  const outDir = options.outDir ?? join(root, 'dist', 'cli');
  const result = await build({
    absWorkingDir: root,
    // The roll-up's worker thread (electron/services/rollup/digestFiles.ts) and the worker that parses files from
    // elsewhere (electron/services/outsideFiles/outsideWorkerPool.ts) are entries of their own; both find them here.
    entryPoints: { nianbao: join(root, CLI_ENTRY), rollupWorker: join(root, ROLLUP_WORKER_ENTRY), outsideWorker: join(root, OUTSIDE_WORKER_ENTRY) },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true, // import, pdf and rollup stay in their own chunks, loaded on demand as before
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: CLI_EXTERNALS,
    banner: { js: REQUIRE_BANNER },
    legalComments: 'none',
    charset: 'utf8', // Chinese messages as written (smaller, and greppable in the bundle)
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  // Every file goes to a temporary name and is renamed into place (chunks first, the entry last, the stamp after
  // it): a second process starting meanwhile sees the old bundle or the new one, never half of one.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('nianbao.mjs')) - Number(b.path.endsWith('nianbao.mjs')));
  for (const file of files) await writeAtomic(file.path, file.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'));
  await writeAtomic(join(outDir, STAMP_NAME), JSON.stringify(await stampOf(root, inputs)));
  await removeOldChunks(outDir, new Set(files.map((f) => f.path)));
  return { entryFile: join(outDir, 'nianbao.mjs'), inputs };
}

/** Size and modification time of every source file the bundle was built from (paths relative to the root). */
export async function stampOf(root, inputs) {
  const sources = {};
  for (const input of inputs) {
    const info = await stat(join(root, input));
    sources[input] = [info.size, info.mtimeMs];
  }
  return { entry: CLI_ENTRY, sources };
}

async function writeAtomic(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, path);
}

/** Chunks of earlier builds (their names carry a content hash), kept a moment for a process still loading them. */
async function removeOldChunks(outDir, current) {
  const dir = join(outDir, 'chunks');
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (current.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > 60_000) await unlink(path).catch(() => undefined);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { entryFile, inputs } = await buildCli();
    process.stdout.write(`已构建命令行：${relative(process.cwd(), entryFile)}（${inputs.length}个源文件）\n`);
  } catch (error) {
    for (const message of error?.errors ?? []) process.stderr.write(`${message.location?.file ?? ''}:${message.location?.line ?? ''} ${message.text}\n`);
    process.stderr.write('命令行构建失败：请看上面 esbuild 的报告。\n');
    process.exitCode = 1;
  }
}
