/** Another program holding a SQLite file with an exclusive lock (a node child process), until it is killed. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function holdLock(path: string): Promise<ChildProcess> {
  const script = `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(path)}); d.pragma('locking_mode = EXCLUSIVE'); d.exec('BEGIN EXCLUSIVE'); process.stdout.write('LOCKED\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('LOCKED') && resolve(child));
    child.on('exit', (code) => reject(new Error(`lock holder ended (${code})`)));
  });
}
