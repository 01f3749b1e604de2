/**
 * reliability: the atomic writer takes any output name of legal length (its temporary name is short and its
 * own — a 250-byte name once failed because of the temp-file prefix), syncs the folder after the rename, and
 * leaves nothing behind when it fails.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reliability: the atomic writer', () => {
  it('reliability: writes a file whose name is 255 bytes long (the most a file system allows)', async () => {
    const { writeTextFileAtomic } = await import('../../electron/services/files/reportFile.js');
    const name = `${'年'.repeat(80)}.nianbao.json`; // 80 × 3 bytes + 13 = 253 bytes
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(await writeTextFileAtomic(join(dir, name), '{"a":1}\n')).toEqual({ ok: true });
    expect(readFileSync(join(dir, name), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reliability: syncs the folder after the rename', async () => {
    vi.resetModules();
    const synced: string[] = [];
    vi.doMock('node:fs/promises', async (original) => {
      const fs = await original<typeof import('node:fs/promises')>();
      return {
        ...fs,
        open: async (path: string, flags?: string) => {
          const handle = await fs.open(path, flags);
          const sync = handle.sync.bind(handle);
          handle.sync = async () => {
            synced.push(String(path));
            return sync();
          };
          return handle;
        },
      };
    });
    try {
      const { writeTextFileAtomic } = await import('../../electron/services/files/reportFile.js');
      expect(await writeTextFileAtomic(join(dir, 'b.json'), 'x')).toEqual({ ok: true });
      expect(synced.at(-1)).toBe(dir); // the folder, after the file
      expect(synced.some((p) => p.endsWith('.tmp'))).toBe(true);
    } finally {
      vi.doUnmock('node:fs/promises');
      vi.resetModules();
    }
  });
});
