/**
 * Electron main process: lifecycle and wiring only. Every decision (window options, CSP, navigation, sender
 * check, protocol paths, menu) lives in a pure, tested module next to this file; this file connects them to
 * Electron. The only other place that imports 'electron' at run time is electron/preload.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppServices, type AppServices } from '../services/app/appServices.js';
import { startPdfWorker, type PdfWorker } from '../services/pdf/pdfInWorker.js';
import { answerAppRequest } from './appFiles.js';
import { electronFileDialogs } from './dialogs.js';
import { electronFolderShell } from './folders.js';
import { registerInvokeHandler, trustedSenderCheck } from './ipc.js';
import { applicationMenuTemplate } from './menu.js';
import { aboutNotice, EXPORT_NEEDS_REPORT, importReportCommand, type Notice } from './menuCommands.js';
import { APP_ENTRY_URL, APP_SCHEME, privilegedSchemes } from './protocol.js';
import { denyPermissionCheck, denyPermissionRequest, denyWindowOpen, guardNavigation, isAllowedRequestUrl, mainWindowOptions } from './security.js';

// dist/main/main.cjs → dist/renderer, dist/preload (bin/build-app.mjs lays them out so).
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const development = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

// PDFs are made in a worker thread (started at the first print), so no window freezes while pdfkit works.
let pdfWorker: PdfWorker | null = null;

function closeServices(): void {
  const open = services;
  services = null;
  open?.close();
  void pdfWorker?.close();
  pdfWorker = null;
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '';
  }
}

function show(notice: Notice | null): void {
  if (!notice) return;
  const options = { type: notice.kind === 'error' ? ('error' as const) : ('info' as const), title: '年报', message: notice.message, detail: notice.detail };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, { development }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}

async function start(): Promise<void> {
  await app.whenReady();

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));

  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(request.method, request.url, rendererDir, readFile);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });

  try {
    services = openAppServices({
      dataDir: app.getPath('userData'),
      defaultUserName: userName(),
      dialogs: electronFileDialogs(dialog, () => mainWindow, app.getPath('documents')),
      folders: electronFolderShell(shell),
      pdf: {
        render: (report, options) => (pdfWorker ??= startPdfWorker()).render(report, options),
        // The installer ships the two print fonts and their licence in resources/fonts (build/electron-builder.json).
        ...(app.isPackaged && typeof process.resourcesPath === 'string' ? { fontDir: path.join(process.resourcesPath, 'fonts') } : {}),
      },
    });
  } catch (error) {
    dialog.showErrorBox('年报无法启动', `无法打开本机的数据目录：${error instanceof Error ? error.message : String(error)}`);
    app.quit();
    return;
  }
  const dispatch = services.dispatch;
  registerInvokeHandler(ipcMain, dispatch, trustedSenderCheck(() => mainWindow?.webContents.id));

  const menu = applicationMenuTemplate(
    {
      importReport: () => void importReportCommand(dispatch).then(show),
      exportExchange: () => show(EXPORT_NEEDS_REPORT),
      quit: () => app.quit(),
      showAbout: () => show(aboutNotice(app.getVersion())),
    },
    { development },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit(); // another 年报 is running: it gets focused by its 'second-instance' handler
} else {
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every web contents (the window, devtools, anything a page might try to create) gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', guardNavigation);
    contents.on('will-frame-navigate', guardNavigation);
    contents.on('will-redirect', guardNavigation);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(denyWindowOpen);
  });

  app.on('window-all-closed', () => {
    closeServices();
    app.quit();
  });
  app.on('will-quit', closeServices);

  start().catch((error: unknown) => {
    dialog.showErrorBox('年报无法启动', error instanceof Error ? error.message : String(error));
    closeServices();
    app.quit();
  });
}
