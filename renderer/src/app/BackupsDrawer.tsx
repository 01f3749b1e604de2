/** Backups of the records: list, make one now, restore one (the current file is set aside, never deleted). */
import { App, Button, Drawer, List, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BACKUP_REASON_LABELS, formatBytes, formatTimestamp } from './format.js';

export function BackupsDrawer({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { message, modal } = App.useApp();
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

  const restore = (backup: Backup): void => {
    modal.confirm({
      title: '从这份备份恢复？',
      content: `所有报告将回到 ${formatTimestamp(backup.createdAt)} 的状态。当前的数据库文件会另存一旁，不会删除。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('backups.restore', { name: backup.name });
          message.success('已恢复，正在重新载入');
          window.location.reload();
        } catch (error) {
          message.error(failureMessage(error));
        }
      },
    });
  };

  return (
    <Drawer title="备份" open onClose={onClose} size={480} extra={<Button onClick={backupNow}>立即备份</Button>}>
      <Typography.Paragraph type="secondary">每天第一次打开时自动备份，签发时也备份；保留最近的 10 份每日备份。</Typography.Paragraph>
      <List
        loading={backups === null}
        dataSource={backups ?? []}
        locale={{ emptyText: '还没有备份' }}
        renderItem={(backup) => (
          <List.Item actions={[<Button key="restore" size="small" onClick={() => restore(backup)}>恢复</Button>]}>
            <List.Item.Meta title={formatTimestamp(backup.createdAt)} description={`${BACKUP_REASON_LABELS[backup.reason]} · ${formatBytes(backup.bytes)}`} />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
