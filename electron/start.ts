/**
 * `npm start`: builds the app (bin/build-app.mjs), then starts Electron on it. Where the Electron program file
 * is not installed (as on machines without internet), says so in one line and exits 1.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../bin/build-app.mjs';
import { decideLaunch, electronEnvironment, locateElectronBinary } from './launcher.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));

try {
  await buildApp({ root: appDir });
} catch {
  process.stderr.write('构建失败：请看上面 esbuild 的报告。\n');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const launch = decideLaunch(
  locateElectronBinary(() => require('electron')),
  (path) => existsSync(path),
);

if (launch.kind === 'missing') {
  process.stderr.write(`${launch.message}\n`);
  process.exit(1);
}

const child = spawn(launch.binary, [appDir, ...process.argv.slice(2)], { stdio: 'inherit', env: electronEnvironment(process.env) });
child.on('error', (error) => {
  process.stderr.write(`无法启动 Electron：${error.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
