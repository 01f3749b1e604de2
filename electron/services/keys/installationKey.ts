/**
 * The installation's (the office's) Ed25519 key pair, made on first run and kept in the data folder as
 * `signing-key.json`, readable and writable only by the OS user (0600; on Windows the data folder under the
 * user's profile is already private to that user). A damaged key file is never replaced silently: signing is
 * refused with a sentence saying so, because other offices trust this key by its fingerprint.
 */
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { newKeyPair, publicKeyOf, type KeyPair } from '../../../shared/report/signature.js';

export const KEY_FILE = 'signing-key.json';
const KEY_FORMAT = 'nianbao-signing-key';

export type KeyOutcome = { readonly ok: true; readonly keys: KeyPair } | { readonly ok: false; readonly problem: string };

/** The key pair of the data folder `dataDir`, made now when there is none. */
export function loadOrCreateInstallationKey(dataDir: string, now: Date = new Date()): KeyOutcome {
  const path = join(dataDir, KEY_FILE);
  let text: string;
  try {
    // In place (issue 12): the office's own key file in its private data folder (0600), not a file from elsewhere.
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, problem: `无法读取本机签名密钥文件“${path}”（${(error as NodeJS.ErrnoException).code ?? '未知错误'}），不能签发` };
    return createKey(path, now);
  }
  try {
    const parsed = JSON.parse(text) as { format?: unknown; privateKey?: unknown; publicKey?: unknown };
    if (parsed.format !== KEY_FORMAT || typeof parsed.privateKey !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.privateKey)) throw new Error('shape');
    if (publicKeyOf(parsed.privateKey) !== parsed.publicKey) throw new Error('mismatch');
    tightenMode(path);
    return { ok: true, keys: { privateKey: parsed.privateKey, publicKey: parsed.publicKey } };
  } catch {
    return { ok: false, problem: `本机签名密钥文件“${path}”已损坏，不能签发；请从备份恢复该文件，或联系维护人员（不要删除：其他单位凭它的指纹信任本机的签名）` };
  }
}

function createKey(path: string, now: Date): KeyOutcome {
  const keys = newKeyPair();
  const text = `${JSON.stringify({ format: KEY_FORMAT, algorithm: 'ed25519', publicKey: keys.publicKey, privateKey: keys.privateKey, createdAt: now.toISOString() }, null, 2)}\n`;
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    // Another window made it a moment ago: read that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateInstallationKey(join(path, '..'), now);
    return { ok: false, problem: `无法创建本机签名密钥文件“${path}”（${(error as NodeJS.ErrnoException).code ?? '未知错误'}），不能签发` };
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { ok: true, keys };
}

/** A key file that others can read (copied in with a wider mode) is made private again. */
function tightenMode(path: string): void {
  if (process.platform === 'win32') return;
  try {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  } catch {
    // Best effort: reading the key worked, which is what signing needs.
  }
}
