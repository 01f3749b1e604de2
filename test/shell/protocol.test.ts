/** The app:// protocol (electron/main/protocol.ts, appFiles.ts): the page gets its own files and nothing else on disk. */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answerAppRequest } from '../../electron/main/appFiles.js';
import { APP_ENTRY_URL, contentTypeFor, privilegedSchemes, resolveAppRequest } from '../../electron/main/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.js';

const ROOT = '/opt/年报/resources/app.asar/dist/renderer';

describe('resolveAppRequest', () => {
  it('serves index.html for the entry URL and for /', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppRequest('app://nianbao/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppRequest('app://nianbao', ROOT)).toBe(path.join(ROOT, 'index.html'));
  });

  it('serves nested assets, decoding percent-encoded names, ignoring query and fragment', () => {
    expect(resolveAppRequest('app://nianbao/assets/index-1a2b.js?v=3#x', ROOT)).toBe(path.join(ROOT, 'assets', 'index-1a2b.js'));
    expect(resolveAppRequest('app://nianbao/fonts/%E5%AE%8B%E4%BD%93.woff2', ROOT)).toBe(path.join(ROOT, 'fonts', '宋体.woff2'));
    expect(resolveAppRequest('app://nianbao/a%20b.png', ROOT)).toBe(path.join(ROOT, 'a b.png'));
  });

  it.each([
    // plain and encoded parent directories
    'app://nianbao/../../etc/passwd',
    'app://nianbao/assets/../../../etc/passwd',
    'app://nianbao/%2e%2e/%2e%2e/etc/passwd',
    'app://nianbao/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://nianbao/assets%2f..%2f..%2fsecret',
    'app://nianbao/.%2e/secret',
    'app://nianbao/%252e%252e/secret',
    // backslashes, raw and encoded
    'app://nianbao/..\\..\\Windows\\win.ini',
    'app://nianbao/assets\\..\\..\\secret',
    'app://nianbao/%5c..%5c..%5cWindows%5cwin.ini',
    'app://nianbao/..%5C..%5Csecret',
    // NUL bytes
    'app://nianbao/index.html%00.png',
    'app://nianbao/%00',
    // absolute and drive paths
    'app://nianbao//etc/passwd',
    'app://nianbao/C:/Windows/win.ini',
    'app://nianbao/C%3A/Windows/win.ini',
    'app://nianbao/c:%5cWindows%5cwin.ini',
    'app://nianbao///server/share/x',
    // directories, dot-files, devices
    'app://nianbao/assets/',
    'app://nianbao/.env',
    'app://nianbao/assets/.git/config',
    'app://nianbao/CON',
    'app://nianbao/nul.txt',
    // malformed encoding
    'app://nianbao/%E5%AE',
    'app://nianbao/%zz',
    'app://nianbao/%',
    // not our origin
    'app://other-host/index.html',
    'app://nianbao:8080/index.html',
    'app://user:pass@nianbao/index.html',
    'file:///etc/passwd',
    'https://nianbao/index.html',
    'not a url',
  ])('security: %j is refused (null) or stays inside the renderer directory', (url) => {
    const resolved = resolveAppRequest(url, ROOT);
    if (resolved !== null) {
      const relative = path.relative(ROOT, resolved);
      expect(relative.startsWith('..') || path.isAbsolute(relative), `${url} → ${resolved}`).toBe(false);
    }
    expect(resolved).toBeNull();
  });

  it('security: on Windows paths, traversal, drive letters and backslashes are refused too', () => {
    const winRoot = 'C:\\Program Files\\年报\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppRequest('app://nianbao/assets/app.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    for (const url of [
      'app://nianbao/..%5C..%5CWindows%5Cwin.ini',
      'app://nianbao/C:/Windows/win.ini',
      'app://nianbao/C%3A%5CWindows%5Cwin.ini',
      'app://nianbao/%5C%5Cserver%5Cshare%5Cx',
      'app://nianbao/index.html:Zone.Identifier',
      'app://nianbao/AUX',
      'app://nianbao/lpt1.js',
    ]) {
      expect(resolveAppRequest(url, winRoot, path.win32), url).toBeNull();
    }
  });

  it('security: a path into a sibling directory with the same prefix (renderer-old) is refused', () => {
    expect(resolveAppRequest('app://nianbao/../renderer-old/index.html', '/srv/renderer')).toBeNull();
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/index.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['fonts/a.woff2', 'font/woff2'],
    ['fonts/a.ttf', 'font/ttf'],
    ['data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['README', 'application/octet-stream'],
    ['tool.exe', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('scheme privileges', () => {
  it('security: app:// is standard and secure, and does not bypass the CSP', () => {
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('answerAppRequest', () => {
  const files = new Map([[path.join(ROOT, 'index.html'), new TextEncoder().encode('<!doctype html><title>年报</title>')]]);
  const readFile = vi.fn(async (file: string) => {
    const found = files.get(file);
    if (!found) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return found;
  });

  it('security: a served page carries the CSP, nosniff and its content type', async () => {
    const answer = await answerAppRequest('GET', APP_ENTRY_URL, ROOT, readFile);
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(answer.body as Uint8Array)).toContain('年报');
  });

  it('security: a traversal attempt is a 404 with the CSP, and the disk is never read', async () => {
    readFile.mockClear();
    const answer = await answerAppRequest('GET', 'app://nianbao/%2e%2e%2f%2e%2e%2fetc%2fpasswd', ROOT, readFile);
    expect(answer.status).toBe(404);
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('a missing file is a 404 in Chinese, not a crash', async () => {
    const answer = await answerAppRequest('GET', 'app://nianbao/missing.js', ROOT, readFile);
    expect(answer).toMatchObject({ status: 404, body: '没有这个页面' });
  });

  it('security: only GET and HEAD are answered', async () => {
    expect((await answerAppRequest('POST', APP_ENTRY_URL, ROOT, readFile)).status).toBe(405);
    const head = await answerAppRequest('HEAD', APP_ENTRY_URL, ROOT, readFile);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
