/**
 * electron/main/main.ts as built (dist/main/main.cjs), run in Node against a fake 'electron' module: proves the
 * wiring the pure modules rely on — scheme, protocol, CSP, network block, permissions, IPC sender check, window,
 * web-contents guards, menu, shutdown — without the Electron binary, which this machine cannot download.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type BuiltApp } from '../../bin/build-app.mjs';
import { CONTENT_SECURITY_POLICY, mainWindowOptions } from '../../electron/main/security.js';
import { REPO_ROOT } from '../cli/run-cli.js';

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

function fakeElectron(dataRoot: string, options: { lock?: boolean } = {}) {
  const order: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const windows: FakeWindow[] = [];

  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { id: 42 };
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    constructor(readonly options: unknown) {
      order.push('BrowserWindow');
      windows.push(this);
    }
    once(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
  }

  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => options.lock ?? true,
      enableSandbox: vi.fn(() => order.push('enableSandbox')),
      whenReady: () => ready,
      on(name: string, listener: Listener) {
        appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
        return electron.app;
      },
      getPath: (name: string) => path.join(dataRoot, name),
      getVersion: () => '0.1.0',
      quit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => order.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(async (_path: string) => '') },
  };
  return { electron, order, appListeners, windows, markReady };
}

/** Runs the CommonJS bundle with `require('electron')` answered by the fake and everything else by Node. */
function runMainBundle(built: BuiltApp, electron: unknown): void {
  const nodeRequire = createRequire(path.join(REPO_ROOT, 'dist', 'main', 'main.cjs'));
  const requireWithFake = (name: string) => (name === 'electron' ? electron : nodeRequire(name));
  const module = { exports: {} };
  const source = readFileSync(built.mainFile, 'utf8');
  new Function('require', 'module', 'exports', '__filename', '__dirname', source)(requireWithFake, module, module.exports, built.mainFile, path.dirname(built.mainFile));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let built: BuiltApp;
const work = mkdtempSync(path.join(tmpdir(), 'nianbao-main-'));
beforeAll(async () => {
  built = await buildApp({ root: REPO_ROOT, outDir: path.join(work, 'dist'), log: false });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('main process wiring (fake electron)', () => {
  let fake: ReturnType<typeof fakeElectron>;
  const handler = <T extends Listener>(mock: { mock: { calls: unknown[][] } }, index = 0) => mock.mock.calls[0]![index] as T;

  beforeAll(async () => {
    fake = fakeElectron(path.join(work, 'profile'));
    runMainBundle(built, fake.electron);
    fake.markReady();
    await settle();
  });
  afterAll(() => {
    for (const listener of fake.appListeners.get('window-all-closed') ?? []) listener();
  });

  it('security: app:// is privileged and the sandbox enabled before ready; files are served only after', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.order.indexOf('protocol.handle'));
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('security: the app:// handler serves the renderer with the CSP and refuses traversal', async () => {
    const [scheme, serve] = fake.electron.protocol.handle.mock.calls[0] as unknown as [string, (request: { method: string; url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const page = await serve({ method: 'GET', url: 'app://nianbao/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('年报');
    const escape = await serve({ method: 'GET', url: 'app://nianbao/..%2f..%2fmain%2fmain.cjs' });
    expect(escape.status).toBe(404);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('security: every network request is cancelled; the app’s own files load', () => {
    const filter = handler<(details: { url: string }, callback: (response: { cancel: boolean }) => void) => void>(fake.electron.session.defaultSession.webRequest.onBeforeRequest);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://example.com/track.gif')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://nianbao/index.html')).toBe(false);
  });

  it('security: permission requests and checks are refused', () => {
    const request = handler<(wc: unknown, permission: string, callback: (granted: boolean) => void) => void>(fake.electron.session.defaultSession.setPermissionRequestHandler);
    const granted = vi.fn();
    request({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    const check = handler<() => boolean>(fake.electron.session.defaultSession.setPermissionCheckHandler);
    expect(check()).toBe(false);
  });

  it('security: the one IPC handler answers our window and refuses a subframe, with the real services behind it', async () => {
    const [channel, invoke] = fake.electron.ipcMain.handle.mock.calls[0] as unknown as [string, Listener];
    expect(channel).toBe('nianbao:invoke');
    expect(fake.electron.ipcMain.handle).toHaveBeenCalledOnce();
    const mainFrame = { url: 'app://nianbao/index.html', parent: null };
    const status = (await invoke({ sender: { id: 42 }, senderFrame: mainFrame }, 'app.status', {})) as { ok: boolean; value: { dataDir: string } };
    expect(status.ok).toBe(true);
    expect(status.value.dataDir).toBe(path.join(work, 'profile', 'userData'));
    const refused = await invoke({ sender: { id: 42 }, senderFrame: { url: 'app://nianbao/index.html', parent: mainFrame } }, 'app.status', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
  });

  it('打开所在文件夹 reaches Electron’s shell with the records file and the backups folder only', async () => {
    const [, invoke] = fake.electron.ipcMain.handle.mock.calls[0] as unknown as [string, Listener];
    const event = { sender: { id: 42 }, senderFrame: { url: 'app://nianbao/index.html', parent: null } };
    const userData = path.join(work, 'profile', 'userData');
    expect(await invoke(event, 'records.showInFolder', { target: 'records' })).toMatchObject({ ok: true });
    expect(await invoke(event, 'records.showInFolder', { target: 'backups' })).toMatchObject({ ok: true });
    expect(fake.electron.shell.showItemInFolder.mock.calls).toEqual([[path.join(userData, 'nianbao.db')]]);
    expect(fake.electron.shell.openPath.mock.calls).toEqual([[path.join(userData, 'backups')]]);
  });

  it('opens one hidden, hardened window at app://nianbao/index.html and shows it when ready', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window!.options).toEqual(mainWindowOptions(path.join(path.dirname(built.mainFile), '..', 'preload', 'preload.cjs'), { development: false }));
    expect(window!.loadURL).toHaveBeenCalledWith('app://nianbao/index.html');
    expect(window!.show).not.toHaveBeenCalled();
    window!.listeners.get('ready-to-show')!();
    expect(window!.show).toHaveBeenCalledOnce();
  });

  it('security: every web contents refuses foreign navigation, redirects, new windows and webviews', () => {
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = {
      on: (name: string, listener: Listener) => contentsListeners.set(name, listener),
      setWindowOpenHandler: (listener: Listener) => (openHandler = listener),
    };
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
      contentsListeners.get(name)!(away);
      expect(away.preventDefault, name).toHaveBeenCalled();
      const home = { url: 'app://nianbao/index.html', preventDefault: vi.fn() };
      contentsListeners.get(name)!(home);
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contentsListeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('sets the Chinese menu, without developer tools in the installed app', () => {
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]![0] as { label: string; submenu: { role?: string }[] }[];
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(template.flatMap((menu) => menu.submenu.map((item) => item.role))).not.toContain('toggleDevTools');
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('a second start focuses the existing window', () => {
    const [window] = fake.windows;
    for (const listener of fake.appListeners.get('second-instance') ?? []) listener();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('closing the window closes the records and quits', async () => {
    const [, invoke] = fake.electron.ipcMain.handle.mock.calls[0] as unknown as [string, Listener];
    for (const listener of fake.appListeners.get('window-all-closed') ?? []) listener();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    const after = (await invoke({ sender: { id: 42 }, senderFrame: { url: 'app://nianbao/index.html', parent: null } }, 'agencies.list', {})) as { ok: boolean };
    expect(after.ok).toBe(false); // the database is closed
  });
});

describe('single instance', () => {
  it('a second copy of the program quits at once and touches nothing', async () => {
    const fake = fakeElectron(path.join(work, 'second'), { lock: false });
    runMainBundle(built, fake.electron);
    fake.markReady();
    await settle();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});
