/**
 * 由台账生成: table 三 of the draft filled from the agency's 依申请公开 ledger — every one of its 175 cells, as
 * one edit (one undo step, saved through reports.editCells with its audit lines). From then on L-1 compares the
 * table with the ledger. Without an application from before the year in the ledger, 二、上年结转 comes from last
 * year's report's 四 as a count, and the clerk is told to enter those applications as rows.
 */
import { App, Button, Dropdown, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/api.js';
import { APPLICANT_COLUMNS, applicationCellId } from '../../../shared/catalogue/cells.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import type { Route } from '../app/route.js';
import type { ReportDocument } from './reportDocument.js';

type TallyAnswer = ChannelOutput<'ledger.tallyForReport'>;

export function FillFromLedger({ doc, reportId, agencyId, readOnly, go }: { doc: ReportDocument; reportId: number; agencyId: number; readOnly: boolean; go: (route: Route) => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [answer, setAnswer] = useState<TallyAnswer | null>(null);
  const [confirming, setConfirming] = useState(false);

  // L-1 needs the ledger's tally from the start, not only after a fill.
  useEffect(() => {
    let live = true;
    api.call('ledger.tallyForReport', { reportId }).then(
      (a) => {
        if (!live) return;
        setAnswer(a);
        doc.setLedger(a.tally?.cells ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, doc, reportId]);

  const open = async (): Promise<void> => {
    try {
      await doc.settled();
      const a = await api.call('ledger.tallyForReport', { reportId });
      setAnswer(a);
      doc.setLedger(a.tally?.cells ?? null);
      if (!a.tally) {
        message.info('本机关的依申请公开台账还是空的：请先在“台账”中登记或导入。');
        return;
      }
      setConfirming(true);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const tally = answer?.tally ?? null;
  const fallback = tally && tally.cells['applications.carriedOver.total'] === 0 ? answer?.carriedOverFromLastReport ?? null : null;
  const fill = (): void => {
    if (!tally) return;
    const cells = { ...tally.cells, ...(fallback ?? {}) };
    doc.editCells(Object.entries(cells).map(([cellId, value]) => ({ cellId, value })));
    setConfirming(false);
    message.success('已由台账生成表三（可撤销）。此后表三与台账不一致之处会以警告 L-1 标出。');
  };
  const total = (row: string): number => tally?.cells[`applications.${row}.total`] ?? 0;
  const notCounted = tally ? new Set(tally.findings.filter((f) => f.kind === 'unmapped' || f.kind === 'invalid').map((f) => f.row)).size : 0;
  const overdue = tally ? tally.findings.filter((f) => f.kind === 'overdue').length : 0;

  return (
    <>
      {/* One compact group, so the toolbar still fits on one line at 1366 px (office monitors). */}
      <Space.Compact>
        <Button onClick={() => go({ screen: 'ledger', agencyId, reportId })}>台账</Button>
        {!readOnly && (
          <Dropdown
            menu={{
              items: [{ key: 'fill', label: '由台账生成表三…', title: '用本机关依申请公开台账的统计填写表三' }],
              onClick: () => void open(),
            }}
          >
            <Button aria-label="台账操作">▾</Button>
          </Dropdown>
        )}
      </Space.Compact>
      {confirming && tally && (
        <Modal open title="由台账生成表三" okText="填写表三" cancelText="取消" onOk={fill} onCancel={() => setConfirming(false)}>
          <p>
            台账共{tally.rows}行，{tally.year}年度计入表三{tally.counted}行：一、本年新收{total('received')}件；二、上年结转
            {fallback ? fallback['applications.carriedOver.total'] : total('carriedOver')}件；（七）办结{total('resultsTotal')}件；四、结转下年度继续办理{total('carriedForward')}件。
          </p>
          <p>表三的全部175格将被替换（可用“撤销”恢复）。</p>
          {fallback && (
            <p className="ledger-fallback">
              台账中没有{tally.year}年以前收到的申请，“二、上年结转”取自上年度报告的“四、结转下年度继续办理”（
              {APPLICANT_COLUMNS.filter((c) => c.key !== 'total' && (fallback[applicationCellId('carriedOver', c.key)] ?? 0) > 0)
                .map((c) => `${c.label}${fallback[applicationCellId('carriedOver', c.key)]}件`)
                .join('、')}
              ）。请把这些申请按上年的收到日期补录到台账中，它们的办理结果才能计入。
            </p>
          )}
          {notCounted > 0 && <p style={{ color: '#d46b08' }}>有{notCounted}行不能计入（申请人类型、办理结果或日期无法识别），请先在台账中改正。</p>}
          {overdue > 0 && <p style={{ color: '#cf1322' }}>有{overdue}件答复逾期（超过20个工作日，延期的超过40个工作日）。</p>}
        </Modal>
      )}
    </>
  );
}
