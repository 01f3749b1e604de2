/**
 * The sign-off of a file being imported: what it proves here and, for a key nobody here has confirmed, the
 * way to trust it — after comparing the short fingerprint with the unit over the telephone.
 */
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SignatureInfo } from '../../../shared/api.js';
import { useTrustKey } from './useTrustKey.js';

const TEXT: Record<SignatureInfo['status'], { type: 'success' | 'warning' | 'error' | 'info'; title: string }> = {
  verified: { type: 'success', title: '数字签名有效，签名密钥已被本机信任' },
  'unknown-key': { type: 'warning', title: '数字签名本身有效，但签名密钥尚未经本机确认：还不能证明是谁签发的' },
  invalid: { type: 'error', title: '数字签名或指纹不符：签发后被改动过' },
  unsigned: { type: 'info', title: '没有数字签名（旧版本软件签发，只有指纹），不能证明是谁签发的' },
};

export function SignatureNotice({ signature, defaultName, onTrusted }: { signature: SignatureInfo; defaultName: string; onTrusted: () => void }) {
  const [name, setName] = useState(defaultName);
  const { busy, problem, trust } = useTrustKey(onTrusted);
  const text = TEXT[signature.status];
  return (
    <Alert
      type={text.type}
      showIcon
      className="signature-notice"
      title={text.title}
      description={
        <div>
          {signature.keyFingerprint && (
            <div>
              签名密钥指纹：<Typography.Text code>{signature.keyFingerprint}</Typography.Text>
              {signature.trustedName && `（已信任为“${signature.trustedName}”的密钥）`}
            </div>
          )}
          {signature.status === 'unknown-key' && (
            <Space wrap style={{ marginTop: 8 }}>
              <span>请与报送单位电话核对上面的指纹，一致后：</span>
              <Input aria-label="密钥所属单位" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 220 }} maxLength={100} />
              <Button onClick={() => signature.publicKey && void trust(signature.publicKey, name)} loading={busy} disabled={name.trim() === ''}>
                信任此单位的密钥
              </Button>
            </Space>
          )}
          {problem && <div role="alert">{problem}</div>}
        </div>
      }
    />
  );
}
