/** Unlocking a signed report: a written reason, logged; the report becomes a draft of the next revision. */
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { failureMessage, useApi } from '../../api/ApiContext.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';

export function UnlockDialog({ doc, snapshot, onClose }: { doc: ReportDocument; snapshot: DocumentSnapshot; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const unlock = async (): Promise<void> => {
    if (reason.trim().length < 2) {
      setProblem('请写明解锁的理由（至少两个字），它会记入操作记录。');
      return;
    }
    setBusy(true);
    try {
      doc.adopt(await api.call('signoff.unlock', { reportId: snapshot.summary.id, reason: reason.trim() }));
      message.success(`已解锁，现为第 ${snapshot.summary.revision + 1} 版草稿`);
      onClose();
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="解锁已签发的报告" open okText="解锁" cancelText="取消" okButtonProps={{ danger: true }} onOk={unlock} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph>解锁后报告回到草稿，开始第 {snapshot.summary.revision + 1} 版；原签发记录保留，修改后须重新签发。</Typography.Paragraph>
      <Input.TextArea aria-label="解锁理由" autoFocus rows={3} maxLength={2000} showCount value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例如：县政府办审核发现第三部分数字有误，需更正后重新签发。" />
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon title={problem} />}
    </Modal>
  );
}
