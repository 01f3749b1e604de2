/**
 * `npm run bridge`: serves the real services over the loopback bridge for a browser (development of the UI and
 * the browser tests). Options: --data DIR (default .nianbao-dev-data), --port N (default: any free port),
 * --static DIR (the built renderer, default dist/renderer when it exists), --allow-origin URL (a dev server).
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppServices } from '../services/app/appServices.js';
import { NO_DIALOGS } from '../services/app/dialogs.js';
import { startBridge } from './server.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.nianbao-dev-data' },
    port: { type: 'string', default: '0' },
    static: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
  },
});

const staticDir = values.static ? resolve(values.static) : existsSync('dist/renderer') ? resolve('dist/renderer') : null;
const services = openAppServices({ dataDir: resolve(values.data), defaultUserName: userInfo().username, dialogs: NO_DIALOGS });
const bridge = await startBridge({ dispatch: services.dispatch, port: Number(values.port), staticDir, allowedOrigins: values['allow-origin'] });

process.stdout.write(`年报开发桥已启动（只监听本机）：${bridge.url}/#token=${bridge.token}\n`);
process.stdout.write(`数据目录：${resolve(values.data)}；调用：POST ${bridge.url}/api/<通道>，请求头 x-nianbao-token；按 Ctrl+C 停止。\n`);

const stop = (): void => {
  void bridge.close().then(() => {
    services.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
