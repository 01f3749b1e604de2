/**
 * Builds the UI once per test run (Vite, the same config as `npm run build:ui`) into a cache folder the browser
 * tests serve through the loopback bridge. Only the e2e tests read it; dist/ is left alone.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { E2E_RENDERER_DIR } from './paths.js';

export default async function buildRendererForBrowserTests(): Promise<void> {
  rmSync(E2E_RENDERER_DIR, { recursive: true, force: true });
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the tests drive (and
  // time) the production build the installer ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url)),
      mode: 'production',
      logLevel: 'error',
      build: { outDir: E2E_RENDERER_DIR, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
