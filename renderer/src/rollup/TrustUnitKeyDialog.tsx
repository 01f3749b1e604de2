/**
 * 信任此单位的密钥…: the county keeps its units' keys with its roster. The clerk reads the key's short
 * fingerprint to the unit over the telephone; when the unit reads the same from its own 签名密钥 drawer, the key
 * is trusted under the unit's name (keys.trust, logged) and the unit's files signed with it read 已验证.
 */
import { Alert, Modal, Typography } from 'antd';
import type { RollupRow } from '../../../shared/rollup/contract.js';
import { useTrustKey } from '../signatures/useTrustKey.js';

export function TrustUnitKeyDialog({ row, onClose, onTrusted }: { row: RollupRow; onClose: () => void; onTrusted: () => void }) {
  const signature = row.signature!;
  const { busy, problem, trust } = useTrustKey(onTrusted);
  return (
    <Modal
      open
      className="rollup-trust-key"
      title={`信任“${row.name}”的签名密钥`}
      okText="已核对一致，信任此密钥"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void trust(signature.publicKey!, row.name)}
      onCancel={onClose}
    >
      <Typography.Paragraph>请打电话给{row.name}，请对方在年报软件的“签名密钥”中读出本机指纹，与下面的指纹逐字核对：</Typography.Paragraph>
      <Typography.Paragraph className="rollup-trust-fingerprint">
        <Typography.Text code>{signature.keyFingerprint}</Typography.Text>
      </Typography.Paragraph>
      {signature.keyWarning && <Alert type="warning" showIcon title={signature.keyWarning} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        一致才说明文件确实由该单位签发。信任后，该单位用这个密钥签发的报告显示为“签名有效”；此操作记入操作记录，可在“签名密钥”中移除。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
