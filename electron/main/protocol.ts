/**
 * The app:// protocol that serves the renderer instead of file://: the scheme's privileges, and the pure
 * mapping from a request URL to a file inside the renderer directory. Anything that is not plainly a file under
 * that directory (traversal, encoded separators, NUL, drive letters, dot-files, another host) maps to null.
 */
import nodePath from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged (before `ready`). standard: relative URLs and an origin of its own;
 * secure: treated like https (no mixed-content downgrade); supportFetchAPI: the UI may fetch its own assets.
 * Deliberately not bypassCSP (our CSP must apply) and not corsEnabled (nothing is fetched cross-origin).
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/** The parts of node:path the resolver uses; tests pass path.win32 to prove the Windows behaviour too. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** A `..` segment in any spelling (`..`, `%2e%2e`, `.%2e`) between slashes, backslashes or their encodings. */
const DOT_DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){2}($|[/\\?#]|%2f|%5c)/i;
/** Names Windows maps to devices whatever the folder. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The absolute path of the file an app:// request asks for, or null when the request must be refused.
 * `/` means index.html; a directory (trailing slash) is never listed.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string, pathApi: PathApi = nodePath): string | null {
  // The URL parser would quietly collapse `..` (also `%2e%2e`, `.%2e`); a request that tries it is refused outright.
  if (DOT_DOT_SEGMENT.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') return null;

  const rawPath = url.pathname;
  if (rawPath === '/' || rawPath === '') return inside(rootDir, ['index.html'], pathApi);
  // A backslash or an encoded separator or dot is never part of a name we ship.
  if (rawPath.includes('\\') || /%(2e|2f|5c|00)/i.test(rawPath)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  // After decoding: no NUL, backslash, drive colon, or a second layer of encoding (`%252e`).
  if (!decoded.startsWith('/') || /[\0\\:%]/.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  // No empty segment (`//`, trailing `/`), no `.`/`..`, no hidden files, no Windows device names (CON, NUL…).
  if (segments.some((segment) => segment === '' || segment.startsWith('.') || WINDOWS_DEVICE.test(segment))) return null;
  return inside(rootDir, segments, pathApi);
}

function inside(rootDir: string, segments: readonly string[], pathApi: PathApi): string | null {
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) return null;
  return filePath;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The Content-Type of a served file, by extension (served with nosniff, so it must be right). */
export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const extension = dot === -1 ? '' : filePath.slice(dot).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
