/**
 * Which contract client this window holds: the preload's `window.nianbao.invoke` in the desktop app, or the
 * loopback bridge when the page was opened from `npm run bridge` (its address carries `#token=…`).
 */
import type { Invoke } from '../../../shared/api.js';
import { bridgeInvoke } from './bridgeClient.js';

interface NianbaoWindow {
  readonly nianbao?: { readonly invoke: Invoke };
  readonly location: { readonly hash: string; readonly origin: string };
}

export function connect(win: NianbaoWindow): Invoke {
  if (win.nianbao?.invoke) return win.nianbao.invoke;
  const token = new URLSearchParams(win.location.hash.replace(/^#/, '')).get('token');
  if (token) return bridgeInvoke(win.location.origin, token);
  return async () => ({ ok: false, error: { code: 'IO', message: '没有连接到年报服务：请从桌面程序打开，或用 npm run bridge 给出的地址。' } });
}
