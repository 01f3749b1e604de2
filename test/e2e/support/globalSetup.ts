/**
 * Builds the UI once per test run (Vite in production mode, as `npm run build:app` does) into a cache folder the
 * browser tests serve through the loopback bridge. dist/ is left alone.
 */
import { buildRenderer } from '../../../bin/build-app.mjs';
import { E2E_RENDERER_DIR } from './paths.js';

export default async function buildRendererForBrowserTests(): Promise<void> {
  await buildRenderer({ outDir: E2E_RENDERER_DIR, log: false });
}
