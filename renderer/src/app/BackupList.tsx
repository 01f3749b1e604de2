/**
 * The backups of the records, each with 恢复: a confirmation saying the current file is set aside (never
 * deleted), then the restore. Used by the backups drawer and by the screen of a damaged or newer database.
 */
import { App, Button, List } from 'antd';
import type { Backup } from '../../../shared/api.js';
import { ApiFailure, failureMessage, useApi } from '../api/ApiContext.js';
import { BACKUP_REASON_LABELS, formatBytes, formatTimestamp } from './format.js';

export function BackupList({ backups, onRestored }: { backups: readonly Backup[] | null; onRestored: () => void }) {
  const api = useApi();
  const { modal, message } = App.useApp();

  const run = async (backup: Backup, acceptSignedLoss: boolean): Promise<void> => {
    try {
      await api.call('backups.restore', { name: backup.name, ...(acceptSignedLoss ? { acceptSignedLoss } : {}) });
      message.success('已从备份恢复');
      onRestored();
    } catch (error) {
      // A backup from before a sign-off: the services name the signed reports and say what becomes of them
      // (back to the backup's content as the next draft; the signed revisions kept in 历次签发); the clerk decides.
      if (!acceptSignedLoss && error instanceof ApiFailure && error.error.code === 'CONFLICT') {
        modal.confirm({
          title: '这份备份早于签发',
          content: error.error.message,
          okText: '恢复，并保留已签发的版本',
          okButtonProps: { danger: true },
          cancelText: '不恢复',
          onOk: () => run(backup, true),
        });
        return;
      }
      message.error(failureMessage(error));
    }
  };

  const restore = (backup: Backup): void => {
    modal.confirm({
      title: '从这份备份恢复？',
      content: `所有报告将回到 ${formatTimestamp(backup.createdAt)} 的状态；之后的修改记录和已签发的版本都会保留，涉及已签发的报告时会先询问。当前的数据库文件会另存一旁，不会删除。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: () => run(backup, false),
    });
  };

  return (
    <List
      loading={backups === null}
      dataSource={[...(backups ?? [])]}
      locale={{ emptyText: '没有找到备份' }}
      renderItem={(backup) => (
        <List.Item actions={[<Button key="restore" size="small" onClick={() => restore(backup)}>恢复</Button>]}>
          <List.Item.Meta title={formatTimestamp(backup.createdAt)} description={`${BACKUP_REASON_LABELS[backup.reason]} · ${formatBytes(backup.bytes)}`} />
        </List.Item>
      )}
    />
  );
}
