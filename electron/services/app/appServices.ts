/**
 * The services of one workstation behind the one dispatcher: what Electron main serves over IPC, the loopback
 * bridge serves to a browser, and tests and benchmarks call directly. Plain Node; paths and dialogs come in.
 */
import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatcher.js';
import type { FileDialogs } from './dialogs.js';
import type { FolderShell } from './folders.js';
import { agencyHandlers } from './handlers/agencies.js';
import { editingHandlers } from './handlers/editing.js';
import { exchangeHandlers } from './handlers/exchange.js';
import { findingHandlers } from './handlers/findings.js';
import { formatHandlers } from './handlers/formats.js';
import { revisionHandlers } from './handlers/revisions.js';
import { officeFontsOnce, printFontHandlers } from './handlers/printFonts.js';
import { importHandlers } from './handlers/imports.js';
import { ledgerHandlers } from './handlers/ledger.js';
import { keyHandlers } from './handlers/keys.js';
import { printingHandlers } from './handlers/printing.js';
import { recordHandlers } from './handlers/records.js';
import { reportHandlers } from './handlers/reports.js';
import { historyHandlers } from './handlers/history.js';
import { rollupHandlers } from './handlers/rollup.js';
import { signoffHandlers } from './handlers/signoff.js';
import { renderInProcess, type RenderPdf } from './printing.js';
import { Workspace } from './workspace.js';

export interface AppServicesOptions {
  readonly dataDir: string;
  readonly defaultUserName: string;
  readonly dialogs: FileDialogs;
  /** 打开所在文件夹: the system's file manager (Electron's shell); none by default. */
  readonly folders?: FolderShell;
  readonly now?: () => Date;
  /** How PDFs are made (default: in this thread) and where the print fonts are (default: node_modules). */
  readonly pdf?: {
    readonly render?: RenderPdf;
    readonly fontDir?: string;
    /** Where to look for the office typefaces (default: this machine's font folders, or NIANBAO_FONT_DIRS). */
    readonly officeFontDirs?: readonly string[];
  };
}

export interface AppServices {
  readonly dispatch: Dispatch;
  close(): void;
}

export function createHandlers(ws: Workspace, pdf: AppServicesOptions['pdf'] = {}): Handlers {
  const officeFonts = officeFontsOnce(pdf.officeFontDirs);
  return {
    ...recordHandlers(ws),
    ...agencyHandlers(ws),
    ...reportHandlers(ws),
    ...historyHandlers(ws),
    ...editingHandlers(ws),
    ...findingHandlers(ws),
    ...signoffHandlers(ws),
    ...exchangeHandlers(ws),
    ...importHandlers(ws),
    ...ledgerHandlers(ws),
    ...printingHandlers(ws, pdf.render ?? renderInProcess, pdf.fontDir, officeFonts),
    ...formatHandlers(ws),
    ...revisionHandlers(ws, pdf.render ?? renderInProcess, pdf.fontDir, officeFonts),
    ...printFontHandlers(ws, pdf.fontDir, officeFonts),
    ...rollupHandlers(ws),
    ...keyHandlers(ws),
  };
}

export function openAppServices(options: AppServicesOptions): AppServices {
  const ws = new Workspace(options);
  const dispatch = createDispatcher(createHandlers(ws, options.pdf));
  return { dispatch, close: () => ws.close() };
}
