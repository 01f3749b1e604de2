#!/usr/bin/env node
// The `nianbao` command. Runs the bundle in dist/cli (built by `npm ci` through the `prepare` script, see
// bin/build-cli.mjs). Before that it compares every source file the bundle was built from with its stamp (size
// and modification time, a few milliseconds): when one changed — an edit, a `git pull` — the bundle is rebuilt
// first, and if it cannot be (no esbuild, a read-only folder) the TypeScript sources run through tsx instead.
// A stale bundle never runs.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist', 'cli', 'nianbao.mjs');
const STAMP = join(ROOT, 'dist', 'cli', 'stamp.json');

// A reader that stops early (`nianbao carry … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** True when the bundle exists and every source it was built from is unchanged. */
function bundleIsCurrent() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    statSync(BUNDLE);
  } catch {
    return false;
  }
  for (const [file, [size, mtime]] of Object.entries(stamp.sources ?? {})) {
    let info;
    try {
      info = statSync(join(ROOT, file));
    } catch {
      return false;
    }
    if (info.size !== size || info.mtimeMs !== mtime) return false;
  }
  return true;
}

async function loadMain() {
  if (process.env.NIANBAO_CLI_SOURCE !== '1') {
    // Where the bundle's worker threads live (the roll-up of thousands of files uses them).
    globalThis.__nianbaoCliDir = dirname(BUNDLE);
    if (bundleIsCurrent()) return import(pathToFileURL(BUNDLE).href);
    try {
      const { buildCli } = await import('./build-cli.mjs');
      await buildCli({ root: ROOT });
      return import(`${pathToFileURL(BUNDLE).href}?built=${Date.now()}`);
    } catch {
      // Fall through to the sources: slower, never stale.
    }
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../electron/cli/main.ts', import.meta.url);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
