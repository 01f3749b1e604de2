/**
 * pdfjs's optional native package (@napi-rs/canvas) may be missing on an office PC (an installer built without
 * it, a platform it has no build for): a published PDF must still be read, and `--json` output stay clean.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const BLOCKER = fileURLToPath(new URL('../fixtures/block-native-canvas.cjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/import/word-printed.pdf', import.meta.url));
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { cells: Record<string, unknown> };

describe('a published PDF without the optional native canvas package', () => {
  it('is read with every cell right, with nothing on stderr and nothing but the JSON on stdout', async () => {
    const run = await runCli(['import', FIXTURE, '--json'], { command: [process.execPath, '--require', BLOCKER, fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url))] });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { report: { cells: Record<string, unknown> } };
    for (const [cellId, value] of Object.entries(EXPECTED.cells)) expect(result.report.cells[cellId], cellId).toEqual(value);
  });
});
