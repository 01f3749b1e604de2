/**
 * Answers one app:// request with a file of the built renderer, or 404/405 — always with the security headers.
 * Pure apart from the injected file reader, so the whole answer (status, type, CSP) is unit-tested.
 */
import { contentTypeFor, resolveAppRequest } from './protocol.js';
import { RESPONSE_SECURITY_HEADERS } from './security.js';

export interface AppAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

const PLAIN = 'text/plain; charset=utf-8';

export async function answerAppRequest(method: string, requestUrl: string, rootDir: string, readFile: ReadFile): Promise<AppAnswer> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...RESPONSE_SECURITY_HEADERS, 'Content-Type': PLAIN, Allow: 'GET, HEAD' }, body: '不支持的请求' };
  }
  const filePath = resolveAppRequest(requestUrl, rootDir);
  if (filePath === null) return notFound();
  let body: Uint8Array;
  try {
    body = await readFile(filePath);
  } catch {
    return notFound(); // missing, a directory, unreadable: the page simply is not there
  }
  return {
    status: 200,
    headers: { ...RESPONSE_SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath), 'Cache-Control': 'no-cache' },
    body: method === 'HEAD' ? '' : body,
  };
}

function notFound(): AppAnswer {
  return { status: 404, headers: { ...RESPONSE_SECURITY_HEADERS, 'Content-Type': PLAIN }, body: '没有这个页面' };
}
