/** Unlocking a signed report: a written reason, logged; the report becomes a draft of the next revision. */
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';

export function UnlockDialog({ doc, snapshot, onClose }: { doc: ReportDocument; snapshot: DocumentSnapshot; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const { busy, problem, submit, refuse } = useSubmit();

  const unlock = (): Promise<void> | void =>
    reason.trim().length < 2
      ? refuse('请写明解锁的理由（至少两个字），它会记入操作记录。')
      : submit(async () => {
          doc.adopt(await api.call('signoff.unlock', { reportId: snapshot.summary.id, reason: reason.trim() }));
          message.success(`已解锁，现为第 ${snapshot.summary.revision + 1} 版草稿`);
          onClose();
        });

  return (
    <Modal title="解锁已签发的报告" open okText="解锁" cancelText="取消" okButtonProps={{ danger: true }} onOk={unlock} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph>解锁后报告回到草稿，开始第 {snapshot.summary.revision + 1} 版；原签发记录保留，修改后须重新签发。</Typography.Paragraph>
      <Input.TextArea aria-label="解锁理由" autoFocus rows={3} maxLength={2000} showCount value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例如：县政府办审核发现第三部分数字有误，需更正后重新签发。" />
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon title={problem} />}
    </Modal>
  );
}
