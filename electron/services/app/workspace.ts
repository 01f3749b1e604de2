/**
 * The records of one workstation: the data directory, the database in it (or why it cannot be used), the
 * backups folder, the clock and who is at the desk. Every handler works through one Workspace, so restoring a
 * backup (which swaps the database file) is seen by all of them at once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppStatus } from '../../../shared/api.js';
import { openRecordsDatabase, type OpenOutcome, type RecordsDatabase } from '../db/database.js';
import { cleanPartialBackups, finishInterruptedRestore, rotateIfDue } from '../db/backups.js';
import { refuse } from '../errors.js';
import { dataFolderProblem, recordsFileProblem } from '../db/recordsPlace.js';
import type { KeyPair } from '../../../shared/report/signature.js';
import { loadOrCreateInstallationKey, type KeyOutcome } from '../keys/installationKey.js';
import { readSetting, USER_NAME_KEY } from '../records/settings.js';
import { registerOwnKey } from './checking.js';
import { trustedKeySet } from '../records/trustedKeys.js';
import type { FileDialogs } from './dialogs.js';
import { NO_FOLDER_SHELL, type FolderShell } from './folders.js';

export const DATABASE_FILE = 'nianbao.db';
export const BACKUPS_DIR = 'backups';

export interface WorkspaceOptions {
  readonly dataDir: string;
  readonly defaultUserName: string;
  readonly dialogs: FileDialogs;
  /** 打开所在文件夹 (default: none — the CLI and the bridge have no file manager). */
  readonly folders?: FolderShell;
  readonly now?: () => Date;
}

export class Workspace {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly backupsDir: string;
  readonly dialogs: FileDialogs;
  readonly folders: FolderShell;
  readonly now: () => Date;
  private readonly defaultUserName: string;
  private outcome: OpenOutcome;
  private readonly keyOutcome: KeyOutcome;
  private allowEmpty = false;

  constructor(options: WorkspaceOptions) {
    this.dataDir = options.dataDir;
    this.databasePath = join(options.dataDir, DATABASE_FILE);
    this.backupsDir = join(options.dataDir, BACKUPS_DIR);
    this.dialogs = options.dialogs;
    this.folders = options.folders ?? NO_FOLDER_SHELL;
    this.now = options.now ?? (() => new Date());
    this.defaultUserName = options.defaultUserName.trim() || '本机用户';
    // The records are the office's alone: the folder is made for the OS user only.
    // A file where the folder should be is told at open (recordsPlace.ts), never thrown at start.
    if (dataFolderProblem(this.dataDir) === null) mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    // The installation's key pair is made on first run, before anything is signed.
    this.keyOutcome = loadOrCreateInstallationKey(this.dataDir, this.now());
    this.outcome = this.open();
  }

  private open(): OpenOutcome {
    // Not a folder, or not a regular file where the records should be: said as it is, before SQLite is asked.
    const place = dataFolderProblem(this.dataDir) ?? recordsFileProblem(this.databasePath);
    if (place !== null) return { state: 'damaged', problem: place, schemaVersion: 0 };
    // A restore killed between its renames is finished (or undone) before the records are judged.
    finishInterruptedRestore(this.databasePath);
    cleanPartialBackups(this.backupsDir);
    const outcome = openRecordsDatabase(this.databasePath, { backupsDir: this.backupsDir, now: this.now, allowEmpty: this.allowEmpty });
    const holdsData = (db: RecordsDatabase): boolean => db.prepare('SELECT 1 FROM agencies LIMIT 1').get() !== undefined;
    // Reports this office signed verify against its own key.
    if (outcome.state === 'ready' && this.keyOutcome.ok) registerOwnKey(outcome.db, this.keyOutcome.keys.publicKey);
    if (outcome.state === 'ready' && holdsData(outcome.db)) {
      try {
        rotateIfDue(outcome.db, this.backupsDir, this.now());
      } catch {
        // A full disk must not stop the person from working; the next open tries again.
      }
    }
    return outcome;
  }

  /** The open database; refuses (DAMAGED / NEWER_DATABASE) when the records cannot be used. */
  get db(): RecordsDatabase {
    const outcome = this.outcome;
    if (outcome.state === 'ready') return outcome.db;
    if (outcome.state === 'newer') return refuse('NEWER_DATABASE', outcome.problem);
    return refuse(outcome.state === 'damaged' || outcome.state === 'missing' ? 'DAMAGED' : 'IO', outcome.problem);
  }

  get ready(): boolean {
    return this.outcome.state === 'ready';
  }

  /** Now, as stored in the records (UTC ISO). */
  at(): string {
    return this.now().toISOString();
  }

  /** The name the person typed at first start, or the system's user name until then. */
  actor(): string {
    if (this.outcome.state !== 'ready') return this.defaultUserName;
    return readSetting(this.outcome.db, USER_NAME_KEY) ?? this.defaultUserName;
  }

  status(): AppStatus {
    const outcome = this.outcome;
    return {
      state: outcome.state,
      problem: outcome.state === 'ready' ? null : outcome.problem,
      schemaVersion: outcome.schemaVersion,
      dataDir: this.dataDir,
      databasePath: this.databasePath,
      backupsDir: this.backupsDir,
      userName: this.actor(),
    };
  }

  /** This installation's key pair for signing; refuses (REFUSED) when the key file is unusable. */
  signingKeys(): KeyPair {
    const keys = this.keyOutcome;
    return keys.ok ? keys.keys : refuse('REFUSED', keys.problem);
  }

  /** This installation's public key, or null when its key file is unusable (and why). */
  ownKey(): { publicKey: string | null; problem: string | null } {
    const keys = this.keyOutcome;
    return keys.ok ? { publicKey: keys.keys.publicKey, problem: null } : { publicKey: null, problem: keys.problem };
  }

  /** The public keys a signature is verified against: the trusted ones of the records and this office's own. */
  trustedKeys(): Set<string> {
    return trustedKeySet(this.db, this.ownKey().publicKey);
  }

  /** Closes the database (for a restore or at quit). */
  close(): void {
    if (this.outcome.state === 'ready' && this.outcome.db.open) this.outcome.db.close();
  }

  /** Starts with empty records although backups exist (only when the records file is missing or empty). */
  startEmpty(): void {
    if (this.outcome.state !== 'missing') refuse('REFUSED', '只有在找不到数据文件时才能从空白记录开始。');
    this.allowEmpty = true;
    this.reopen();
  }

  /** Opens the database file again (after a restore). */
  reopen(): void {
    this.close();
    this.outcome = this.open();
  }
}
