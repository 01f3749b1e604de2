/**
 * The services of one workstation behind the one dispatcher: what Electron main serves over IPC, the loopback
 * bridge serves to a browser, and tests and benchmarks call directly. Plain Node; paths and dialogs come in.
 */
import { createDispatcher, type Dispatch, type Handlers } from '../api/dispatcher.js';
import type { FileDialogs } from './dialogs.js';
import { agencyHandlers } from './handlers/agencies.js';
import { editingHandlers } from './handlers/editing.js';
import { exchangeHandlers } from './handlers/exchange.js';
import { findingHandlers } from './handlers/findings.js';
import { importHandlers } from './handlers/imports.js';
import { keyHandlers } from './handlers/keys.js';
import { printingHandlers } from './handlers/printing.js';
import { recordHandlers } from './handlers/records.js';
import { reportHandlers } from './handlers/reports.js';
import { signoffHandlers } from './handlers/signoff.js';
import { renderInProcess, type RenderPdf } from './printing.js';
import { Workspace } from './workspace.js';

export interface AppServicesOptions {
  readonly dataDir: string;
  readonly defaultUserName: string;
  readonly dialogs: FileDialogs;
  readonly now?: () => Date;
  /** How PDFs are made (default: in this thread) and where the print fonts are (default: node_modules). */
  readonly pdf?: { readonly render?: RenderPdf; readonly fontDir?: string };
}

export interface AppServices {
  readonly dispatch: Dispatch;
  close(): void;
}

export function createHandlers(ws: Workspace, pdf: AppServicesOptions['pdf'] = {}): Handlers {
  return {
    ...recordHandlers(ws),
    ...agencyHandlers(ws),
    ...reportHandlers(ws),
    ...editingHandlers(ws),
    ...findingHandlers(ws),
    ...signoffHandlers(ws),
    ...exchangeHandlers(ws),
    ...importHandlers(ws),
    ...keyHandlers(ws),
    ...printingHandlers(ws, pdf.render ?? renderInProcess, pdf.fontDir),
  };
}

export function openAppServices(options: AppServicesOptions): AppServices {
  const ws = new Workspace(options);
  const dispatch = createDispatcher(createHandlers(ws, options.pdf));
  return { dispatch, close: () => ws.close() };
}
