/**
 * The `nianbao` command runs a bundle (bin/build-cli.mjs → dist/cli), never a stale one: in a copy of the
 * repository's sources, a change in shared/ reaches the command's output on the next run, through a rebuilt
 * bundle (not the TypeScript fallback).
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_EXTERNALS } from '../../bin/build-cli.mjs';
import { REPO_ROOT, runCli } from '../cli/run-cli.js';

let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'nianbao-cli-copy-'));
  for (const part of ['shared', 'electron', 'bin', 'package.json']) await cp(join(REPO_ROOT, part), join(copy, part), { recursive: true });
  await symlink(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  await writeFile(join(copy, 'empty.json'), '');
});
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

const runCopy = (args: string[]) => runCli(args, { cwd: copy, command: [process.execPath, join(copy, 'bin', 'nianbao.mjs')] });

describe('the bundled command', () => {
  it('is built on first run when missing, and a change in shared/ reaches it on the next run', async () => {
    const first = await runCopy(['check', 'empty.json']);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('文件是空的，没有任何内容');
    const bundle = join(copy, 'dist', 'cli', 'nianbao.mjs');
    const stampBefore = await readFile(join(copy, 'dist', 'cli', 'stamp.json'), 'utf8');
    expect(JSON.parse(stampBefore).sources).toHaveProperty(['shared/report/exchange.ts']);

    const source = join(copy, 'shared', 'report', 'exchange.ts');
    await writeFile(source, (await readFile(source, 'utf8')).replace('文件是空的，没有任何内容', '文件是空的（改动已生效）'));
    const second = await runCopy(['check', 'empty.json']);
    expect(second.stderr).toContain('文件是空的（改动已生效）');
    // It ran the rebuilt bundle (the new sentence is inside it), not the TypeScript fallback.
    const chunks = await Promise.all([bundle, ...(await import('node:fs/promises').then((fs) => fs.readdir(join(copy, 'dist', 'cli', 'chunks')))).map((c) => join(copy, 'dist', 'cli', 'chunks', c))].map((f) => readFile(f, 'utf8')));
    expect(chunks.some((text) => text.includes('文件是空的（改动已生效）'))).toBe(true);
    expect(await readFile(join(copy, 'dist', 'cli', 'stamp.json'), 'utf8')).not.toBe(stampBefore);
  });

  it('reads a PDF this app made through the outside-files worker bundled beside it', async () => {
    const seed = join(REPO_ROOT, 'test', 'fixtures', 'seed-figures-2023.nianbao.json');
    const pdf = join(copy, 'seed.pdf');
    expect((await runCopy(['pdf', seed, '-o', pdf])).code).toBe(0);
    const checked = await runCopy(['check', pdf, '--json']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ errors: 0, signature: 'unsigned' });
  });

  it('loads at run time only Node built-ins and the packages left out on purpose', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: [join(REPO_ROOT, 'electron/cli/main.ts')],
      bundle: true,
      splitting: true,
      outdir: join(copy, 'probe'),
      format: 'esm',
      platform: 'node',
      external: CLI_EXTERNALS,
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const imported = new Set<string>();
    for (const output of Object.values(result.metafile.outputs)) for (const i of output.imports) if (i.external) imported.add(i.path);
    const packages = [...imported].filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    for (const name of packages) expect(CLI_EXTERNALS.some((e) => name === e || name.startsWith(`${e}/`))).toBe(true);
    expect(packages).not.toContain('tsx');
  });

  it('falls back to the TypeScript sources when asked (NIANBAO_CLI_SOURCE=1), with the same answer', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      import('node:child_process').then(({ spawn }) => {
        const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'nianbao.mjs'), 'check', join(copy, 'empty.json')], { env: { ...process.env, NIANBAO_CLI_SOURCE: '1' } });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      }, reject);
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件是空的，没有任何内容');
  });
});
