/**
 * The 依申请公开 ledger of one agency: every application as a row (kept in the records, edited like a
 * spreadsheet), its reply deadline and working days left, filters (pending, overdue, not countable, by result),
 * the import of the office's spreadsheet, and the tally of table 三 for a year. Names and contact details are
 * personal information: kept here only, never put into a report, an export, a roll-up or the audit log.
 */
import { Alert, App, Button, Empty, InputNumber, Layout, Modal, Pagination, Popconfirm, Segmented, Select, Space, Typography, Input } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Agency, AppStatus, LedgerEntry, LedgerView } from '../../../shared/api.js';
import { RESULT_GROUPS } from '../../../shared/catalogue/cells.js';
import { ledgerCalendar, mostCommonYear, readLedgerDate, tallyLedger } from '../../../shared/ledger/index.js';
import type { LedgerField } from '../../../shared/ledger/types.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { AppHeader } from '../app/AppHeader.js';
import type { Route } from '../app/route.js';
import { ImportLedgerDialog } from './ImportLedgerDialog.js';
import { LedgerGrid, type GridEdit } from './LedgerGrid.js';
import { filterRows, isoToday, recordOf, rowView, type LedgerFilter } from './ledgerRows.js';
import './ledger.css';

const PAGE_SIZE = 100;

type LedgerStep = readonly (GridEdit & { readonly before: string })[];
const FILTERS: { value: LedgerFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'pending', label: '待答复' },
  { value: 'overdue', label: '逾期' },
  { value: 'problem', label: '不能计入' },
];

export function LedgerScreen({ status, go, agencyId: routeAgency, fromReportId }: { status: AppStatus; go: (route: Route) => void; agencyId?: number; fromReportId?: number }) {
  const api = useApi();
  const { message } = App.useApp();
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [agencyId, setAgencyId] = useState<number | undefined>(routeAgency);
  const [view, setView] = useState<LedgerView | null>(null);
  const [filter, setFilter] = useState<LedgerFilter>('all');
  const [resultGroup, setResultGroup] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  const [selectedEntry, setSelectedEntry] = useState<number | null>(null);
  // Cell edits of this visit, for Ctrl+Z / Ctrl+Y: each step the cells before and after.
  const [history, setHistory] = useState<{ done: LedgerStep[]; undone: LedgerStep[] }>({ done: [], undone: [] });

  useEffect(() => {
    api.call('agencies.list', {}).then(
      (list) => {
        setAgencies(list);
        setAgencyId((current) => current ?? list[0]?.id);
      },
      (error: unknown) => message.error(failureMessage(error)),
    );
  }, [api, message]);

  useEffect(() => {
    if (agencyId === undefined) return;
    api.call('ledger.open', { agencyId }).then(setView, (error: unknown) => message.error(failureMessage(error)));
  }, [api, message, agencyId]);

  useEffect(() => {
    if (fromReportId === undefined) return;
    api.call('reports.open', { reportId: fromReportId }).then((d) => setYear((y) => y ?? d.report.year), () => undefined);
  }, [api, fromReportId]);

  const calendar = useMemo(() => ledgerCalendar(view?.schedules.added ?? []), [view?.schedules.added]);
  const today = isoToday(new Date());
  const rows = useMemo(() => (view ? view.entries.map((e) => rowView(e, calendar, today)) : []), [view, calendar, today]);
  const shown = useMemo(() => filterRows(rows, filter, resultGroup), [rows, filter, resultGroup]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const records = useMemo(() => (view ? view.entries.map(recordOf) : []), [view]);
  const tallyYear = year ?? mostCommonYear(records, readLedgerDate) ?? new Date().getFullYear();
  const tally = useMemo(() => tallyLedger(records, { year: tallyYear, calendar }), [records, tallyYear, calendar]);

  const merge = useCallback((changed: readonly LedgerEntry[]) => {
    const byId = new Map(changed.map((e) => [e.id, e]));
    setView((v) => (v ? { ...v, entries: v.entries.map((e) => byId.get(e.id) ?? e) } : v));
  }, []);

  const onEdit = (edits: readonly GridEdit[], record = true): void => {
    if (!view) return;
    if (record) {
      const before = new Map(view.entries.map((e) => [e.id, e]));
      const step = edits.map((x) => ({ ...x, before: before.get(x.entryId)?.cells[x.field] ?? '' }));
      setHistory((h) => ({ done: [...h.done.slice(-199), step], undone: [] }));
    }
    // Shown at once; the services' answer replaces it.
    setView({ ...view, entries: view.entries.map((e) => { const mine = edits.filter((x) => x.entryId === e.id); return mine.length === 0 ? e : { ...e, cells: { ...e.cells, ...Object.fromEntries(mine.map((x) => [x.field, x.value])) } }; }) });
    api.call('ledger.editCells', { agencyId: view.agencyId, edits: [...edits] }).then(
      (r) => merge(r.entries),
      (error: unknown) => message.error(`台账没有保存：${failureMessage(error)}`),
    );
  };

  const undo = (): void => {
    const step = history.done.at(-1);
    if (!step) return;
    setHistory({ done: history.done.slice(0, -1), undone: [...history.undone, step] });
    onEdit(step.map((x) => ({ entryId: x.entryId, field: x.field, value: x.before })), false);
  };
  const redo = (): void => {
    const step = history.undone.at(-1);
    if (!step) return;
    setHistory({ done: [...history.done, step], undone: history.undone.slice(0, -1) });
    onEdit(step.map((x) => ({ entryId: x.entryId, field: x.field, value: x.value })), false);
  };

  const append = async (added: readonly Partial<Record<LedgerField, string>>[]): Promise<void> => {
    if (!view) return;
    try {
      const { entries } = await api.call('ledger.addRows', { agencyId: view.agencyId, rows: added.length > 0 ? [...added] : [{}] });
      setView((v) => (v ? { ...v, entries: [...v.entries, ...entries] } : v));
      setFilter('all');
      setResultGroup(null);
      setPage(Math.ceil((view.entries.length + entries.length) / PAGE_SIZE));
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const deleteRows = async (ids: number[]): Promise<void> => {
    if (!view || ids.length === 0) return;
    try {
      setView(await api.call('ledger.deleteRows', { agencyId: view.agencyId, entryIds: ids }));
    } catch (error) {
      message.error(failureMessage(error));
    }
  };

  const total = (row: string): number => tally.cells[`applications.${row}.total`] ?? 0;
  const overdueCount = tally.findings.filter((f) => f.kind === 'overdue').length;
  const notCounted = new Set(tally.findings.filter((f) => f.kind === 'unmapped' || f.kind === 'invalid').map((f) => f.row)).size;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader status={status}>
        <Button onClick={() => go(fromReportId ? { screen: 'editor', reportId: fromReportId } : { screen: 'start' })}>{fromReportId ? '返回报告' : '返回'}</Button>
        <Typography.Text style={{ color: '#fff' }} strong>
          依申请公开台账
        </Typography.Text>
      </AppHeader>
      <Layout.Content style={{ padding: '16px 24px' }} className="ledger-screen">
        <Alert
          type="info"
          showIcon
          className="ledger-privacy"
          title="申请人姓名和联系方式属于个人信息：只保存在本机的台账中，不会写入年度报告、导出的文件、汇总或操作日志。不需要时可以不填。"
        />
        {agencies && agencies.length === 0 ? (
          <Empty description="还没有机关：请先在首页新建报告（会同时建立机关）。" />
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap>
              <Select
                aria-label="机关"
                style={{ width: 240 }}
                value={agencyId}
                options={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
                onChange={(id: number) => {
                  setAgencyId(id);
                  setPage(1);
                }}
              />
              <Button type="primary" disabled={!view} onClick={() => setImporting(true)}>
                导入台账…
              </Button>
              <Button disabled={!view} onClick={() => void append([])}>
                新增一行
              </Button>
              <Popconfirm
                title="删除所选的行"
                description={selectedEntry ? `删除台账第${view?.entries.find((e) => e.id === selectedEntry)?.row ?? ''}行？其后各行的行号随之前移。` : '请先在台账中选中一行。'}
                okText="删除"
                cancelText="取消"
                onConfirm={() => selectedEntry && void deleteRows([selectedEntry])}
              >
                <Button disabled={!view || selectedEntry === null}>删除所选行</Button>
              </Popconfirm>
              <Popconfirm
                title="删除全部空行"
                description="只删除所有单元格都为空的行。"
                okText="删除"
                cancelText="取消"
                onConfirm={() => void deleteRows(rows.filter((r) => Object.values(r.entry.cells).every((v) => v === '')).map((r) => r.entry.id))}
              >
                <Button disabled={!view}>删除空行</Button>
              </Popconfirm>
              <Button onClick={() => setScheduleOpen(true)}>节假日安排…</Button>
            </Space>
            {view && (
              <div className="ledger-summary" role="status">
                <Space wrap>
                  <span>统计年度</span>
                  <InputNumber aria-label="统计年度" min={1990} max={2200} value={tallyYear} onChange={(v) => typeof v === 'number' && setYear(v)} />
                  <span>
                    共{tally.rows}行，计入表三{tally.counted}行：一、本年新收{total('received')}件；二、上年结转{total('carriedOver')}件；（七）办结{total('resultsTotal')}件；四、结转下年度{total('carriedForward')}件。
                  </span>
                  {overdueCount > 0 && <Typography.Text type="danger">逾期答复{overdueCount}件</Typography.Text>}
                  {notCounted > 0 && <Typography.Text type="warning">{notCounted}行不能计入，请改正</Typography.Text>}
                </Space>
                {tally.notes.map((n) => (
                  <div key={n} className="ledger-note">
                    注意：{n}
                  </div>
                ))}
              </div>
            )}
            <Space wrap>
              <Segmented<LedgerFilter> aria-label="筛选" options={FILTERS} value={filter} onChange={(v) => { setFilter(v); setPage(1); }} />
              <Select
                aria-label="按办理结果筛选"
                style={{ width: 200 }}
                allowClear
                placeholder="按办理结果筛选"
                value={resultGroup ?? undefined}
                options={RESULT_GROUPS.filter((g) => g.key !== 'resultsTotal').map((g) => ({ value: g.key, label: g.label.replace(/（区分.*）$/, '') }))}
                onChange={(v?: string) => { setResultGroup(v ?? null); setPage(1); }}
              />
              <Typography.Text type="secondary">
                显示{shown.length}行。方向键、Tab、Enter 移动；输入数字、字母即改写，输入中文请先按 F2 或双击；Delete 清空；Ctrl+Z 撤销；可从 Excel/WPS 复制一块粘贴进来。
              </Typography.Text>
            </Space>
            {view && view.entries.length === 0 ? (
              <Empty description="台账还是空的：导入单位现有的 Excel 台账，或新增一行开始登记。" />
            ) : (
              <LedgerGrid rows={pageRows} onSelectRow={setSelectedEntry} onUndo={undo} onRedo={redo} onEdit={onEdit} onAppend={filter === 'all' && !resultGroup && Math.min(page, pages) === pages ? (r) => void append(r) : undefined} notify={(t) => message.warning(t)} />
            )}
            {pages > 1 && <Pagination current={Math.min(page, pages)} pageSize={PAGE_SIZE} total={shown.length} showSizeChanger={false} onChange={setPage} />}
          </Space>
        )}
        {importing && view && (
          <ImportLedgerDialog
            agencyId={view.agencyId}
            onClose={() => setImporting(false)}
            onImported={(next, n) => {
              setView(next);
              setImporting(false);
              setPage(1);
              message.success(`已导入${n}行`);
            }}
          />
        )}
        {scheduleOpen && view && (
          <ScheduleDialog
            shippedYears={view.schedules.shippedYears}
            added={view.schedules.added.map((s) => s.year)}
            onClose={() => setScheduleOpen(false)}
            onSaved={(schedules) => {
              setView({ ...view, schedules });
              setScheduleOpen(false);
            }}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}

const DATES = /\d{4}-\d{2}-\d{2}/g;

function ScheduleDialog({ shippedYears, added, onClose, onSaved }: { shippedYears: number[]; added: number[]; onClose: () => void; onSaved: (s: LedgerView['schedules']) => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [year, setYear] = useState(Math.max(...shippedYears, ...added) + 1);
  const [source, setSource] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const save = async (): Promise<void> => {
    try {
      const schedules = await api.call('ledger.addSchedule', {
        year,
        source: source.trim() || `国务院办公厅关于${year}年部分节假日安排的通知`,
        holidays: holidays.match(DATES) ?? [],
        workdays: workdays.match(DATES) ?? [],
      });
      message.success(`已录入${year}年节假日安排`);
      onSaved(schedules);
    } catch (error) {
      message.error(failureMessage(error));
    }
  };
  return (
    <Modal open title="节假日安排" okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose}>
      <Typography.Paragraph>
        本软件已带有 {shippedYears.join('、')} 年国务院办公厅的节假日安排（含调休上班日）{added.length > 0 ? `，本单位另录入了 ${added.join('、')} 年` : ''}。
        次年的安排每年11—12月公布，公布后请在此录入；未录入的年份按周一至周五计算答复期限。
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <InputNumber aria-label="年份" min={1990} max={2200} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} />
        <Input aria-label="依据" placeholder={`国务院办公厅关于${year}年部分节假日安排的通知`} value={source} onChange={(e) => setSource(e.target.value)} />
        <Input.TextArea aria-label="放假日期" rows={3} placeholder="放假的日期，如 2027-01-01 2027-02-05 …（逐日列出，可用空格或换行分隔）" value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        <Input.TextArea aria-label="调休上班日期" rows={2} placeholder="调休上班的周六、周日，如 2027-02-14" value={workdays} onChange={(e) => setWorkdays(e.target.value)} />
      </Space>
    </Modal>
  );
}
