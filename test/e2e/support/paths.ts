import { fileURLToPath } from 'node:url';

/**
 * Where globalSetup puts the built UI for the browser tests. NIANBAO_E2E_RENDERER_DIR gives a run its own folder,
 * so that two runs in one working tree at once do not delete each other's build.
 */
export const E2E_RENDERER_DIR = process.env.NIANBAO_E2E_RENDERER_DIR || fileURLToPath(new URL('../../../node_modules/.cache/nianbao-e2e/renderer', import.meta.url));
/** Where `npm run screenshots` writes the pictures the README links. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));
