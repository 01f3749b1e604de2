#!/usr/bin/env node
// The `nianbao` command. Loads the TypeScript CLI through tsx so that it works right after `npm ci`.
import { tsImport } from 'tsx/esm/api';

// A reader that stops early (`nianbao carry … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await tsImport('../electron/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
