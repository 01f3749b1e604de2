import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds the UI once for the browser tests (test/e2e), which serve it through the loopback bridge.
    // Builds the `nianbao` bundle (dist/cli) from the current sources before the CLI tests run it.
    globalSetup: ['test/e2e/support/globalSetup.ts', 'test/support/buildCliSetup.ts'],
  },
});
