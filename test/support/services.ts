/**
 * Real services on real SQLite in a fresh temporary folder (with Chinese characters and a space in its path, as
 * on an office PC), called through the one dispatcher exactly as the window and the bridge call it.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../../shared/api.js';
import { call, type Dispatch } from '../../electron/services/api/dispatcher.js';
import { openAppServices, type AppServices } from '../../electron/services/app/appServices.js';
import { NO_DIALOGS, type FileDialogs } from '../../electron/services/app/dialogs.js';
import type { FolderShell } from '../../electron/services/app/folders.js';
import { DATABASE_FILE } from '../../electron/services/app/workspace.js';

export const makeDataDir = (): string => mkdtempSync(join(tmpdir(), '年报 数据-'));

export interface TestServices {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly dispatch: Dispatch;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** The raw result, for tests of refusals. */
  raw(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  reopen(): void;
  /** The records file (and its -wal/-shm) gone, as when it was moved or deleted; the services opened again. */
  loseRecordsFile(): void;
  close(): void;
  remove(): void;
}

export interface TestServicesOptions {
  readonly dataDir?: string;
  readonly dialogs?: FileDialogs;
  readonly folders?: FolderShell;
  readonly now?: () => Date;
  readonly userName?: string;
}

export function openTestServices(options: TestServicesOptions = {}): TestServices {
  const dataDir = options.dataDir ?? makeDataDir();
  const open = (): AppServices =>
    openAppServices({ dataDir, defaultUserName: options.userName ?? '测试员', dialogs: options.dialogs ?? NO_DIALOGS, ...(options.folders ? { folders: options.folders } : {}), ...(options.now ? { now: options.now } : {}) });
  let services = open();
  return {
    dataDir,
    databasePath: join(dataDir, DATABASE_FILE),
    get dispatch() {
      return services.dispatch;
    },
    call: (channel, input) => call(services.dispatch, channel, input),
    raw: (channel, input) => services.dispatch(channel, input),
    reopen() {
      services.close();
      services = open();
    },
    loseRecordsFile() {
      services.close();
      const path = join(dataDir, DATABASE_FILE);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      services = open();
    },
    close: () => services.close(),
    remove() {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, read through a second connection: "nothing changed" is this being equal. */
export function snapshotTables(databasePath: string): Record<string, unknown[]> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    const snapshot: Record<string, unknown[]> = {};
    for (const { name } of tables) snapshot[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all();
    return snapshot;
  } finally {
    db.close();
  }
}

/** A folder for files a test writes (exports, damaged copies). */
export const scratchDir = (): string => mkdtempSync(join(tmpdir(), '年报 文件-'));
