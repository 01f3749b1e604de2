/**
 * The loopback bridge (development and browser tests only): the real services behind the real HTTP server,
 * called with the real renderer client. It must give exactly what the dispatcher gives, and nothing to anyone
 * but the page it was started for: loopback only, the per-run token, the right Host, the allowed origins, a
 * capped body, and static files that never leave their folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_CHARS, type ApiResult } from '../../shared/api.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { API_PREFIX, MAX_BODY_BYTES, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/bridge/server.js';
import { staticPath } from '../../electron/bridge/staticFiles.js';
import { bridgeInvoke, TOKEN_HEADER as CLIENT_TOKEN_HEADER } from '../../renderer/src/api/bridgeClient.js';
import { seedReport } from '../support/reports.js';
import { openTestServices, snapshotTables, type TestServices } from '../support/services.js';

const TOKEN = 'a1b2c3d4'.repeat(6);
const WRONG_TOKEN = 'a1b2c3d5'.repeat(6);
const DEV_SERVER = 'http://127.0.0.1:5173';
const SECRET = 'SECRET-OUTSIDE-THE-STATIC-FOLDER';
const INDEX_HTML = '<!doctype html><title>年报</title>';
const CJK = /[\u3400-\u9fff]/;
const FIXED_NOW = (): Date => new Date('2024-01-10T02:00:00.000Z');

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

interface RawRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string | number | string[]>;
  readonly body?: string | Buffer;
  /** Chunks written one after another without a content-length (a stream). */
  readonly chunks?: { readonly size: number; readonly count: number };
  readonly setHost?: boolean;
  readonly host?: string;
  /** A keep-alive agent to share one connection between requests; by default each request has its own. */
  readonly agent?: Agent;
}

/**
 * One HTTP request with full control of the headers (fetch forbids setting Host) and of the path as sent. Each
 * request opens its own connection unless an agent is given, so one test's refusal cannot disturb the next call.
 */
function send(bridge: Bridge, options: RawRequest): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers ?? {},
        setHost: options.setHost ?? true,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    if (options.chunks) {
      const chunk = Buffer.alloc(options.chunks.size, 0x20);
      let left = options.chunks.count;
      const pump = (): void => {
        while (left > 0) {
          left--;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    } else {
      req.end(options.body);
    }
  });
}

/** A call as the page makes it: POST /api/<channel> with the token and a JSON envelope. */
const apiCall = (bridge: Bridge, channel: string, input: unknown, headers: Record<string, string> = {}, extra: Partial<RawRequest> = {}): Promise<Reply> =>
  send(bridge, {
    path: `${API_PREFIX}${encodeURIComponent(channel)}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify({ input }),
    ...extra,
  });

const json = (reply: Reply): ApiResult<unknown> => JSON.parse(reply.text) as ApiResult<unknown>;

function expectRefusedInChinese(reply: Reply, status: number): void {
  expect(reply.status).toBe(status);
  const body = json(reply);
  expect(body.ok).toBe(false);
  expect(!body.ok && body.error.message).toMatch(CJK);
  expect(reply.headers['access-control-allow-origin']).toBeUndefined();
}

let s: TestServices;
let bridge: Bridge;
let outside: string;
let staticDir: string;

beforeEach(async () => {
  s = openTestServices({ now: FIXED_NOW });
  outside = mkdtempSync(join(tmpdir(), '年报 桥-'));
  staticDir = join(outside, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("年报");');
  writeFileSync(join(outside, 'package.json'), JSON.stringify({ name: SECRET }));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  mkdirSync(join(outside, 'static-evil'));
  writeFileSync(join(outside, 'static-evil', 'secret.txt'), SECRET);
  bridge = await startBridge({ dispatch: s.dispatch, token: TOKEN, staticDir, allowedOrigins: [DEV_SERVER] });
});

afterEach(async () => {
  await bridge.close();
  s.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('the same services as the dispatcher', () => {
  it('security: the page gets exactly what the dispatcher gives when it creates an agency, imports a report and edits a cell through the bridge', async () => {
    const direct = openTestServices({ now: FIXED_NOW });
    try {
      const invoke = bridgeInvoke(bridge.url, bridge.token);
      const steps: [string, unknown][] = [
        ['agencies.create', { name: '巴楚县教育局', level: 'department', issuer: '巴楚县教育局办公室' }],
        ['exchange.importText', { fileName: '巴楚县2023.nianbao.json', text: writeExchangeText(seedReport()) }],
        ['reports.editCells', { reportId: 1, edits: [{ cellId: 'applications.received.natural', value: 3 }] }],
        ['reports.editField', { reportId: 1, field: 'date', value: '2024年1月32日' }],
        ['reports.open', { reportId: 1 }],
        ['agencies.list', {}],
        ['audit.history', { reportId: 1 }],
      ];
      for (const [channel, input] of steps) {
        const viaBridge = await invoke(channel as never, input as never);
        const viaDispatcher = await direct.dispatch(channel, input);
        expect(viaBridge, channel).toEqual(viaDispatcher);
      }
      const edited = await invoke('reports.open', { reportId: 1 });
      expect(edited.ok && edited.value.report.cells['applications.received.natural']).toBe(3);
      expect(snapshotTables(s.databasePath)).toEqual(snapshotTables(direct.databasePath));
    } finally {
      direct.remove();
    }
  });

  it('security: the client sends the token in the header the server checks (else every call of the page is refused)', () => {
    expect(CLIENT_TOKEN_HEADER).toBe(TOKEN_HEADER);
  });

  it('security: a bridge that is gone gives the page an IO error in Chinese, not an exception', async () => {
    const invoke = bridgeInvoke(bridge.url, bridge.token);
    await bridge.close();
    const result = await invoke('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(!result.ok && result.error.message).toMatch(/^连接不到年报服务/);
  });
});

describe('who may call', () => {
  it('security: the bridge listens on 127.0.0.1 only, so no other computer (and no other address of this one) reaches it', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}`);
    expect(bridge.port).toBeGreaterThan(0);
    const reachable = (host: string): Promise<boolean> =>
      new Promise((done) => {
        const socket = connect({ host, port: bridge.port });
        socket.once('connect', () => {
          socket.destroy();
          done(true);
        });
        socket.once('error', () => done(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    expect(await reachable('127.0.0.2')).toBe(false);
    expect(await reachable('::1')).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal)
      .map((address) => address!.address);
    for (const address of external) expect(await reachable(address), address).toBe(false);
  });

  it('security: a call without the token is refused with 401 and changes nothing', async () => {
    const before = snapshotTables(s.databasePath);
    const reply = await send(bridge, { path: '/api/agencies.create', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: { name: '冒名机关', level: 'county' } }) });
    expectRefusedInChinese(reply, 401);
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: a wrong token of the same length, a longer one, a shorter one, an empty one and two tokens are all refused with 401', async () => {
    const before = snapshotTables(s.databasePath);
    // (Spaces around a header value are not part of it in HTTP, so ` ${TOKEN}` is the token itself.)
    const wrong: (string | string[])[] = [WRONG_TOKEN, TOKEN.toUpperCase(), `${TOKEN}0`, TOKEN.slice(0, -1), '', `${TOKEN.slice(0, 24)} ${TOKEN.slice(25)}`, [TOKEN, TOKEN]];
    for (const token of wrong) {
      const reply = await send(bridge, {
        path: '/api/agencies.create',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ input: { name: '冒名机关', level: 'county' } }),
      });
      expectRefusedInChinese(reply, 401);
    }
    const client = await bridgeInvoke(bridge.url, WRONG_TOKEN)('agencies.create', { name: '冒名机关', level: 'county' });
    expect(client).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: a request whose Host names another site (DNS rebinding) is refused with 421, even with the token', async () => {
    const before = snapshotTables(s.databasePath);
    const hosts = [`evil.example:${bridge.port}`, 'evil.example', `127.0.0.1:${bridge.port}.evil.example`, `127.0.0.1`, `127.0.0.1:${bridge.port + 1}`, `0.0.0.0:${bridge.port}`];
    for (const host of hosts) {
      const reply = await apiCall(bridge, 'agencies.create', { name: '冒名机关', level: 'county' }, { host });
      expect(reply.status, host).toBe(421);
      expectRefusedInChinese(reply, 421);
      const page = await send(bridge, { method: 'GET', path: '/', headers: { host } });
      expect(page.status, host).toBe(421);
      expect(page.text).not.toContain(INDEX_HTML);
    }
    const noHost = await apiCall(bridge, 'agencies.create', { name: '冒名机关', level: 'county' }, {}, { setHost: false });
    expect([400, 421]).toContain(noHost.status);
    expect(snapshotTables(s.databasePath)).toEqual(before);
    // Both names of the loopback address are the bridge's own.
    expect((await apiCall(bridge, 'app.status', {}, { host: `localhost:${bridge.port}` })).status).toBe(200);
  });

  it('security: a page of another origin is refused with 403 and gets no CORS header, even with the token', async () => {
    const before = snapshotTables(s.databasePath);
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:5174', `https://127.0.0.1:${bridge.port}`, 'http://localhost:5173']) {
      const reply = await apiCall(bridge, 'agencies.create', { name: '冒名机关', level: 'county' }, { origin });
      expectRefusedInChinese(reply, 403);
      const preflight = await send(bridge, { method: 'OPTIONS', path: '/api/agencies.create', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.status, origin).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: the allowed dev-server origin gets CORS headers for itself only, and its preflight works', async () => {
    const preflight = await send(bridge, {
      method: 'OPTIONS',
      path: '/api/agencies.create',
      headers: { origin: DEV_SERVER, 'access-control-request-method': 'POST', 'access-control-request-headers': `content-type, ${TOKEN_HEADER}` },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': DEV_SERVER, 'access-control-allow-methods': 'POST', vary: 'origin' });
    expect(preflight.headers['access-control-allow-headers']).toContain(TOKEN_HEADER);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    const reply = await apiCall(bridge, 'agencies.create', { name: '巴楚县教育局', level: 'department' }, { origin: DEV_SERVER });
    expect(reply.status).toBe(200);
    expect(reply.headers).toMatchObject({ 'access-control-allow-origin': DEV_SERVER, vary: 'origin' });
    expect(json(reply)).toMatchObject({ ok: true, value: { name: '巴楚县教育局' } });

    // The allowed origin still needs the token.
    expect((await apiCall(bridge, 'agencies.list', {}, { origin: DEV_SERVER, [TOKEN_HEADER]: WRONG_TOKEN })).status).toBe(401);
    // The page's own origin is not cross-origin: no CORS header at all.
    const own = await apiCall(bridge, 'agencies.list', {}, { origin: bridge.url });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('what may be sent', () => {
  it('security: GET, PUT, DELETE and a same-origin OPTIONS on the API are refused with 405 and change nothing', async () => {
    const before = snapshotTables(s.databasePath);
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const reply = await send(bridge, { method, path: '/api/backups.create', headers: { [TOKEN_HEADER]: TOKEN } });
      expectRefusedInChinese(reply, 405);
    }
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: a body over the cap (with a length, or streamed without one) is refused with 413 and changes nothing', async () => {
    const before = snapshotTables(s.databasePath);
    const overCap = await send(bridge, {
      path: '/api/agencies.create',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, 'content-length': MAX_BODY_BYTES + 1 },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    expectRefusedInChinese(overCap, 413);
    // The same without a length: a stream that just keeps going.
    const streamed = await send(bridge, {
      path: '/api/agencies.create',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      chunks: { size: 1024 * 1024, count: Math.ceil(MAX_BODY_BYTES / (1024 * 1024)) + 1 },
    });
    expectRefusedInChinese(streamed, 413);
    expect(snapshotTables(s.databasePath)).toEqual(before);
    // The bridge is still there for the page.
    expect((await apiCall(bridge, 'app.status', {})).status).toBe(200);
  });

  it('security: after a refused oversized body, the next call on the same keep-alive connection is answered at once', async () => {
    // A browser keeps the connection open between calls; a refusal must not leave it stuck.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const streamed = await send(bridge, {
        agent,
        path: '/api/agencies.create',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        chunks: { size: 1024 * 1024, count: Math.ceil(MAX_BODY_BYTES / (1024 * 1024)) + 1 },
      });
      expect(streamed.status).toBe(413);
      const started = Date.now();
      const next = await send(bridge, { agent, path: '/api/app.status', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body: '{"input":{}}' }).catch(
        (error: Error) => ({ status: 0, headers: {}, text: error.message }),
      );
      expect({ status: next.status, slow: Date.now() - started > 2000 }).toEqual({ status: 200, slow: false });
    } finally {
      agent.destroy();
    }
  });

  it('security: a body exactly at the cap is still read and answered (only what is over it is refused)', async () => {
    const envelope = JSON.stringify({ input: { name: '巴楚县教育局', level: 'department' } });
    const body = envelope + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(envelope));
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const reply = await send(bridge, { path: '/api/agencies.create', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body });
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ ok: true, value: { name: '巴楚县教育局' } });
  });

  it("security: an exchange text the contract accepts (at its cap, in Chinese) is not turned away by the bridge's body cap", async () => {
    // The contract counts characters; the bridge counts UTF-8 bytes (3 per Chinese character).
    const text = '年'.repeat(MAX_EXCHANGE_CHARS);
    expect(await s.raw('exchange.importText', { fileName: 'big.nianbao.json', text })).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    const reply = await apiCall(bridge, 'exchange.importText', { fileName: 'big.nianbao.json', text });
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
  });

  it('security: a body that is not JSON is refused as INVALID_INPUT in Chinese and changes nothing', async () => {
    const before = snapshotTables(s.databasePath);
    for (const body of ['{', '{"input":', 'input=1', '\u0000', '{"input":{"name":"x",}}', 'null', '"text"', '[]']) {
      const reply = await send(bridge, { path: '/api/agencies.create', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body });
      expect([200, 400], body).toContain(reply.status);
      const result = json(reply);
      expect(result, body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message).toMatch(CJK);
    }
    const garbage = await send(bridge, { path: '/api/agencies.create', headers: { [TOKEN_HEADER]: TOKEN }, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(json(garbage)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求不是有效的 JSON' } });
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: the body is checked by the contract behind the bridge: a __proto__ key or an unknown channel is refused', async () => {
    const before = snapshotTables(s.databasePath);
    const polluted = await send(bridge, {
      path: '/api/agencies.create',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{"input":{"__proto__":{"polluted":1},"name":"巴楚县教育局","level":"department"}}',
    });
    expect(json(polluted)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const channel of ['__proto__', 'constructor', 'reports.nope', '../app.status']) {
      expect(json(await apiCall(bridge, channel, {})), channel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: a malformed percent-encoded channel name is refused like any unknown call, not as an internal error, and the bridge keeps serving', async () => {
    const reply = await send(bridge, { path: '/api/%E0%A4%A', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body: '{"input":{}}' });
    expect(reply.status).toBeLessThan(500);
    const result = json(reply);
    expect(result.ok).toBe(false);
    expect(['UNKNOWN_CHANNEL', 'INVALID_INPUT']).toContain(!result.ok && result.error.code);
    expect((await apiCall(bridge, 'app.status', {})).status).toBe(200);
  });

  it('security: API answers are not cached and not sniffed', async () => {
    const reply = await apiCall(bridge, 'app.status', {});
    expect(reply.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('static files', () => {
  it("security: '/' serves index.html from the static folder, and files under it with their type and nosniff", async () => {
    const page = await send(bridge, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX_HTML);
    expect(page.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' });
    const script = await send(bridge, { method: 'GET', path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(bridge, { method: 'GET', path: '/assets/missing.js' })).status).toBe(404);
    expect((await send(bridge, { method: 'POST', path: '/' })).status).toBe(404);
  });

  const escapes = [
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/%5c..%5cpackage.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/a/%00',
    '/index.html%00.js',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/../static-evil/secret.txt',
    '/..%2fstatic-evil%2fsecret.txt',
    '/%E0%A4%A',
    '//..//secret.txt',
  ];

  it('security: a path that tries to leave the static folder is 404 and never serves a file outside it', async () => {
    const paths = [...escapes, `/${encodeURIComponent(join(outside, 'secret.txt'))}`, `/${encodeURIComponent(join(outside, 'package.json'))}`];
    for (const path of paths) {
      const reply = await send(bridge, { method: 'GET', path });
      expect(reply.status, path).toBe(404);
      expect(reply.text, path).not.toContain(SECRET);
    }
  });

  it('security: staticPath refuses every escape and keeps every answer inside the folder', () => {
    const root = staticDir;
    const base = resolve(root);
    const inside = (file: string | null): boolean => file !== null && (file === base || file.startsWith(base + sep));
    for (const path of [...escapes, '/..', '/%2e%2e', '/a/../../package.json', '/./../package.json', '/.%2e/package.json', '/%2e./package.json', '/\u0000']) {
      expect(staticPath(root, path), path).toBeNull();
    }
    expect(staticPath(root, '/')).toBe(join(base, 'index.html'));
    expect(staticPath(root, '')).toBe(join(base, 'index.html'));
    expect(staticPath(root, '/index.html')).toBe(join(base, 'index.html'));
    expect(staticPath(root, '/assets/app.js')).toBe(join(base, 'assets', 'app.js'));
    expect(staticPath(root, '/assets/../index.html')).toBe(join(base, 'index.html'));
    expect(staticPath(root, '/%E5%B9%B4%E6%8A%A5.html')).toBe(join(base, '年报.html'));
    // An absolute path in the URL stays under the folder, never the real one.
    for (const path of ['//etc/passwd', '/%2Fetc%2Fpasswd', `/${encodeURIComponent(join(outside, 'secret.txt'))}`]) {
      const file = staticPath(root, path);
      expect(inside(file), `${path} → ${String(file)}`).toBe(true);
    }
  });
});
