/** Backups of the records: list, make one now, restore one (the current file is set aside, never deleted). */
import { App, Button, Drawer, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BackupList } from './BackupList.js';

export function BackupsDrawer({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [backups, setBackups] = useState<Backup[] | null>(null);

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

  return (
    <Drawer title="备份" open onClose={onClose} size={480} extra={<Button onClick={backupNow}>立即备份</Button>}>
      <Typography.Paragraph type="secondary">每天第一次打开时自动备份，签发时也备份；保留最近的 10 份每日备份。</Typography.Paragraph>
      {/* After a restore every screen shows other records: start again from a fresh page. */}
      <BackupList backups={backups} onRestored={() => window.location.reload()} />
    </Drawer>
  );
}
