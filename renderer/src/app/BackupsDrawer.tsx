/**
 * Backups of the records: where the records and the backups are (打开所在文件夹), list, make one now, back up to a
 * folder the clerk picks (read back and checked), take one in from elsewhere, restore one (the current file is set
 * aside, never deleted).
 */
import { App, Button, Drawer, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, Backup } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BackupList } from './BackupList.js';

export function BackupsDrawer({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [status, setStatus] = useState<AppStatus | null>(null);
  useEffect(() => {
    api.call('app.status', {}).then(setStatus, () => setStatus(null));
  }, [api]);

  const load = useCallback(() => {
    api.call('backups.list', {}).then(setBackups, (error: unknown) => message.error(failureMessage(error)));
  }, [api, message]);
  useEffect(load, [load]);

  const backupNow = async (): Promise<void> => {
    try {
      await api.call('backups.create', {});
      message.success('已备份');
      load();
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  // The services know the paths; the window only says which folder (records or backups) to show.
  const showInFolder = async (target: 'records' | 'backups'): Promise<void> => {
    try {
      await api.call('records.showInFolder', { target });
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const exportTo = async (): Promise<void> => {
    try {
      const result = await api.call('backups.exportTo', {});
      if ('path' in result) message.success(`已备份到“${result.path}”，并已读回校验`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  const takeIn = async (): Promise<void> => {
    try {
      const result = await api.call('backups.takeIn', {});
      if ('name' in result) {
        message.success('已加入备份列表，可从列表中恢复');
        load();
      }
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  return (
    <Drawer title="备份" open onClose={onClose} size={520} extra={<Button onClick={backupNow}>立即备份</Button>}>
      <Typography.Paragraph type="secondary">
        每天第一次打开时自动备份，签发时也备份。保留：每日备份最近 10 份，恢复前备份 5 份，升级前备份 3 份；签发和手动备份一直保留。
      </Typography.Paragraph>
      {status && (
        <Typography.Paragraph>
          数据文件：<Typography.Text code copyable>{status.databasePath}</Typography.Text>{' '}
          <Button size="small" type="link" onClick={() => void showInFolder('records')}>
            打开所在文件夹
          </Button>
          <br />
          备份文件夹：<Typography.Text code copyable>{status.backupsDir ?? `${status.dataDir}/backups`}</Typography.Text>{' '}
          <Button size="small" type="link" onClick={() => void showInFolder('backups')}>
            打开所在文件夹
          </Button>
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => void exportTo()}>备份到…（如U盘）</Button>
        <Button onClick={() => void takeIn()}>导入备份文件…（如来自其他电脑）</Button>
      </Space>
      {/* After a restore every screen shows other records: start again from a fresh page. */}
      <BackupList backups={backups} onRestored={() => window.location.reload()} />
    </Drawer>
  );
}
