/**
 * The IPC wiring (electron/main/ipc.ts) with a fake ipcMain and fake events: only our window's main frame at
 * app://nianbao reaches the dispatcher; everything else is answered REFUSED without touching a service.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api.js';
import { INVOKE_CHANNEL as SHARED_CHANNEL } from '../../electron/ipcChannel.js';
import { INVOKE_CHANNEL, registerInvokeHandler, REFUSED_SENDER, senderInfo, trustedSenderCheck, type InvokeEventLike } from '../../electron/main/ipc.js';
import { NO_DIALOGS } from '../../electron/services/app/dialogs.js';
import { openAppServices } from '../../electron/services/app/appServices.js';

type Handler = (event: InvokeEventLike, channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return { handlers, handle: (name: string, fn: Handler) => void handlers.set(name, fn) };
}

const WINDOW_ID = 3;
const mainFrame = { url: 'app://nianbao/index.html', parent: null, detached: false };
const event = (overrides: Partial<InvokeEventLike> = {}): InvokeEventLike => ({ sender: { id: WINDOW_ID }, senderFrame: mainFrame, ...overrides });
const ok: ApiResult<unknown> = { ok: true, value: { state: 'ready' } };

function wired() {
  const ipcMain = fakeIpcMain();
  const dispatch = vi.fn(async () => ok);
  registerInvokeHandler(ipcMain, dispatch, trustedSenderCheck(() => WINDOW_ID));
  return { handler: ipcMain.handlers.get(INVOKE_CHANNEL)!, dispatch, ipcMain };
}

describe('registerInvokeHandler', () => {
  it('registers exactly one handler, on the channel the preload uses', () => {
    const { ipcMain } = wired();
    expect([...ipcMain.handlers.keys()]).toEqual(['nianbao:invoke']);
    expect(INVOKE_CHANNEL).toBe(SHARED_CHANNEL);
  });

  it('passes a call from our window straight to the dispatcher and returns its answer', async () => {
    const { handler, dispatch } = wired();
    await expect(handler(event(), 'app.status', {})).resolves.toBe(ok);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('app.status', {});
  });

  it('security: a subframe cannot invoke a channel', async () => {
    const { handler, dispatch } = wired();
    const subframe = { url: 'app://nianbao/index.html', parent: mainFrame, detached: false };
    await expect(handler(event({ senderFrame: subframe }), 'reports.delete', { reportId: 1, confirm: true })).resolves.toEqual(REFUSED_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('security: another window cannot invoke a channel', async () => {
    const { handler, dispatch } = wired();
    await expect(handler(event({ sender: { id: WINDOW_ID + 1 } }), 'reports.list', {})).resolves.toEqual(REFUSED_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/', 'file:///C:/Users/x/report.html', 'app://other-host/index.html', 'about:blank'])(
    'security: a page at %s cannot invoke a channel',
    async (url) => {
      const { handler, dispatch } = wired();
      await expect(handler(event({ senderFrame: { url, parent: null } }), 'reports.list', {})).resolves.toEqual(REFUSED_SENDER);
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('security: a destroyed or detached frame cannot invoke a channel', async () => {
    const { handler, dispatch } = wired();
    await expect(handler(event({ senderFrame: null }), 'reports.list', {})).resolves.toEqual(REFUSED_SENDER);
    await expect(handler(event({ senderFrame: { ...mainFrame, detached: true } }), 'reports.list', {})).resolves.toEqual(REFUSED_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('security: before the window exists, and after it closed, nothing is trusted', async () => {
    const ipcMain = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    let windowId: number | null = null;
    registerInvokeHandler(ipcMain, dispatch, trustedSenderCheck(() => windowId));
    const handler = ipcMain.handlers.get(INVOKE_CHANNEL)!;
    await expect(handler(event(), 'app.status', {})).resolves.toEqual(REFUSED_SENDER);
    windowId = WINDOW_ID;
    await expect(handler(event(), 'app.status', {})).resolves.toBe(ok);
    windowId = null;
    await expect(handler(event(), 'app.status', {})).resolves.toEqual(REFUSED_SENDER);
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('security: a sender check that throws refuses the call', async () => {
    const ipcMain = fakeIpcMain();
    const dispatch = vi.fn(async () => ok);
    registerInvokeHandler(ipcMain, dispatch, () => {
      throw new Error('frame gone');
    });
    await expect(ipcMain.handlers.get(INVOKE_CHANNEL)!(event(), 'app.status', {})).resolves.toEqual(REFUSED_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('the refusal is one Chinese sentence with code REFUSED', () => {
    expect(REFUSED_SENDER).toEqual({ ok: false, error: { code: 'REFUSED', message: '拒绝来自未知页面的调用' } });
  });
});

describe('senderInfo', () => {
  it('reads URL, main-frame-ness and window id from an IPC event', () => {
    expect(senderInfo(event())).toEqual({ senderFrameUrl: 'app://nianbao/index.html', isMainFrame: true, senderWebContentsId: WINDOW_ID });
    expect(senderInfo(event({ senderFrame: { url: 'app://nianbao/x', parent: mainFrame } })).isMainFrame).toBe(false);
    expect(senderInfo(event({ senderFrame: null }))).toEqual({ senderFrameUrl: null, isMainFrame: false, senderWebContentsId: WINDOW_ID });
  });
});

describe('with the real services', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nianbao-ipc-'));
  const services = openAppServices({ dataDir, defaultUserName: '测试员', dialogs: NO_DIALOGS });
  afterAll(() => {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a trusted call reaches the real dispatcher; an unknown channel and an untrusted caller are refused in Chinese', async () => {
    const ipcMain = fakeIpcMain();
    registerInvokeHandler(ipcMain, services.dispatch, trustedSenderCheck(() => WINDOW_ID));
    const handler = ipcMain.handlers.get(INVOKE_CHANNEL)!;

    const status = await handler(event(), 'app.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', userName: '测试员' } });

    const unknown = await handler(event(), 'fs.readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    const refused = await handler(event({ senderFrame: { url: 'https://evil.example/', parent: null } }), 'agencies.create', { name: '某县政府办', level: 'county' });
    expect(refused).toEqual(REFUSED_SENDER);
    const agencies = await handler(event(), 'agencies.list', {});
    expect(agencies).toEqual({ ok: true, value: [] });
  });
});
