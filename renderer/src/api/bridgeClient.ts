/**
 * The contract client over the loopback bridge (a browser in development and tests). In the desktop app the
 * preload's `window.nianbao.invoke` has the same type; the UI never knows which one it holds.
 */
import type { ApiResult, Channel, ChannelInput, ChannelOutput, Invoke } from '../../../shared/api.js';

export const TOKEN_HEADER = 'x-nianbao-token';
/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 32 * 1024;

export function bridgeInvoke(baseUrl: string, token: string): Invoke {
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> => {
    try {
      const body = JSON.stringify({ input });
      const response = await fetch(`${baseUrl}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        // A save sent as the page reloads still reaches the services (browsers allow this for small bodies).
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
      return (await response.json()) as ApiResult<ChannelOutput<C>>;
    } catch (error) {
      return { ok: false, error: { code: 'IO', message: `连接不到年报服务：${(error as Error).message}` } };
    }
  };
}
