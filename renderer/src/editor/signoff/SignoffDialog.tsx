/**
 * Sign-off: only with no error and every warning fixed or explained. Records the drafter, reviewer and approver
 * with the date, computes the fingerprint, locks the report and takes a backup (all in the services).
 */
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';

export function SignoffDialog({ doc, snapshot, userName, onClose }: { doc: ReportDocument; snapshot: DocumentSnapshot; userName: string; onClose: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [drafter, setDrafter] = useState(snapshot.report.signoff?.drafter ?? userName);
  const [reviewer, setReviewer] = useState('');
  const [approver, setApprover] = useState('');
  const [date, setDate] = useState<Dayjs | null>(snapshot.report.date ? dayjs(snapshot.report.date) : dayjs());
  const { busy, problem, submit, refuse } = useSubmit();
  const [lastNames, setLastNames] = useState<string | null>(null);
  const [fonts, setFonts] = useState<{ lines: string[]; problems: string[] } | null>(null);

  // Which fonts the signed PDF will be set in on this machine (and which characters fall back).
  useEffect(() => {
    let live = true;
    api.call('reports.printFonts', { reportId: snapshot.summary.id }).then(
      (result) => live && setFonts(result),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, snapshot.summary.id]);

  // A new revision offers the names of the last sign-off (a field already typed in is left alone).
  useEffect(() => {
    let live = true;
    api.call('reports.revisions', { reportId: snapshot.summary.id }).then(
      (revisions) => {
        const last = [...revisions].reverse().find((r) => r.kind === 'signed');
        if (!live || !last) return;
        setDrafter((current) => (current.trim() && current !== userName ? current : last.drafter));
        setReviewer((current) => current || last.reviewer);
        setApprover((current) => current || last.approver);
        setLastNames(`已填入第${last.revision}版签发时的人员（${last.signedAt}），如有变动请修改。`);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, snapshot.summary.id, userName]);
  const { errors, warnings } = snapshot.summary.counts;
  const blocked = errors + warnings > 0;

  const sign = (): Promise<void> | void => {
    if (!drafter.trim() || !reviewer.trim() || !approver.trim() || !date) return refuse('请填写拟稿人、审核人、签发人和签发日期。');
    return submit(async () => {
      await doc.settled();
      const detail = await api.call('signoff.sign', { reportId: snapshot.summary.id, drafter, reviewer, approver, signedAt: date.format('YYYY-MM-DD') });
      doc.adopt(detail);
      message.success('已签发。报告已锁定，并已备份。');
      onClose();
    });
  };

  return (
    <Modal title="签发报告" open okText="签发并锁定" cancelText="取消" onOk={sign} onCancel={onClose} confirmLoading={busy} okButtonProps={{ disabled: blocked }} destroyOnHidden>
      {blocked ? (
        <Alert
          type="error"
          showIcon
          title="还不能签发"
          description={`还有 ${errors} 个错误和 ${warnings} 个未说明理由的警告。请改正错误；警告可改正，或在右侧「检查结果」中说明理由。`}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Typography.Paragraph type="secondary">签发后报告锁定，不能再修改；如需修改须写明理由解锁，并开始新的一版。签发记录和报告指纹写入审签单。</Typography.Paragraph>
      )}
      {lastNames && !blocked && <Alert type="info" showIcon title={lastNames} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div" disabled={blocked}>
        <Form.Item label="拟稿人">
          <Input aria-label="拟稿人" value={drafter} maxLength={50} onChange={(e) => setDrafter(e.target.value)} />
        </Form.Item>
        <Form.Item label="审核人">
          <Input aria-label="审核人" value={reviewer} maxLength={50} onChange={(e) => setReviewer(e.target.value)} />
        </Form.Item>
        <Form.Item label="签发人">
          <Input aria-label="签发人" value={approver} maxLength={50} onChange={(e) => setApprover(e.target.value)} />
        </Form.Item>
        <Form.Item label="签发日期">
          <DatePicker aria-label="签发日期" style={{ width: 200 }} value={date} onChange={setDate} format={['YYYY年M月D日', 'YYYY-MM-DD']} />
        </Form.Item>
      </Form>
      {fonts && (
        <div className="signoff-fonts" aria-label="打印字体">
          <Typography.Text type="secondary">打印字体：{fonts.lines.join('；')}。</Typography.Text>
          {fonts.problems.map((p) => (
            <div key={p}>
              <Typography.Text type="warning">{p}</Typography.Text>
            </div>
          ))}
        </div>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
