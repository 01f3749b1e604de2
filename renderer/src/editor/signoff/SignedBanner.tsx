/**
 * A signed report opens read-only: who signed, when, and its fingerprint (the same one printed on the 审签单).
 * A report imported as the one already published says so, with its source file — nobody signed it here.
 */
import { Alert, Typography } from 'antd';
import { chineseDate } from '../../../../shared/calendar.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';

export function SignedBanner({ snapshot }: { doc: ReportDocument; snapshot: DocumentSnapshot }) {
  const signoff = snapshot.report.signoff;
  const imported = snapshot.summary.origin === 'published-import' ? snapshot.summary.importedFrom : null;
  const revision = snapshot.summary.revision > 1 ? `（第 ${snapshot.summary.revision} 版）` : '';
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
