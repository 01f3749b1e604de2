/** Channels app.status, settings.setUserName, backups.*, audit.history: the records themselves. */
import { RETRY_STATES } from '../../../../shared/api.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { checkRestorable, listBackups, restoreBackupFile, takeInBackup, writeBackup, writeBackupTo } from '../../db/backups.js';
import { signedReportsLostBy } from '../../db/signedLoss.js';
import { auditHistory, recordAudit } from '../../records/audit.js';
import { readSetting, USER_NAME_KEY, writeSetting } from '../../records/settings.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

const BACKUP_FILTERS = [{ name: '年报数据备份', extensions: ['db'] }];

export function recordHandlers(
  ws: Workspace,
): Pick<Handlers, 'app.status' | 'settings.setUserName' | 'backups.list' | 'backups.create' | 'backups.restore' | 'audit.history' | 'records.retry' | 'records.startEmpty' | 'backups.exportTo' | 'backups.takeIn'> {
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
      // A backup from before a sign-off would turn a signed report back into a draft (or drop it): asked first.
      if (ws.ready && !acceptSignedLoss) {
        const lost = signedReportsLostBy(ws.db, source);
        if (lost.length > 0) {
          refuse(
            'CONFLICT',
            `这份备份早于${lost.join('、')}的签发：恢复后这些报告会回到签发前的状态。签发时的备份仍保留在列表中；确实要恢复，请再次确认。`,
          );
        }
      }
      // A locked, read-only or full place is not cured by a restore, which would only bring back older data.
      const status = ws.status();
      if ((RETRY_STATES as readonly string[]).includes(status.state)) refuse('REFUSED', `现在不能恢复备份：${status.problem ?? ''}`);
      // A readable database is backed up first, so a restore can itself be undone from the list.
      if (ws.ready) writeBackup(ws.db, ws.backupsDir, 'before-restore', ws.now());
      ws.close();
      let setAside: string | null;
      try {
        ({ setAside } = restoreBackupFile(ws.databasePath, ws.backupsDir, name, ws.now()));
      } finally {
        ws.reopen();
      }
      if (ws.ready) {
        const db = ws.db;
        writeTransaction(db, () =>
          recordAudit(db, { at: ws.at(), actor: ws.actor(), action: 'backup.restore', target: 'database', newValue: name, detail: setAside ? `原数据文件另存为 ${setAside}` : null }),
        );
      }
      return { restored: name, setAside, status: ws.status() };
    },

    'audit.history': (query) => auditHistory(ws.db, query),
  };
}
