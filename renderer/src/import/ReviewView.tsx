/**
 * Step two: the report as read, beside the text it was read from. Left the source, in the middle the metadata,
 * the prose and tables 二/三/四 (correctable cell by cell), right the importer's notes and the findings of the
 * rules — re-run on every correction, as the services will judge the report. Nothing is saved until
 * 「保存为已发布的报告」.
 */
import { Alert, App, Button, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Agency, CheckedFinding, ImportReview, ReportDetail, ReportSummary } from '../../../shared/api.js';
import { IMPORT_SOURCE_TYPE_LABELS } from '../../../shared/api.js';
import { SECTION_HEADINGS } from '../../../shared/catalogue/sections.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { SignatureNotice } from '../signatures/SignatureNotice.js';
import { FindingsPanel } from '../editor/FindingsPanel.js';
import { existingMessage, existingReportFor } from './existingReport.js';
import { NotesList } from './NotesList.js';
import { MetadataForm } from './MetadataForm.js';
import { ProseFields } from './ProseFields.js';
import { ProseChanges } from './ProseChanges.js';
import { proseChanges } from '../../../shared/report/proseChanges.js';
import { ReviewTables } from './ReviewTables.js';
import { correctCells, correctedCells, draftFindings, draftProblems, initialDraft, lastYearReportId, saveInput, type LastYearFound, type ReviewDraft } from './reviewDraft.js';
import { reviewMarks } from './reviewMarks.js';
import { compactLines, linesForNote } from './sourceLines.js';
import { SourcePane } from './SourcePane.js';
import { useGridController } from '../editor/grid/useGridController.js';
import type { CellEdit } from '../../../shared/report/totals.js';
import { LikelyAgency } from './LikelyAgency.js';

/** The aria-label of the input that holds each field a finding may name. */
const FIELD_INPUT_LABELS: Record<string, string> = {
  agency: '机关',
  title: '标题',
  issuer: '落款单位',
  date: '成文日期',
  preamble: '前言',
  'sections.overview': SECTION_HEADINGS.overview,
  'sections.problems': SECTION_HEADINGS.problems,
  'sections.other': SECTION_HEADINGS.other,
};

interface ReviewViewProps {
  readonly review: ImportReview;
  readonly onSaved: (detail: ReportDetail) => void;
  readonly onLeave: (to: 'start' | 'picker') => void;
}

export function ReviewView({ review, onSaved, onLeave }: ReviewViewProps) {
  const api = useApi();
  const { message, modal } = App.useApp();
  const [signature, setSignature] = useState(review.signature ?? null);
  const [draft, setDraft] = useState<ReviewDraft>(() => initialDraft(review));
  const [touched, setTouched] = useState(false);
  const [activeNote, setActiveNote] = useState<number | null>(null);
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  useEffect(() => {
    api.call('agencies.list', {}).then(setAgencies, (error: unknown) => {
      setAgencies([]);
      message.error(failureMessage(error));
    });
    api.call('reports.list', {}).then(setReports, () => setReports([]));
  }, [api, message]);

  const change = useCallback((patch: Partial<ReviewDraft>) => {
    setTouched(true);
    setSaveProblem(null);
    setDraft((current) => ({ ...current, ...patch }));
  }, []);
  // Corrections with the Σ totals that follow them, as in the editor (a printed total that disagrees stays).
  const correct = useCallback((edits: readonly CellEdit[]) => {
    setTouched(true);
    setSaveProblem(null);
    setDraft((current) => ({ ...current, cells: correctCells(current.cells, edits) }));
  }, []);
  const gridTarget = useMemo(() => ({ editCells: correct }), [correct]);
  const grid = useGridController(gridTarget, draft.cells, { readOnly: false, notify: (text) => void message.info(text) });

  // Another agency or year than the review found: its last year is read from the records for the C-rules.
  const lastId = lastYearReportId(review, draft, reports);
  const [lastFound, setLastFound] = useState<LastYearFound | null>(null);
  useEffect(() => {
    if (lastId === null) return;
    let live = true;
    api.call('reports.open', { reportId: lastId }).then(
      (detail) => live && setLastFound({ agencyId: detail.summary.agencyId, year: detail.summary.year, report: detail.report }),
      () => live && setLastFound(null),
    );
    return () => {
      live = false;
    };
  }, [api, lastId]);
  const findings = useMemo(() => draftFindings(review, draft, lastFound), [review, draft, lastFound]);
  const marks = useMemo(() => reviewMarks(review.notes, findings), [review.notes, findings]);
  const corrected = useMemo(() => correctedCells(review, draft), [review, draft]);
  const lines = useMemo(() => compactLines(review.sourceText.lines), [review.sourceText.lines]);
  const noteLines = useMemo(() => review.notes.map((note) => linesForNote(note, lines)), [review.notes, lines]);
  const notedLines = useMemo(() => new Set(noteLines.flat()), [noteLines]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const existing = existingReportFor(review, draft, reports);
  const existingId = existing?.reportId ?? null;
  const [recorded, setRecorded] = useState<ReportDetail | null>(null);
  useEffect(() => {
    if (existingId === null) return setRecorded(null);
    let live = true;
    api.call('reports.open', { reportId: existingId }).then(
      (detail) => live && setRecorded(detail),
      () => live && setRecorded(null),
    );
    return () => {
      live = false;
    };
  }, [api, existingId]);
  const changes = useMemo(() => (recorded ? proseChanges(recorded.report, draft) : null), [recorded, draft]);
  const note = activeNote !== null ? review.notes[activeNote] : undefined;

  const pickNote = (index: number): void => {
    setActiveNote(index);
    const first = review.notes[index]?.cells[0];
    if (first) {
      grid.select(first, { focus: false });
      grid.containerRef.current?.querySelector(`[data-cell="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'center' });
    }
  };

  const jump = (finding: CheckedFinding): void => {
    if (finding.cells[0]) return grid.select(finding.cells[0]);
    const label = FIELD_INPUT_LABELS[finding.fields[0] ?? ''];
    if (label) document.querySelector<HTMLElement>(`.import-page [aria-label="${label}"]`)?.focus();
  };

  const leave = (to: 'start' | 'picker'): void => {
    if (!touched) return onLeave(to);
    modal.confirm({
      title: '放弃这次导入？',
      content: '所做的更正还没有保存，离开后不会保留。',
      okText: '放弃',
      cancelText: '继续核对',
      okButtonProps: { danger: true },
      onOk: () => onLeave(to),
    });
  };

  const store = async (replaceDraft: boolean): Promise<void> => {
    setSaving(true);
    setSaveProblem(null);
    try {
      onSaved(await api.call('imports.save', saveInput(review, draft, replaceDraft)));
    } catch (error) {
      setSaveProblem(failureMessage(error));
      setSaving(false);
    }
  };

  const save = (): void => {
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      setSaveProblem(`${problems.join('；')}。`);
      return;
    }
    const year = draft.year!;
    if (existing && !existing.replaceable) {
      modal.warning({ title: '不能保存', content: existingMessage(existing, draft.agencyName, year), okText: '知道了' });
      return;
    }
    if (existing) {
      modal.confirm({
        title: '替换已有的草稿？',
        content: `${draft.agencyName} ${year} 年度已有一份草稿（从未签发）。替换后这份草稿被删除（内容仍留在操作记录里），改存导入的报告。`,
        okText: '替换草稿',
        cancelText: '取消',
        okButtonProps: { danger: true },
        onOk: () => store(true),
      });
      return;
    }
    void store(false);
  };

  return (
    <>
      <div className="import-toolbar">
        <Button onClick={() => leave('start')}>返回报告列表</Button>
        <Typography.Text strong className="import-file-name" title={review.fileName}>
          {review.fileName}
        </Typography.Text>
        <Tag bordered={false}>{IMPORT_SOURCE_TYPE_LABELS[review.source.type]}</Tag>
        {review.source.template === 'gov-2019' && <Tag color="purple">2019年版格式</Tag>}
        <span className="import-counts" role="status" aria-label="核对情况">
          <span>{review.notes.length} 条说明</span>，<span className={errors ? 'import-count-errors' : ''}>{errors} 个错误</span>，<span>{warnings} 个警告</span>
          {corrected.length > 0 && <span className="import-count-corrected">，已更正 {corrected.length} 格</span>}
        </span>
        <span style={{ flex: 1 }} />
        <Button onClick={() => leave('picker')}>选择其他文件…</Button>
        <Button type="primary" loading={saving} onClick={save}>
          保存为已发布的报告
        </Button>
      </div>
      <div className="import-body">
        <aside className="import-source-pane" aria-label="原文区域">
          <div className="import-pane-head">原文{note && noteLines[activeNote!]!.length === 0 ? <span className="import-pane-hint">（所选说明在原文中找不到对应的行）</span> : null}</div>
          <SourcePane sourceText={review.sourceText} noted={notedLines} focused={activeNote !== null ? noteLines[activeNote]! : []} />
        </aside>
        <main className="import-main">
          <div className="import-page">
            <Alert
              type="info"
              showIcon
              title="请对照原文逐项核对"
              description="双击单元格（或选中后按 Enter）即可更正，Enter 确认、Esc 取消。读取时不会自动改正任何数字：原文中的笔误会作为检查结果列出，保存后仍可在报告中看到。"
            />
            {signature && <SignatureNotice signature={signature} defaultName={draft.agencyName} onTrusted={() => setSignature({ ...signature, status: 'verified', trustedName: draft.agencyName.trim() })} />}
            {existing && <Alert type={existing.replaceable ? 'warning' : 'error'} showIcon title={existingMessage(existing, draft.agencyName, draft.year!)} />}
            {saveProblem && <Alert type="error" showIcon role="alert" title="没有保存" description={saveProblem} />}
            {review.match.agencyId === null && draft.agency.kind === 'new' && agencies && (
              <LikelyAgency name={review.report.agency} agencies={agencies} onChoose={(agency) => change({ agency: { kind: 'existing', agencyId: agency.id }, agencyName: agency.name, level: agency.level })} />
            )}
            {recorded && <ProseChanges changes={changes} recordLabel={`记录中的${recorded.summary.agency} ${recorded.summary.year} 年度报告`} />}
            <MetadataForm draft={draft} agencies={agencies} yearFound={review.yearFound} onChange={change} />
            <ProseFields part="before" preamble={draft.preamble} sections={draft.sections} onChange={change} />
            <ReviewTables cells={draft.cells} marks={marks} grid={grid} focusedCells={note?.cells ?? []} corrected={corrected} />
            <ProseFields part="after" preamble={draft.preamble} sections={draft.sections} onChange={change} />
          </div>
        </main>
        <aside className="import-side" aria-label="说明与检查结果">
          <section aria-label="读取说明">
            <div className="findings-head">读取说明（{review.notes.length}）</div>
            <NotesList notes={review.notes} active={activeNote} onPick={pickNote} />
          </section>
          <section aria-label="检查结果">
            <div className="findings-head">检查结果</div>
            <FindingsPanel
              findings={findings}
              dismissals={[]}
              readOnly
              onJump={jump}
              onDismiss={() => undefined}
              onRestore={() => undefined}
            />
          </section>
        </aside>
      </div>
    </>
  );
}
