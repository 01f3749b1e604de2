/**
 * The security baseline of the window as plain data and pure predicates (design/architecture.md, "Security
 * baseline"): window options, Content-Security-Policy, which navigations and requests are allowed, permission
 * refusals and the IPC sender check. main.ts only wires these into Electron; test/shell proves each one.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol.js';

/** The one window. Every web preference that matters for safety is set explicitly, even where it is the default. */
export function mainWindowOptions(preloadPath: string, options: { development?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    title: '年报',
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false, // shown on ready-to-show, so no white flash
    backgroundColor: '#f5f5f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.development === true,
    },
  };
}

/**
 * Nothing remote, nothing inline that runs. style-src needs 'unsafe-inline' because antd (the UI kit) injects
 * its CSS-in-JS as <style> elements at run time; scripts stay 'self' only, so that allowance runs no code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers on every app:// response. */
export const RESPONSE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a URL of our own app://nianbao origin (no other host, port or credentials). */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window may only move between pages of our own origin: never file:, http(s):, javascript:, data:, … */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

/**
 * The app makes no network request at all. Allowed: our own origin, data: URLs (inline images and fonts the CSP
 * allows; they never leave the machine) and devtools: (the developer tools' own pages, development only).
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'data:' || parsed.protocol === 'devtools:');
}

/** will-navigate / will-frame-navigate / will-redirect: stop anything that leaves our origin. */
export function guardNavigation(event: { readonly url: string; preventDefault(): void }): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/** setWindowOpenHandler: no window.open, no target=_blank, ever. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/** session.setPermissionRequestHandler: camera, microphone, notifications, geolocation… all refused. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** session.setPermissionCheckHandler: every synchronous permission check answers no. */
export const denyPermissionCheck = (): boolean => false;

/** What the IPC handler knows about who sent a message. */
export interface SenderInfo {
  /** URL of the sending frame; null or undefined when the frame is gone (navigated away or destroyed). */
  readonly senderFrameUrl: string | null | undefined;
  readonly isMainFrame: boolean;
  readonly senderWebContentsId: number;
}

/** Only the main frame of our own window, showing our own origin, may call the services. */
export function isTrustedSender(sender: SenderInfo, mainWebContentsId: number | null | undefined): boolean {
  return (
    typeof mainWebContentsId === 'number' &&
    sender.senderWebContentsId === mainWebContentsId &&
    sender.isMainFrame === true &&
    isAppUrl(sender.senderFrameUrl)
  );
}
