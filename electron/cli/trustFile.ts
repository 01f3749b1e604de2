/**
 * `--trust FILE` of `nianbao check`: the public keys whose signatures count as `verified`, one per line as
 * `公钥 [单位名称]` (64 hexadecimal characters, then optionally whose key it is); blank lines and lines starting
 * with # are ignored. Without it every valid signature reads as `unknown-key`: the command line keeps no records.
 * Read in place, not in the outside-files worker (issue 12): capped at 1 MB before reading, plain text split into
 * lines and matched against one anchored pattern — nothing inflates or nests, the cost is linear in the bytes.
 */
import { readFileCapped } from '../services/files/readCapped.js';

const MAX_TRUST_FILE_BYTES = 1024 * 1024;

export type TrustFileResult = { readonly ok: true; readonly keys: Set<string> } | { readonly ok: false; readonly message: string };

export async function readTrustFile(path: string): Promise<TrustFileResult> {
  const read = await readFileCapped(path, MAX_TRUST_FILE_BYTES, {
    directory: (p) => `信任的密钥文件“${p}”是一个文件夹，不是文件`,
    tooLarge: (p) => `信任的密钥文件“${p}”过大，不像是密钥列表`,
  });
  if (!read.ok) return read;
  const keys = new Set<string>();
  const lines = read.bytes.toString('utf8').split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const key = line.split(/\s+/)[0]!.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(key)) return { ok: false, message: `信任的密钥文件“${path}”第${index + 1}行不是公钥（应为64位十六进制字符，后面可写单位名称）` };
    keys.add(key);
  }
  return { ok: true, keys };
}
