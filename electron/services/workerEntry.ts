/**
 * How to start one of our worker threads (`name`.ts beside the module that starts it):
 * - in the bundled command line, when the worker is bundled beside it (bin/build-cli.mjs; bin/nianbao.mjs names
 *   the folder in `globalThis.__nianbaoCliDir`, and a worker that starts workers passes it on): `name`.mjs there;
 * - in the packaged app (the caller is bundled, not a .ts file): the bundled `name`.cjs beside main.cjs;
 * - under tsx (development, tests): a two-line bootstrap that loads the TypeScript worker through tsx's API —
 *   Node 20 does not apply `--import tsx` to a worker's entry file.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  readonly code: string | URL;
  readonly eval: boolean;
}

export function workerEntryFor(name: string, moduleUrl: string, options: { bundledWithCli?: boolean } = {}): WorkerEntry {
  const cliDir = (globalThis as { __nianbaoCliDir?: string }).__nianbaoCliDir;
  if (options.bundledWithCli && cliDir) return { code: pathToFileURL(join(cliDir, `${name}.mjs`)), eval: false };
  if (!new URL(moduleUrl).pathname.endsWith('.ts')) return { code: new URL(`./${name}.cjs`, moduleUrl), eval: false };
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const worker = new URL(`./${name}.ts`, moduleUrl).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(moduleUrl)}));`;
  return { code: bootstrap, eval: true };
}
