/**
 * Shown when the records cannot be used (damaged, or written by a newer version): what is wrong, in plain
 * Chinese, and the backups to restore from. Restoring sets the current file aside; nothing is deleted.
 */
import { App, Button, Card, List, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Backup } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BACKUP_REASON_LABELS, formatTimestamp, formatBytes } from './format.js';

export function DatabaseProblem({ problem, onRestored }: { problem: string; onRestored: () => void }) {
  const api = useApi();
  const { modal, message } = App.useApp();
  const [backups, setBackups] = useState<Backup[] | null>(null);

  useEffect(() => {
    api.call('backups.list', {}).then(setBackups, () => setBackups([]));
  }, [api]);

  const restore = (backup: Backup): void => {
    modal.confirm({
      title: '从这份备份恢复？',
      content: `将恢复 ${formatTimestamp(backup.createdAt)} 的备份。当前的数据库文件会被另存一旁，不会删除。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('backups.restore', { name: backup.name });
          message.success('已从备份恢复');
          onRestored();
        } catch (error) {
          message.error(failureMessage(error));
        }
      },
    });
  };

  return (
    <div style={{ maxWidth: 760, margin: '8vh auto', padding: 16 }}>
      <Result status="warning" title="记录暂时无法使用" subTitle={problem} />
      <Card title="可用的备份" size="small">
        <List
          loading={backups === null}
          dataSource={backups ?? []}
          locale={{ emptyText: '没有找到备份' }}
          renderItem={(backup) => (
            <List.Item actions={[<Button key="restore" onClick={() => restore(backup)}>恢复</Button>]}>
              <Typography.Text>
                {formatTimestamp(backup.createdAt)} · {BACKUP_REASON_LABELS[backup.reason]} · {formatBytes(backup.bytes)}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
