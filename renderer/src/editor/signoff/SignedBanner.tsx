/** A signed report opens read-only: who signed, when, and its fingerprint (the same one printed on the 审签单). */
import { Alert, Typography } from 'antd';
import { chineseDate } from '../../../../shared/calendar.js';
import type { DocumentSnapshot, ReportDocument } from '../reportDocument.js';

export function SignedBanner({ snapshot }: { doc: ReportDocument; snapshot: DocumentSnapshot }) {
  const signoff = snapshot.report.signoff;
  return (
    <Alert
      type="success"
      showIcon
      className="signed-banner"
      title={`已签发${snapshot.summary.revision > 1 ? `（第 ${snapshot.summary.revision} 版）` : ''}，只能查看`}
      description={
        <div>
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
