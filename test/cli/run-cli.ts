/** Runs the real `nianbao` command as a user would (a child process through bin/nianbao.mjs). */
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; command?: readonly string[] } = {}): Promise<CliRun> {
  const [command, ...prefix] = options.command ?? [process.execPath, BIN];
  return new Promise((resolve, reject) => {
    const child = spawn(command!, [...prefix, ...args], { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, NIANBAO_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What a stack trace looks like in Node output. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** What every unusable input must give: one line of Chinese on stderr, never a stack trace. */
export function expectOneChineseLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/[\u4e00-\u9fff]/);
  expect(stderr).not.toMatch(STACK_TRACE);
}
