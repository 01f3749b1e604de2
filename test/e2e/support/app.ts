/**
 * The real UI in Debian's Chromium against the real services and real SQLite, through the loopback bridge (no
 * mocks): a fresh data folder per test, the page opened at the bridge's address with its token.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBridge, type Bridge } from '../../../electron/bridge/server.js';
import type { FileDialogs } from '../../../electron/services/app/dialogs.js';
import type { FolderShell } from '../../../electron/services/app/folders.js';
import { openTestServices, type TestServices } from '../../support/services.js';
import { E2E_RENDERER_DIR, SCREENSHOT_DIR } from './paths.js';

export const CHROMIUM = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RunningApp {
  readonly services: TestServices;
  readonly bridge: Bridge;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and page errors seen so far (a test asserts there are none). */
  readonly pageErrors: string[];
  /** The address with the token, for reloads. */
  readonly address: string;
  close(): Promise<void>;
}

/** Debian's Chromium; playwright gives each launch a fresh temporary profile (its own --user-data-dir). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`浏览器测试需要 Debian 的 chromium（${CHROMIUM}）：apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface StartAppOptions {
  readonly userName?: string;
  readonly viewport?: { width: number; height: number };
  /** The services' open/save dialogs (the bridge has no native ones); by default every choice is cancelled. */
  readonly dialogs?: FileDialogs;
  /** 打开所在文件夹 (the bridge has no file manager): a fake that records what it was asked to show. */
  readonly folders?: FolderShell;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(E2E_RENDERER_DIR, 'index.html'))) throw new Error('界面没有构建：globalSetup 应已运行 Vite 构建');
  const services = openTestServices({ userName: options.userName ?? '李文', ...(options.dialogs ? { dialogs: options.dialogs } : {}), ...(options.folders ? { folders: options.folders } : {}) });
  // Through the getter on every call, so a test may reopen the services (a damaged file, a restore).
  const bridge = await startBridge({ dispatch: (channel, input) => services.dispatch(channel, input), staticDir: E2E_RENDERER_DIR });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const address = `${bridge.url}/#token=${bridge.token}`;
  await page.goto(address);
  return {
    services,
    bridge,
    browser,
    page,
    pageErrors,
    address,
    async close() {
      await browser.close();
      await bridge.close();
      services.remove();
    },
  };
}

/** Saves a screenshot into docs/screenshots when NIANBAO_SCREENSHOTS=1 (`npm run screenshots`); otherwise nothing. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; withoutMessages?: boolean } = {}): Promise<void> {
  if (process.env.NIANBAO_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // antd's transient messages (已保存、已签发…) fade out after a few seconds; a picture of the screen waits for them.
  if (options.withoutMessages) await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 15_000 });
  // And for transitions to end (a table fading in from its loading state was caught half transparent).
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
}

/**
 * One app for the tests of a describe block: started before them, closed after. Returns a stand-in that
 * forwards to the running app, so tests write `app.page` as if they held it.
 */
export function runningApp(options: StartAppOptions = {}): RunningApp {
  let current: RunningApp | undefined;
  beforeAll(async () => {
    current = await startApp(options);
  }, 60_000);
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as RunningApp, {
    get(_target, key) {
      if (!current) throw new Error('the app is started in beforeAll; use it inside a test');
      return Reflect.get(current, key);
    },
  });
}
