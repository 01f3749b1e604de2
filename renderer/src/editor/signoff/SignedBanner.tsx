/**
 * A signed report opens read-only: who signed, when, and its fingerprint (the same one printed on the 审签单).
 * A report imported as the one already published says so, with its source file — nobody signed it here.
 */
import { Alert, Typography } from 'antd';
import { chineseDate } from '../../../../shared/calendar.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';
import { SignatureTag } from '../../signatures/SignatureTag.js';

export function SignedBanner({ snapshot }: { doc: ReportDocument; snapshot: DocumentSnapshot }) {
  const signoff = snapshot.report.signoff;
  const imported = snapshot.summary.origin === 'published-import' ? snapshot.summary.importedFrom : null;
  const revision = snapshot.summary.revision > 1 ? `（第 ${snapshot.summary.revision} 版）` : '';
  // Rule S-2: the records no longer match what was signed — changed outside this program.
  const tampered = snapshot.findings.find((f) => f.rule === 'S-2');
  if (tampered) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        className="signed-banner signed-banner-tampered"
        title={`已签发的报告被改动过${revision}：与签发时不符，不能作为已签发报告导出`}
        description={
          <div>
            <div>{tampered.message}。</div>
            <div>这不是在本软件中做的修改（本软件不允许修改已签发的报告），可能是有人直接改动了数据文件。请核实：可从签发时的备份恢复，或解锁修改后重新签发。</div>
          </div>
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      className="signed-banner"
      title={imported ? `已公开的报告（导入）${revision}，只能查看` : `已签发${revision}，只能查看`}
      description={
        <div>
          {imported && (
            <div>
              来源文件：{imported.fileName}（SHA-256 {imported.sha256.slice(0, 16)}…）
            </div>
          )}
          {snapshot.summary.signature && (
            <div>
              数字签名：<SignatureTag status={snapshot.summary.signature} />
            </div>
          )}
          {signoff && (
            <div>
              拟稿：{signoff.drafter}{'\u3000'}审核：{signoff.reviewer}{'\u3000'}签发：{signoff.approver}{'\u3000'}日期：{chineseDate(signoff.signedAt)}
            </div>
          )}
          <div>
            报告指纹：
            <Typography.Text code copyable className="fingerprint">
              {snapshot.summary.fingerprint ?? signoff?.fingerprint ?? '—'}
            </Typography.Text>
          </div>
          <div>如需修改，请点右上角「解锁修改…」并写明理由。</div>
        </div>
      }
    />
  );
}
