import { fileURLToPath } from 'node:url';

/** Where globalSetup puts the built UI for the browser tests. */
export const E2E_RENDERER_DIR = fileURLToPath(new URL('../../../node_modules/.cache/nianbao-e2e/renderer', import.meta.url));
/** Where `npm run screenshots` writes the pictures the README links. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));
