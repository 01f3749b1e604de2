/** Serves the built renderer from one folder, refusing any path that leaves it. */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../main/security.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The file under `root` that `pathname` names, or null when it would leave `root` or is malformed. */
export function staticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(join(base, wanted));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return null;
  return file;
}

export function serveStatic(res: ServerResponse, root: string, pathname: string): void {
  const file = staticPath(root, pathname);
  let isFile = false;
  try {
    isFile = file !== null && statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!file || !isFile) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('没有这个文件');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The desktop window's policy, so the browser tests run the UI under the same rules as app://nianbao.
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  createReadStream(file).pipe(res);
}
