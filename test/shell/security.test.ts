/** The window's security baseline (electron/main/security.ts): what would let a page reach the office PC if it broke. */
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  guardNavigation,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isTrustedSender,
  mainWindowOptions,
  RESPONSE_SECURITY_HEADERS,
} from '../../electron/main/security.js';

describe('window options', () => {
  const options = mainWindowOptions('/app/dist/preload/preload.cjs');
  const web = options.webPreferences!;

  it('security: the page runs isolated and sandboxed, without Node, in every frame and worker', () => {
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('security: no webview, web security on, no insecure content, no drag-and-drop navigation', () => {
    expect(web).toMatchObject({
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
  });

  it('security: developer tools are off unless this is a development build', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', { development: true }).webPreferences!.devTools).toBe(true);
  });

  it('loads the given preload and opens hidden, titled 年报, at a usable size', () => {
    expect(web.preload).toBe('/app/dist/preload/preload.cjs');
    expect(options).toMatchObject({ title: '年报', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.width!).toBeGreaterThanOrEqual(options.minWidth!);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

  it('security: allows nothing remote, no wildcard and no eval', () => {
    for (const forbidden of ['http:', 'https:', 'ws:', 'wss:', '*', "'unsafe-eval'", 'blob:', 'filesystem:']) {
      expect(CONTENT_SECURITY_POLICY).not.toContain(forbidden);
    }
  });

  it("security: scripts come only from the app itself (no 'unsafe-inline' for scripts)", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('security: no base URL, form target, framing or plugin can be injected', () => {
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('allows what the UI needs: its own styles (antd injects <style>), images and fonts', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('security: every app:// response carries the policy and nosniff', () => {
    expect(RESPONSE_SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(RESPONSE_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation and requests', () => {
  it('security: the window may move only within app://nianbao', () => {
    expect(isAllowedNavigation('app://nianbao/index.html')).toBe(true);
    expect(isAllowedNavigation('app://nianbao/reports/3?tab=checks#R3-1')).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'http://nianbao/',
    'https://example.com/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://other-host/index.html',
    'app://nianbao.evil.example/index.html',
    'app://nianbao:8080/index.html',
    'app://user@nianbao/index.html',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('security: navigation to %j is refused', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
    const event = { url, preventDefault: vi.fn() };
    guardNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('security: a navigation within the app is not interfered with', () => {
    const event = { url: 'app://nianbao/index.html', preventDefault: vi.fn() };
    guardNavigation(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('security: window.open and target=_blank are always denied', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('security: the app makes no network request: only app://nianbao, data: and devtools: load', () => {
    for (const url of ['app://nianbao/assets/index-1a2b.js', 'data:image/png;base64,iVBORw0KGgo=', 'devtools://devtools/bundled/devtools_app.html']) {
      expect(isAllowedRequestUrl(url)).toBe(true);
    }
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:5173/',
      'ws://localhost:1234/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'app://other-host/x.js',
      'blob:app://nianbao/8d2f',
      'chrome-extension://abc/x.js',
      'garbage',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'unknown'])(
    'security: a request for %s is refused',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('security: every permission check answers no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('IPC sender check', () => {
  const MAIN = 7;
  const ours = { senderFrameUrl: 'app://nianbao/index.html', isMainFrame: true, senderWebContentsId: MAIN };

  it('security: the main frame of our window at our origin may invoke', () => {
    expect(isTrustedSender(ours, MAIN)).toBe(true);
  });

  it('security: a subframe cannot invoke a channel', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, MAIN)).toBe(false);
  });

  it('security: another window cannot invoke a channel', () => {
    expect(isTrustedSender({ ...ours, senderWebContentsId: MAIN + 1 }, MAIN)).toBe(false);
  });

  it('security: nothing is trusted before the main window exists', () => {
    expect(isTrustedSender(ours, null)).toBe(false);
    expect(isTrustedSender(ours, undefined)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///C:/x.html', 'app://other-host/index.html', 'about:blank', 'data:text/html,x', ''])(
    'security: a page at %j cannot invoke a channel',
    (url) => {
      expect(isTrustedSender({ ...ours, senderFrameUrl: url }, MAIN)).toBe(false);
    },
  );

  it('security: a destroyed or navigated-away frame (null/undefined) cannot invoke a channel', () => {
    expect(isTrustedSender({ ...ours, senderFrameUrl: null }, MAIN)).toBe(false);
    expect(isTrustedSender({ ...ours, senderFrameUrl: undefined }, MAIN)).toBe(false);
  });
});
