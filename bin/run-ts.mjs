#!/usr/bin/env node
// Runs a TypeScript entry point of this repository without a separate build step (tsx, in-process).
import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('用法：node bin/run-ts.mjs <入口文件.ts> [参数…]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await tsImport(pathToFileURL(resolve(entry)).href, import.meta.url);
