/**
 * The loopback bridge: the same dispatcher Electron serves over IPC, served over HTTP to a browser, so the real
 * renderer can be driven in real Chromium against the real services and real SQLite. Development and tests only:
 * electron/main never imports it and the packaged app does not contain it.
 *
 * Safety: listens on 127.0.0.1 only, on a random port; every call needs the per-run token (compared in constant
 * time); the Host header must name the loopback address (no DNS rebinding); a cross-origin page is refused unless
 * its origin was allowed at start (a Vite dev server); bodies are capped.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_EXCHANGE_CHARS } from '../../shared/api.js';
import type { Dispatch } from '../services/api/dispatcher.js';
import { serveStatic } from './staticFiles.js';

export const TOKEN_HEADER = 'x-nianbao-token';
export const API_PREFIX = '/api/';
/** The largest body accepted: an exchange file at its cap in the worst case (every character escaped as \uXXXX), plus the envelope. */
export const MAX_BODY_BYTES = MAX_EXCHANGE_CHARS * 6 + 64 * 1024;

export interface BridgeOptions {
  readonly dispatch: Dispatch;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** A fixed token for tests; a fresh random one otherwise. */
  readonly token?: string;
  /** The built renderer, served at `/` so the page and the API share one origin. */
  readonly staticDir?: string | null;
  /** Other origins allowed to call (e.g. the Vite dev server `http://127.0.0.1:5173`). */
  readonly allowedOrigins?: readonly string[];
}

export interface Bridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  // A refusal may leave a request body unread: close the connection so the next call does not stall behind it.
  const close: Record<string, string> = status >= 400 ? { connection: 'close' } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...close, ...headers });
  res.end(text);
}

const refusal = (message: string) => ({ ok: false, error: { code: 'REFUSED', message } });

function tokensMatch(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const allowed = new Set(options.allowedOrigins ?? []);
  let ownOrigins = new Set<string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, refusal('开发桥内部错误'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!ownOrigins.has(`http://${req.headers.host ?? ''}`)) return send(res, 421, refusal('只接受来自本机回环地址的请求'));
    const origin = req.headers.origin;
    const crossOrigin = origin !== undefined && !ownOrigins.has(origin);
    if (crossOrigin && !allowed.has(origin)) return send(res, 403, refusal('拒绝来自其他网页的调用'));
    const cors: Record<string, string> = crossOrigin ? { 'access-control-allow-origin': origin, vary: 'origin' } : {};
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method === 'OPTIONS' && crossOrigin) {
        res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': `content-type, ${TOKEN_HEADER}`, 'access-control-max-age': '600' });
        return void res.end();
      }
      if (req.method !== 'POST') return send(res, 405, refusal('只接受 POST'), cors);
      if (!tokensMatch(req.headers[TOKEN_HEADER], token)) return send(res, 401, refusal('开发桥的口令不对'), cors);
      const body = await readBody(req);
      if (body === null) return send(res, 413, refusal('请求过大'), cors);
      let input: unknown;
      try {
        input = body === '' ? {} : (JSON.parse(body) as { input?: unknown }).input;
      } catch {
        return send(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: '请求不是有效的 JSON' } }, cors);
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        return send(res, 200, { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '没有这个调用' } }, cors);
      }
      return send(res, 200, await options.dispatch(channel, input), cors);
    }

    if (req.method === 'GET' && options.staticDir) return serveStatic(res, options.staticDir, url.pathname);
    return send(res, 404, refusal('没有这个地址'));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
