/**
 * 汇总: the county office's collection of its units' reports for one year. Receive a folder (a USB stick) or
 * files, keep the roster, see every unit's state, open a unit read-only, see the summed tables and which units
 * make up a sum, export the .xlsx for the leaders and the roll-up file for the level above.
 */
import { Alert, App, Button, Layout, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { AppStatus } from '../../../shared/api.js';
import type { ReceiveOutcome, RollupRow, RollupView } from '../../../shared/rollup/contract.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { AppHeader } from '../app/AppHeader.js';
import type { Route } from '../app/route.js';
import { readFileAsBase64 } from '../import/fileBase64.js';
import { tooLarge, unitFilesOf } from './receiveFiles.js';
import { RosterUnitDialog, type RosterUnitDraft } from './RosterUnitDialog.js';
import { SummedTables } from './SummedTables.js';
import { TrustUnitKeyDialog } from './TrustUnitKeyDialog.js';
import { UnitDrawer } from './UnitDrawer.js';
import { UnitsTable } from './UnitsTable.js';
import '../editor/editor.css';
import './rollup.css';

const OUTCOME_TYPES = { new: 'success', replaced: 'success', kept: 'warning', same: 'info', unusable: 'error' } as const;
/** Chromium and Electron let a file input pick a whole folder with this (non-standard) attribute. */
const FOLDER_INPUT = { webkitdirectory: '', directory: '' } as Record<string, string>;

export function RollupScreen({ status, go }: { status: AppStatus; go: (route: Route) => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | null>(null);
  const [view, setView] = useState<RollupView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<ReceiveOutcome[]>([]);
  const [openReceipt, setOpenReceipt] = useState<number | null>(null);
  const [editing, setEditing] = useState<RosterUnitDraft | null>(null);
  const [trusting, setTrusting] = useState<RollupRow | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const filesInput = useRef<HTMLInputElement | null>(null);
  const rosterInput = useRef<HTMLInputElement | null>(null);

  const load = useCallback(
    (wanted: number | null) => api.call('rollup.view', wanted === null ? {} : { year: wanted }).then((v) => { setView(v); setYear(v.year); setProblem(null); }, (error: unknown) => setProblem(failureMessage(error))),
    [api],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const receive = async (event: ChangeEvent<HTMLInputElement>, fromFolder: boolean): Promise<void> => {
    const input = event.target;
    const picked = [...(input.files ?? [])].map((file) => ({ file, name: file.name, path: file.webkitRelativePath || file.name, size: file.size }));
    input.value = '';
    const chosen = unitFilesOf(picked, fromFolder);
    const results: ReceiveOutcome[] = [];
    if (chosen.length === 0) results.push({ fileName: '', outcome: 'unusable', agency: null, year: null, message: '所选文件夹中没有找到报告文件（.nianbao.json、.json 或本软件生成的 PDF）' });
    for (const [i, f] of chosen.entries()) {
      setBusy(`正在接收第 ${i + 1} / ${chosen.length} 个文件：${f.path}`);
      const refused = tooLarge(f);
      if (refused) {
        results.push(refused);
        continue;
      }
      try {
        results.push(...(await api.call('rollup.receive', { files: [{ fileName: f.path, base64: await readFileAsBase64(f.file) }] })).outcomes);
      } catch (error) {
        results.push({ fileName: f.path, outcome: 'unusable', agency: null, year: null, message: failureMessage(error) });
      }
    }
    setBusy(null);
    // What needs the office's attention first: unusable files, then files kept only in the history.
    const order = { unusable: 0, kept: 1, replaced: 2, new: 3, same: 4 } as const;
    setOutcomes(results.map((r, i) => ({ r, i })).sort((a, b) => order[a.r.outcome] - order[b.r.outcome] || a.i - b.i).map(({ r }) => r));
    const years = results.filter((r) => r.year !== null && r.outcome !== 'unusable').map((r) => r.year!);
    const received = years.length > 0 && !years.includes(year ?? -1) ? mostCommon(years) : year;
    await load(received);
  };

  const importRoster = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await api.call('rollup.roster.import', { fileName: file.name, base64: await readFileAsBase64(file) });
      message.success(`名单已导入：新增 ${result.added} 个单位${result.alreadyListed > 0 ? `，${result.alreadyListed} 个已在名单中` : ''}`);
      if (result.notes.length > 0) setOutcomes(result.notes.map((note) => ({ fileName: file.name, outcome: 'kept', agency: null, year: null, message: note })));
      await load(year);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const act = async (work: () => Promise<unknown>, done?: string): Promise<void> => {
    try {
      await work();
      if (done) message.success(done);
      await load(year);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const exportAs = async (kind: 'xlsx' | 'file'): Promise<void> => {
    if (year === null) return;
    try {
      const result = await api.call(kind === 'xlsx' ? 'rollup.exportXlsx' : 'rollup.exportFile', { year });
      if ('path' in result) message.success(`已导出：${result.path}`);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const actions = {
    open: (r: RollupRow) => r.receipt && setOpenReceipt(r.receipt.id),
    rename: (r: RollupRow) => setEditing({ rosterId: r.rosterId, name: r.name, level: r.level }),
    addToRoster: (r: RollupRow) => void act(() => api.call('rollup.roster.add', { name: r.name, level: r.level }), `已将“${r.name}”加入名单`),
    setExempt: (r: RollupRow, exempt: boolean) => void act(() => api.call('rollup.roster.setRequired', { rosterId: r.rosterId!, year: year!, exempt })),
    setPublished: (r: RollupRow, published: boolean) => void act(() => api.call('rollup.setPublished', { receiptId: r.receipt!.id, published })),
    trustKey: (r: RollupRow) => setTrusting(r),
  };

  const counted = view?.rollup.units.filter((u) => u.counted).length ?? 0;
  const mismatched = view?.rows.filter((r) => r.fingerprint === 'mismatch' || r.signature?.status === 'invalid').length ?? 0;
  const withErrors = view?.rows.filter((r) => r.receipt && r.errors > 0).length ?? 0;
  const signatures = (status: 'verified' | 'unknown-key' | 'invalid') => view?.rows.filter((r) => r.signature?.status === status).length ?? 0;
  const keyWarnings = view?.rows.filter((r) => r.signature?.keyWarning).length ?? 0;

  return (
    <Layout className="rollup-layout">
      <AppHeader status={status} />
      <Layout.Content className="rollup-content">
        <div className="rollup-toolbar">
          <Typography.Title level={3} style={{ margin: 0 }}>
            汇总各单位年度报告
          </Typography.Title>
          <Select<number>
            aria-label="年度"
            value={year ?? undefined}
            style={{ width: 120 }}
            onChange={(y) => void load(y)}
            options={(view?.years ?? []).map((y) => ({ value: y, label: `${y}年度` }))}
          />
          <Space wrap>
            <Button type="primary" onClick={() => folderInput.current?.click()} disabled={busy !== null}>
              接收文件夹…
            </Button>
            <Button onClick={() => filesInput.current?.click()} disabled={busy !== null}>
              接收文件…
            </Button>
            <Button onClick={() => rosterInput.current?.click()}>导入名单…</Button>
            <Button onClick={() => setEditing({ rosterId: null, name: '', level: 'department' })}>添加单位…</Button>
            <Button onClick={() => void exportAs('xlsx')} disabled={counted === 0}>
              导出 Excel
            </Button>
            <Button onClick={() => void exportAs('file')} disabled={counted === 0}>
              导出汇总文件
            </Button>
            <Button type="link" onClick={() => go({ screen: 'start' })}>
              返回报告列表
            </Button>
          </Space>
          <input ref={folderInput} type="file" multiple hidden aria-label="选择文件夹" onChange={(e) => void receive(e, true)} {...FOLDER_INPUT} />
          <input ref={filesInput} type="file" multiple hidden aria-label="选择文件" accept=".json,.pdf" onChange={(e) => void receive(e, false)} />
          <input ref={rosterInput} type="file" hidden aria-label="选择名单" accept=".txt,.csv,.xlsx" onChange={(e) => void importRoster(e)} />
        </div>
        {problem && <Alert type="error" showIcon title={problem} />}
        {busy && <Alert type="info" showIcon title={busy} />}
        {outcomes.length > 0 && (
          <Alert
            className="rollup-outcomes"
            type={outcomes.some((o) => o.outcome === 'unusable') ? 'warning' : 'success'}
            showIcon
            closable={{ onClose: () => setOutcomes([]) }}
            title={`接收结果：${outcomes.filter((o) => o.outcome === 'new' || o.outcome === 'replaced').length} 份已记录，${outcomes.filter((o) => o.outcome === 'unusable').length} 个文件无法使用`}
            description={
              <ul className="rollup-outcome-list">
                {outcomes.map((o, i) => (
                  <li key={i} className={`rollup-outcome-${OUTCOME_TYPES[o.outcome]}`}>
                    {o.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {!view && !problem && <Spin />}
        {view && (
          <>
            <Typography.Paragraph className="rollup-summary">
              {`${view.year}年度：计入 ${counted} 个单位；未报送 ${view.rollup.missing.length} 个；有错误的 ${withErrors} 个；签发后被改动的 ${mismatched} 个。`}
              <span className="rollup-signature-summary">{`数字签名：有效 ${signatures('verified')} 个，密钥未确认 ${signatures('unknown-key')} 个，不符 ${signatures('invalid')} 个。`}</span>
              {keyWarnings > 0 && <Typography.Text type="danger">{` ${keyWarnings} 个单位的签名密钥与上次不同或属于其他单位，请电话核实。`}</Typography.Text>}
              {view.rollup.missing.length > 0 && <Typography.Text type="danger">{` 未报送：${view.rollup.missing.join('、')}`}</Typography.Text>}
            </Typography.Paragraph>
            <Tabs
              items={[
                { key: 'units', label: `单位（${view.rows.length}）`, children: <UnitsTable year={view.year} rows={view.rows} actions={actions} /> },
                { key: 'tables', label: '汇总表', children: <SummedTables year={view.year} cells={view.rollup.cells} onOpenUnit={setOpenReceipt} /> },
              ]}
            />
          </>
        )}
      </Layout.Content>
      {openReceipt !== null && <UnitDrawer key={openReceipt} receiptId={openReceipt} onClose={() => setOpenReceipt(null)} onTrusted={() => void load(year)} />}
      {trusting && (
        <TrustUnitKeyDialog
          row={trusting}
          onClose={() => setTrusting(null)}
          onTrusted={() => {
            message.success(`已信任“${trusting.name}”的签名密钥`);
            setTrusting(null);
            void load(year);
          }}
        />
      )}
      {editing && (
        <RosterUnitDialog
          draft={editing}
          onClose={() => setEditing(null)}
          onSave={async (d) => {
            try {
              if (d.rosterId === null) await api.call('rollup.roster.add', { name: d.name, level: d.level });
              else await api.call('rollup.roster.update', { rosterId: d.rosterId, name: d.name, level: d.level });
              setEditing(null);
              await load(year);
            } catch (error) {
              message.error(failureMessage(error));
            }
          }}
        />
      )}
    </Layout>
  );
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
