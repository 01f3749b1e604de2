/** A warning explained: the reason is written down, shown on the 审签单, and the warning no longer blocks sign-off. */
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { CheckedFinding } from '../../../shared/api.js';

export function DismissDialog({ finding, onCancel, onConfirm }: { finding: CheckedFinding; onCancel: () => void; onConfirm: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ok = async (): Promise<void> => {
    if (reason.trim().length < 2) {
      setProblem('请写明理由（至少两个字），它会印在审签单上。');
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="说明理由，忽略这条警告" open okText="确定" cancelText="取消" onOk={ok} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph>
        <Typography.Text code>{finding.rule}</Typography.Text> {finding.message}
      </Typography.Paragraph>
      <Input.TextArea aria-label="理由" autoFocus rows={3} maxLength={2000} showCount value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例如：本年度机构改革，结转数据已与上年度报告单位核对。" />
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon title={problem} />}
    </Modal>
  );
}
