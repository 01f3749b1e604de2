/**
 * Shown when the records cannot be used (damaged, or written by a newer version): what is wrong, in plain
 * Chinese, and the backups to restore from. Restoring sets the current file aside; nothing is deleted.
 */
import { Card, Result } from 'antd';
import { useEffect, useState } from 'react';
import type { Backup } from '../../../shared/api.js';
import { useApi } from '../api/ApiContext.js';
import { BackupList } from './BackupList.js';

export function DatabaseProblem({ problem, onRestored }: { problem: string; onRestored: () => void }) {
  const api = useApi();
  const [backups, setBackups] = useState<Backup[] | null>(null);

  useEffect(() => {
    api.call('backups.list', {}).then(setBackups, () => setBackups([]));
  }, [api]);

  return (
    <div style={{ maxWidth: 760, margin: '8vh auto', padding: 16 }}>
      <Result status="warning" title="记录暂时无法使用" subTitle={problem} />
      <Card title="可用的备份" size="small">
        <BackupList backups={backups} onRestored={onRestored} />
      </Card>
    </div>
  );
}
