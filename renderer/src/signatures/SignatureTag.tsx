/** What a sign-off proves, as a coloured tag (list, editor, import review). */
import { Tag } from 'antd';
import { SIGNATURE_LABELS, type SignatureStatus } from '../../../shared/report/signature.js';

const COLORS: Record<SignatureStatus, string> = { verified: 'green', 'unknown-key': 'gold', invalid: 'red', unsigned: 'default' };
const SHORT: Record<SignatureStatus, string> = { verified: '签名有效', 'unknown-key': '密钥未确认', invalid: '签名不符', unsigned: '无数字签名' };

export function SignatureTag({ status }: { status: SignatureStatus }) {
  return (
    <Tag color={COLORS[status]} title={SIGNATURE_LABELS[status]} className={`signature-tag signature-${status}`}>
      {SHORT[status]}
    </Tag>
  );
}
