/**
 * Shown when the records cannot be used: what is wrong, in plain Chinese, and the one safe action for that
 * state. A file held by another program, a read-only place or a full disk gets 重试 and no backups (a restore
 * would only bring back older data); a damaged file and a missing one get the backups (restoring sets the
 * current file aside, nothing is deleted) and 重试 (what was in the way may have been moved); a missing one may
 * also start empty, on purpose.
 */
import { App, Button, Card, Result } from 'antd';
import { useEffect, useState } from 'react';
import { RETRY_STATES, type AppStatus, type Backup } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BackupList } from './BackupList.js';

const TITLES: Partial<Record<AppStatus['state'], string>> = {
  locked: '数据文件正被另一个程序占用',
  readOnly: '数据文件夹不能写入',
  diskFull: '磁盘空间已满',
  missing: '没有找到数据文件',
  newer: '数据由更新版本的年报写入',
};

export function DatabaseProblem({ problem, state, onRestored }: { problem: string; state?: AppStatus['state']; onRestored: () => void }) {
  const api = useApi();
  const { modal, message } = App.useApp();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const retryOnly = state !== undefined && RETRY_STATES.includes(state);

  const loadBackups = (): void => {
    api.call('backups.list', {}).then(setBackups, () => setBackups([]));
  };
  useEffect(() => {
    if (retryOnly) return;
    api.call('backups.list', {}).then(setBackups, () => setBackups([]));
  }, [api, retryOnly]);

  const takeIn = async (): Promise<void> => {
    try {
      const result = await api.call('backups.takeIn', {});
      if ('name' in result) loadBackups();
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const retry = async (): Promise<void> => {
    try {
      const status = await api.call('records.retry', {});
      if (status.state === 'ready') onRestored();
      else message.warning(status.problem ?? '记录仍无法使用');
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  const showFolder = async (): Promise<void> => {
    try {
      await api.call('records.showInFolder', { target: 'records' });
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  const startEmpty = (): void => {
    modal.confirm({
      title: '从空白记录开始？',
      content: '将新建一个空的数据文件，现有的备份不受影响，以后仍可从备份恢复。确定找不到原来的数据文件了吗？',
      okText: '从空白记录开始',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('records.startEmpty', { confirm: true });
          onRestored();
        } catch (error) {
          message.error(failureMessage(error));
        }
      },
    });
  };

  return (
    <div style={{ maxWidth: 760, margin: '8vh auto', padding: 16 }}>
      <Result
        status="warning"
        title={(state && TITLES[state]) ?? '记录暂时无法使用'}
        subTitle={problem}
        extra={[
          retryOnly ? (
            <Button key="retry" type="primary" onClick={() => void retry()}>
              重试
            </Button>
          ) : state === 'missing' ? (
            <Button key="empty" onClick={startEmpty}>
              从空白记录开始
            </Button>
          ) : state === 'damaged' ? (
            // What was in the way (a folder, a link to a drive not plugged in) may have been put right meanwhile.
            <Button key="retry" onClick={() => void retry()}>
              重试
            </Button>
          ) : null,
          // Where the records are: to free space, check the folder's permissions, or find a moved file.
          <Button key="folder" onClick={() => void showFolder()}>
            打开数据文件所在文件夹
          </Button>,
        ]}
      />
      {!retryOnly && (
        <Card title="可用的备份" size="small" extra={<Button size="small" onClick={() => void takeIn()}>导入备份文件…</Button>}>
          <BackupList backups={backups} onRestored={onRestored} />
        </Card>
      )}
    </div>
  );
}
