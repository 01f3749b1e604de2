/**
 * vitest globalSetup: builds the `nianbao` bundle (dist/cli) once before the tests that run the command, from
 * the sources as they are now — the tests never see a bundle older than the code (bin/nianbao.mjs would rebuild
 * a stale one itself; this keeps parallel test files from all doing it at once).
 */
import { buildCli } from '../../bin/build-cli.mjs';

export default async function buildCliForTests(): Promise<void> {
  await buildCli();
}
