/**
 * 签名密钥: this office's own public key (what the county receiving its reports confirms), and the units' keys
 * this office trusts — added from a file at import, or typed in here from what a unit sent; removable.
 */
import { App, Button, Drawer, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Keys, TrustedKey } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';

export function KeysDrawer({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [keys, setKeys] = useState<Keys | null>(null);
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');

  const load = useCallback(() => {
    api.call('keys.list', {}).then(setKeys, (error: unknown) => message.error(failureMessage(error)));
  }, [api, message]);
  useEffect(load, [load]);

  const add = async (): Promise<void> => {
    try {
      setKeys(await api.call('keys.trust', { publicKey: publicKey.trim().toLowerCase(), name, source: 'imported' }));
      setPublicKey('');
      setName('');
      message.success('已信任该单位的密钥');
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  const remove = async (key: TrustedKey): Promise<void> => {
    try {
      setKeys(await api.call('keys.untrust', { publicKey: key.publicKey }));
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  return (
    <Drawer title="签名密钥" open onClose={onClose} size={640}>
      <Typography.Title level={5}>本机的签名密钥</Typography.Title>
      {keys?.problem && <Typography.Paragraph type="danger">{keys.problem}</Typography.Paragraph>}
      {keys?.own && (
        <Typography.Paragraph>
          指纹 <Typography.Text code>{keys.own.keyFingerprint}</Typography.Text>
          <br />
          公钥 <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{keys.own.publicKey}</Typography.Text>
          <br />
          <Typography.Text type="secondary">本机签发的报告都用它签名。把公钥交给收集报告的上级单位，或请对方收到文件后与本机电话核对指纹。</Typography.Text>
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>信任的各单位密钥</Typography.Title>
      <Table<TrustedKey>
        size="small"
        rowKey="publicKey"
        pagination={false}
        dataSource={keys?.trusted ?? []}
        locale={{ emptyText: '还没有信任任何单位的密钥' }}
        columns={[
          { title: '单位', dataIndex: 'name', key: 'name' },
          { title: '指纹', dataIndex: 'keyFingerprint', key: 'fp', render: (fp: string) => <Typography.Text code>{fp}</Typography.Text> },
          { title: '确认人', dataIndex: 'addedBy', key: 'by' },
          {
            title: '',
            key: 'remove',
            render: (_: unknown, key: TrustedKey) => (
              <Popconfirm title={`不再信任“${key.name}”的密钥？`} okText="不再信任" cancelText="取消" onConfirm={() => remove(key)}>
                <Button type="link" size="small" danger>
                  移除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        录入单位发来的公钥
      </Typography.Title>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Input aria-label="公钥" placeholder="64位十六进制公钥" value={publicKey} onChange={(e) => setPublicKey(e.target.value)} />
        <Space>
          <Input aria-label="单位名称" placeholder="单位名称" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} style={{ width: 260 }} />
          <Button onClick={() => void add()} disabled={publicKey.trim() === '' || name.trim() === ''}>
            信任
          </Button>
        </Space>
      </div>
    </Drawer>
  );
}
