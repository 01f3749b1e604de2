/** Channels app.status, settings.setUserName, backups.*, audit.history: the records themselves. */
import { RETRY_STATES } from '../../../../shared/api.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { checkRestorable, dropStaged, listBackups, setAsideName, stageRestore, swapInRestore, takeInBackup, writeBackup, writeBackupTo } from '../../db/backups.js';
import { carryIntoRestored } from '../../db/restoreCarry.js';
import { lostLabels, planRestore } from '../../db/signedLoss.js';
import { showInFolder } from '../folders.js';
import { auditHistory, recordAudit } from '../../records/audit.js';
import { readSetting, USER_NAME_KEY, writeSetting } from '../../records/settings.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

/** What a confirmed restore over signed reports does (the drawer's confirmation shows this sentence). */
export const restoreOverSignedText = (someMissingInBackup: boolean): string =>
  '恢复后，这些报告回到备份时的内容，成为下一版草稿（记为“从备份恢复”而解除签发）；已签发的各版连同签发记录、签名保留在“历次签发”中，可只读打开、重新输出相同的PDF，修改记录也全部保留' +
  (someMissingInBackup ? '；备份中没有的报告按现在的样子保留（仍为已签发）。' : '。');

const BACKUP_FILTERS = [{ name: '年报数据备份', extensions: ['db'] }];

export function recordHandlers(
  ws: Workspace,
): Pick<Handlers, 'app.status' | 'settings.setUserName' | 'backups.list' | 'backups.create' | 'backups.restore' | 'audit.history' | 'records.retry' | 'records.startEmpty' | 'backups.exportTo' | 'backups.takeIn' | 'records.showInFolder'> {
  return {
    'app.status': () => ws.status(),

    'backups.exportTo': async () => {
      const at = ws.now();
      const defaultName = `年报数据备份-${at.toISOString().slice(0, 10)}.db`;
      const path = await ws.dialogs.chooseSavePath({ title: '备份到…（如U盘）', defaultName, filters: BACKUP_FILTERS });
      if (path === null) return { cancelled: true as const };
      return { path, ...writeBackupTo(ws.db, path) };
    },

    'backups.takeIn': async () => {
      const path = await ws.dialogs.chooseOpenPath({ title: '选择备份文件（可来自其他电脑）', filters: BACKUP_FILTERS });
      if (path === null) return { cancelled: true as const };
      return takeInBackup(path, ws.backupsDir, ws.now());
    },

    'records.retry': () => {
      ws.reopen();
      return ws.status();
    },

    'records.startEmpty': () => {
      ws.startEmpty();
      return ws.status();
    },

    'settings.setUserName': ({ name }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const before = readSetting(db, USER_NAME_KEY);
        if (before === name) return;
        writeSetting(db, USER_NAME_KEY, name);
        recordAudit(db, { at: ws.at(), actor: name, action: 'settings.userName', target: 'userName', oldValue: before, newValue: name });
      });
      return ws.status();
    },

    'backups.list': () => listBackups(ws.backupsDir),

    'backups.create': () => writeBackup(ws.db, ws.backupsDir, 'manual', ws.now()),

    'backups.restore': ({ name, acceptSignedLoss }) => {
      // A backup that cannot be restored is refused before anything is written.
      const source = checkRestorable(ws.backupsDir, name);
      // A backup from before a sign-off would undo it: asked first; a confirmed restore keeps the signed revisions.
      const plan = ws.ready ? planRestore(ws.db, source) : null;
      if (plan && plan.conflicts.length > 0) {
        refuse('REFUSED', `这份备份不能与现在的签发记录合并：${plan.conflicts.join('、')}。请选择本机的其他备份。`);
      }
      if (plan && plan.carried.length > 0 && !acceptSignedLoss) {
        refuse('CONFLICT', `这份备份早于${lostLabels(plan).join('、')}的签发。${restoreOverSignedText(plan.carried.some((c) => c.backup === null))}确实要恢复，请再次确认。`);
      }
      // A locked, read-only or full place is not cured by a restore, which would only bring back older data.
      const status = ws.status();
      if ((RETRY_STATES as readonly string[]).includes(status.state)) refuse('REFUSED', `现在不能恢复备份：${status.problem ?? ''}`);
      // A readable database is backed up first, so a restore can itself be undone from the list.
      if (ws.ready) writeBackup(ws.db, ws.backupsDir, 'before-restore', ws.now());
      const at = ws.now();
      const setAsideAs = setAsideName(ws.databasePath, at);
      const incoming = stageRestore(ws.databasePath, source);
      if (plan) {
        // Into the copy, before it replaces anything: the signed revisions and audit entries it lacks, and the
        // restore's own entry — so a kill leaves the old records or the restored ones with them, never a half.
        try {
          carryIntoRestored(ws.db, incoming, plan, { backupName: name, actor: ws.actor(), at: at.toISOString(), setAside: setAsideAs });
        } catch (error) {
          dropStaged(ws.databasePath);
          throw error;
        }
      }
      ws.close();
      let setAside: string | null;
      try {
        ({ setAside } = swapInRestore(ws.databasePath, at));
      } finally {
        ws.reopen();
      }
      if (!plan && ws.ready) {
        // The records replaced could not be read: nothing to carry, the restore is recorded in the restored ones.
        const db = ws.db;
        writeTransaction(db, () =>
          recordAudit(db, { at: ws.at(), actor: ws.actor(), action: 'backup.restore', target: 'database', newValue: name, detail: setAside ? `原数据文件另存为 ${setAside}` : null }),
        );
      }
      return { restored: name, setAside, status: ws.status() };
    },

    'audit.history': (query) => auditHistory(ws.db, query),

    // Paths the services own, chosen by name: the renderer cannot make the shell open anything else.
    'records.showInFolder': ({ target }) => showInFolder(ws.folders, target, ws),
  };
}
