/** A warning explained: the reason is written down, shown on the 审签单, and the warning no longer blocks sign-off. */
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { CheckedFinding } from '../../../shared/api.js';
import { useSubmit } from '../app/useSubmit.js';

export function DismissDialog({ finding, onCancel, onConfirm }: { finding: CheckedFinding; onCancel: () => void; onConfirm: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const { busy, problem, submit, refuse } = useSubmit();
  const ok = (): Promise<void> | void =>
    reason.trim().length < 2 ? refuse('请写明理由（至少两个字），它会印在审签单上。') : submit(() => onConfirm(reason.trim()));
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
