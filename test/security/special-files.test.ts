/**
 * security: reads refuse what is not a regular file — a device, a FIFO, a link to either — at once, and the
 * size cap holds after links are followed (a link to /dev/zero once read 16 GB in two minutes; a FIFO hung).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../electron/services/files/reportFile.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { expectOneChineseLine, runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), '年报 特殊文件-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

describe.runIf(posix)('security: special files', () => {
  const fifo = join(dir, '管道.nianbao.json');
  execFileSync('mkfifo', [fifo]);
  const deviceLink = join(dir, '设备.nianbao.json');
  symlinkSync('/dev/zero', deviceLink);
  const bigLink = join(dir, '很大的链接.json');
  const big = join(dir, 'big.bin');
  writeFileSync(big, Buffer.alloc(9 * 1024 * 1024, 0x20));
  symlinkSync(big, bigLink);

  for (const [what, path, words] of [
    ['a FIFO', fifo, '是管道，不是普通文件'],
    ['a link to /dev/zero', deviceLink, '是设备，不是普通文件'],
  ] as const) {
    it(`security: ${what} is refused at once by check and import, never read or waited on`, async () => {
      const started = performance.now();
      expect(await readReportFile(path)).toEqual({ ok: false, message: `“${path}”${words}，不能读取` });
      expect(await importFile(path)).toEqual({ ok: false, message: `“${path}”${words}，不能读取` });
      expect(performance.now() - started).toBeLessThan(1000);
    });
  }

  it('security: the cap holds after a link is followed', async () => {
    const read = await readReportFile(bigLink);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('过大（9.0 MB）');
  });

  it('security: nianbao check on a FIFO ends with exit 2 and one Chinese line', async () => {
    const run = await runCli(['check', fifo]);
    expect(run.code).toBe(2);
    expectOneChineseLine(run.stderr);
  });
});
