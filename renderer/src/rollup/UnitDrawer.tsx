/**
 * One received unit, read-only: its tables in the editor's grid with the findings outlined, the editor's findings
 * panel, its fingerprint state, its signature (whose key, trusting it after a telephone check, 密钥与上次不同),
 * and every file it sent for the year (a corrected file replaces the older one; both are listed).
 */
import { Alert, Descriptions, Drawer, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../shared/api.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { formatTimestamp } from '../app/format.js';
import { FindingsPanel } from '../editor/FindingsPanel.js';
import { cellMarks } from '../editor/grid/cellMarks.js';
import { GridTable } from '../editor/grid/GridTable.js';
import { ReportPreview } from '../preview/ReportPreview.js';
import { SignatureNotice } from '../signatures/SignatureNotice.js';

type Unit = ChannelOutput<'rollup.unit'>;
const FINGERPRINT_TEXT = { ok: '与签发时相符', mismatch: '与签发时不符：签发后被改动过，不计入汇总', none: '未签发（草稿）' } as const;
const SIGNATURE_CHANGED = '内容与指纹相符，但数字签名与签发信息不符（签发人或日期在签名后被改动过，或签名是伪造的），不计入汇总';
const nothing = (): void => undefined;

export function UnitDrawer({ receiptId, onClose, onTrusted }: { receiptId: number; onClose: () => void; onTrusted: () => void }) {
  const api = useApi();
  const [unit, setUnit] = useState<Unit | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    api.call('rollup.unit', { receiptId }).then(setUnit, (error: unknown) => setProblem(failureMessage(error)));
  }, [api, receiptId]);
  useEffect(load, [load]);
  const marks = useMemo(() => cellMarks(unit?.findings ?? []), [unit]);
  const report = unit?.report ?? null;
  const cells = report?.cells ?? (unit?.rollup?.cells as Record<string, number | string> | undefined) ?? {};
  const title = report ? report.title : unit?.rollup ? `${unit.rollup.agency ?? unit.receipt.fileName}（下级汇总）` : '收到的报告';

  return (
    <Drawer className="rollup-unit" title={title} open onClose={onClose} size={1000}>
      {problem && <Alert type="error" showIcon title={problem} />}
      {!unit && !problem && <Spin />}
      {unit && (
        <>
          <Alert
            type={unit.fingerprint === 'mismatch' || unit.signature.status === 'invalid' ? 'error' : 'info'}
            showIcon
            title={`只读查看：${unit.fingerprint === 'ok' && unit.signature.status === 'invalid' ? SIGNATURE_CHANGED : FINGERPRINT_TEXT[unit.fingerprint]}`}
            description={`文件“${unit.receipt.fileName}”，${formatTimestamp(unit.receipt.receivedAt)}由${unit.receipt.receivedBy}接收，SHA-256 ${unit.receipt.sha256.slice(0, 16)}…`}
          />
          {report?.signoff && (
            <div className="rollup-unit-signature">
              <SignatureNotice
                signature={unit.signature}
                defaultName={report.agency}
                onTrusted={() => {
                  load();
                  onTrusted();
                }}
              />
              {unit.signature.keyWarning && <Alert type="error" showIcon className="rollup-unit-key-warning" title={unit.signature.keyWarning} />}
            </div>
          )}
          {unit.rollup && <Alert type="info" showIcon className="rollup-unit-signature" title="下级的汇总文件没有签发和数字签名，不能证明是谁制作的；请以各单位自己签发的报告为准。" />}
          {report && (
            <Descriptions size="small" column={3} className="rollup-unit-facts">
              <Descriptions.Item label="署名">{report.issuer || '—'}</Descriptions.Item>
              <Descriptions.Item label="成文日期">{report.date ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="签发">{report.signoff ? `${report.signoff.approver}，${report.signoff.signedAt.slice(0, 10)}` : '未签发'}</Descriptions.Item>
            </Descriptions>
          )}
          <Typography.Title level={5} className="rollup-history-title">此单位本年度报送的文件</Typography.Title>
          <Table
            className="rollup-history"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={unit.history}
            columns={[
              { title: '文件', dataIndex: 'fileName' },
              { title: '收到时间', dataIndex: 'receivedAt', render: (t: string) => formatTimestamp(t) },
              { title: '状态', dataIndex: 'status', render: (s: string) => ({ signed: '已签发', draft: '草稿', rollup: '汇总' })[s] ?? s },
              {
                title: '',
                dataIndex: 'replacedBy',
                // A later file replaced it (a correction), or it came after the one that counts and was kept only in the history.
                render: (r: number | null, h) => (r === null ? <Tag color="green">现用</Tag> : r > h.id ? <Tag>已被替换</Tag> : <Tag>未采用（以另一份为准）</Tag>),
              },
            ]}
          />
          <Tabs
            items={[
              {
                key: 'tables',
                label: '表格与检查结果',
                children: (
                  <div className="rollup-unit-body">
                    <div className="rollup-unit-tables">
                      {TABLE_LAYOUTS.map((layout) => (
                        <section key={layout.key} className="section-card table-card">
                          <h3 className="section-heading">{layout.heading}</h3>
                          <GridTable layout={layout} cells={cells} marks={marks} selected={null} editing={null} readOnly onCellMouseDown={nothing} onCellDoubleClick={nothing} renderEditor={() => null} />
                        </section>
                      ))}
                    </div>
                    {report && (
                      <aside className="rollup-unit-findings">
                        <FindingsPanel findings={unit.findings} dismissals={[]} readOnly onJump={nothing} onDismiss={nothing} onRestore={nothing} />
                      </aside>
                    )}
                  </div>
                ),
              },
              ...(report ? [{ key: 'text', label: '全文（如打印）', children: <ReportPreview report={report} /> }] : []),
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
