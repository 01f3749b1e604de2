/** The bar across the top: the product, the person at the desk (written into the audit log), backups. */
import { App, Button, Input, Layout, Modal, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { BackupsDrawer } from './BackupsDrawer.js';
import { KeysDrawer } from '../signatures/KeysDrawer.js';

export function AppHeader({ status, onStatus, children }: { status: AppStatus; onStatus?: (s: AppStatus) => void; children?: ReactNode }) {
  const api = useApi();
  const { message } = App.useApp();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState(status.userName);
  const [backups, setBackups] = useState(false);
  const [keys, setKeys] = useState(false);

  const saveName = async (): Promise<void> => {
    try {
      const next = await api.call('settings.setUserName', { name });
      onStatus?.(next);
      setNaming(false);
      message.success('已更改使用人');
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  return (
    <Layout.Header style={{ background: '#1f3b5c', display: 'flex', alignItems: 'center', gap: 16, padding: '0 24px', height: 52, lineHeight: '52px' }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
        年报
      </Typography.Text>
      <Typography.Text style={{ color: '#c9d6e5', whiteSpace: 'nowrap' }}>政府信息公开工作年度报告</Typography.Text>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 12 }}>{children}</div>
      <Space size={4}>
        <Typography.Text style={{ color: '#c9d6e5' }}>使用人：{status.userName}</Typography.Text>
        {onStatus && (
          <Button type="link" size="small" style={{ color: '#9ec3ff' }} onClick={() => setNaming(true)}>
            更改
          </Button>
        )}
        <Button type="link" size="small" style={{ color: '#9ec3ff' }} onClick={() => setBackups(true)}>
          备份
        </Button>
        {status.state === 'ready' && (
          <Button type="link" size="small" style={{ color: '#9ec3ff' }} onClick={() => setKeys(true)}>
            签名密钥
          </Button>
        )}
      </Space>
      <Modal title="更改使用人" open={naming} okText="保存" cancelText="取消" onOk={saveName} onCancel={() => setNaming(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">每次修改都以这个名字记入操作记录。</Typography.Paragraph>
        <Input aria-label="使用人姓名" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} onPressEnter={saveName} autoFocus />
      </Modal>
      {backups && <BackupsDrawer onClose={() => setBackups(false)} />}
      {keys && <KeysDrawer onClose={() => setKeys(false)} />}
    </Layout.Header>
  );
}
