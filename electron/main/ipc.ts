/**
 * Wires the one dispatcher to ipcMain behind the sender check: a call from anything but the main frame of our
 * window at app://nianbao is answered REFUSED and never reaches a service. Takes ipcMain as a parameter so the
 * tests drive it with a fake and fake events.
 */
import type { ApiResult } from '../../shared/api.js';
import type { Dispatch } from '../services/api/dispatcher.js';
import { INVOKE_CHANNEL } from '../ipcChannel.js';
import { isTrustedSender, type SenderInfo } from './security.js';

export { INVOKE_CHANNEL };

/** The parts of IpcMainInvokeEvent the sender check reads (an IpcMainInvokeEvent is one). */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown; readonly detached?: boolean } | null;
}

/** The part of ipcMain used here. */
export interface InvokeRegistry<E> {
  handle(channel: string, listener: (event: E, channel: unknown, input: unknown) => Promise<ApiResult<unknown>>): void;
}

export const REFUSED_SENDER: ApiResult<never> = { ok: false, error: { code: 'REFUSED', message: '拒绝来自未知页面的调用' } };

export function registerInvokeHandler<E>(ipcMain: InvokeRegistry<E>, dispatch: Dispatch, isTrusted: (event: E) => boolean): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, input) => {
    let trusted = false;
    try {
      trusted = isTrusted(event);
    } catch {
      trusted = false; // a sender we cannot even inspect is not trusted
    }
    if (!trusted) return REFUSED_SENDER;
    // The dispatcher refuses a channel that is not a known name; a non-string can never be one.
    return dispatch(typeof channel === 'string' ? channel : String(channel), input);
  });
}

/** Reads who sent an invoke. A frame that navigated away or was destroyed reads as null (refused). */
export function senderInfo(event: InvokeEventLike): SenderInfo {
  const frame = event.senderFrame;
  const alive = frame !== null && frame !== undefined && frame.detached !== true;
  return {
    senderFrameUrl: alive ? frame.url : null,
    isMainFrame: alive && frame.parent === null,
    senderWebContentsId: event.sender.id,
  };
}

/** The check main.ts passes to registerInvokeHandler: the sender must be the current main window's main frame. */
export function trustedSenderCheck(mainWebContentsId: () => number | null | undefined): (event: InvokeEventLike) => boolean {
  return (event) => isTrustedSender(senderInfo(event), mainWebContentsId());
}
