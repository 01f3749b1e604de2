/**
 * The editor of one report: the six sections in printed order (一 prose, 二 三 四 as the official tables, 五 六
 * prose), the title and the issuer block, live findings beside them, and the report's actions (preview, PDF,
 * exchange file, sign-off). A signed report opens read-only with its fingerprint.
 */
import { Alert, App, Layout, Result, Spin } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EDITABLE_FIELDS, type AppStatus, type CheckedFinding, type Dismissal, type EditableField } from '../../../shared/api.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import { SECTION_HEADINGS } from '../../../shared/catalogue/sections.js';
import { suggestSentences } from '../../../shared/prose/sentences.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { AppHeader } from '../app/AppHeader.js';
import type { Route } from '../app/route.js';
import { ReportPreview } from '../preview/ReportPreview.js';
import { DismissDialog } from './DismissDialog.js';
import { EditorToolbar } from './EditorToolbar.js';
import { FindingsPanel } from './FindingsPanel.js';
import { FrontMatter, IssuerBlock, type FieldHandlers } from './FrontMatter.js';
import { cellMarks } from './grid/cellMarks.js';
import { useCellHint } from './grid/CellHint.js';
import { GridTable } from './grid/GridTable.js';
import { useGridController, type EditTiming } from './grid/useGridController.js';
import { ProseSection } from './ProseSection.js';
import { YearOverYear } from './YearOverYear.js';
import { recordEditTiming, recordEditorReady } from './timings.js';
import { SignedBanner } from './signoff/SignedBanner.js';
import { useOpenReport, useSnapshot } from './useReportDocument.js';
import { useStableCallback } from '../app/useStableCallback.js';
import { findingKey, type ReportDocument } from './reportDocument.js';
import './editor.css';

interface EditorScreenProps {
  readonly reportId: number;
  readonly view: 'edit' | 'preview';
  readonly status: AppStatus;
  readonly go: (route: Route) => void;
}

export function EditorScreen(props: EditorScreenProps) {
  const opened = useOpenReport(props.reportId);
  if (opened.kind === 'loading') return <Spin fullscreen description="正在打开报告…" />;
  if (opened.kind === 'failed') {
    return (
      <Result
        status="warning"
        title="打不开这份报告"
        subTitle={opened.message}
        extra={<a onClick={() => props.go({ screen: 'start' })}>回到报告列表</a>}
      />
    );
  }
  return <Editor {...props} doc={opened.doc} />;
}

const PROSE_PLACEHOLDERS = {
  overview: '概述本年度政府信息公开工作的总体情况。可用右上角按钮插入根据表格生成的句子。',
  problems: '写明本年度存在的主要问题，以及上年度问题的改进情况。',
  other: '写明收取信息处理费的情况，以及其他需要报告的事项。',
} as const;

function Editor({ doc, view, status, go }: EditorScreenProps & { doc: ReportDocument }) {
  const api = useApi();
  const { message } = App.useApp();
  const snapshot = useSnapshot(doc);
  const { report, findings, dismissals, readOnly, summary } = snapshot;
  const timing = useRef<EditTiming>({ lastEditEventAt: null }).current;
  // One toast per sentence: a signed report refusing every keystroke says so once, not once per key.
  const notify = useCallback((text: string) => void message.info({ content: text, key: `notice:${text}` }), [message]);
  const grid = useGridController(doc, report.cells, { readOnly, notify, timing });
  const [dismissing, setDismissing] = useState<CheckedFinding | null>(null);

  const marks = useMemo(() => cellMarks(findings, 'cells', snapshot.causes), [findings, snapshot.causes]);
  const lastYearCells = useMemo(() => (snapshot.lastYear ? { year: snapshot.lastYear.year, cells: snapshot.lastYear.cells } : null), [snapshot.lastYear]);
  const [showLastYear, setShowLastYear] = useState(false);
  const cellHint = useCellHint(marks, lastYearCells);
  const fieldMarks = useMemo(() => cellMarks(findings, 'fields'), [findings]);
  // Stable for the whole visit, so the memoised sections redraw only when their own text or marks change.
  const handlers = useMemo(
    () =>
      Object.fromEntries(
        EDITABLE_FIELDS.map((name) => [
          name,
          {
            onChange: (text: string) => {
              timing.lastEditEventAt = performance.now();
              doc.editField(name, text);
            },
            onBlur: () => doc.flush(),
          },
        ]),
      ) as Record<EditableField, FieldHandlers>,
    [doc, timing],
  );
  const suggestFor = useMemo(() => {
    const of = (section: 'overview' | 'other') => () => suggestSentences(doc.getSnapshot().report).filter((s) => s.section === section);
    return { overview: of('overview'), other: of('other') };
  }, [doc]);
  // Last year's 一、五、六 beside this year's (read-only), when the records hold last year's report.
  const lastYearText = useMemo(() => {
    const last = snapshot.lastYear;
    const of = (key: 'overview' | 'problems' | 'other') => (last ? { year: last.year, text: last.sections[key] } : null);
    return { overview: of('overview'), problems: of('problems'), other: of('other') };
  }, [snapshot.lastYear]);

  // Measured for the README (not asserted): a keystroke's event time to the DOM showing the new findings.
  useLayoutEffect(() => {
    if (timing.lastEditEventAt !== null) {
      recordEditTiming(performance.now() - timing.lastEditEventAt);
      timing.lastEditEventAt = null;
    }
  }, [snapshot.version, timing]);
  useLayoutEffect(() => recordEditorReady(performance.now()), []);

  // Leaving or reloading with unsaved text: send it now, and let the browser ask while saves are in flight.
  useEffect(() => {
    const beforeUnload = (): void => doc.sendNowBeforeUnload();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      doc.flush();
    };
  }, [doc]);

  const jump = useStableCallback((finding: CheckedFinding): void => {
    // From the preview, a finding takes the clerk back to the editor, at the cell or field it names.
    if (view === 'preview') go({ screen: 'editor', reportId: summary.id, view: 'edit' });
    // To the cell whose edit broke the equation when there is one, else to the finding's first cell.
    const target = doc.getSnapshot().causes.get(findingKey(finding))?.[0] ?? finding.cells[0];
    if (target) {
      grid.select(target);
      return;
    }
    const field = finding.fields[0];
    if (field) requestAnimationFrame(() => document.getElementById(`field-${field}`)?.focus());
  });

  const dismiss = async (reason: string): Promise<void> => {
    if (!dismissing) return;
    await doc.settled();
    // A refusal propagates to the dialog, which shows the service's sentence.
    const result = await api.call('findings.dismiss', { reportId: summary.id, rule: dismissing.rule, cells: dismissing.cells, fields: dismissing.fields, reason });
    doc.adopt(result);
    setDismissing(null);
    message.success('已说明理由，这条警告不再妨碍签发');
  };

  const restore = useStableCallback(async (dismissal: Dismissal): Promise<void> => {
    try {
      doc.adopt(await api.call('findings.restore', { reportId: summary.id, dismissalId: dismissal.id }));
      message.success('已恢复为警告');
    } catch (error) {
      message.error(failureMessage(error));
    }
  });

  return (
    <Layout className="editor-layout">
      <AppHeader status={status} />
      <EditorToolbar doc={doc} snapshot={snapshot} view={view} status={status} go={go} selectedCell={grid.selected} />
      <Layout className="editor-body">
        {view === 'preview' ? (
          <Layout.Content className="editor-preview-scroll">
            <ReportPreview report={report} draft={summary.status === 'draft'} />
          </Layout.Content>
        ) : (
          <>
            <nav className="editor-nav" aria-label="报告目录">
              {[['front', '标题与前言'], ['overview', SECTION_HEADINGS.overview], ['active', SECTION_HEADINGS.active], ['applications', SECTION_HEADINGS.applications], ['appeals', SECTION_HEADINGS.appeals], ['problems', SECTION_HEADINGS.problems], ['other', SECTION_HEADINGS.other], ['issuer', '落款与日期']].map(([key, label]) => (
                <a key={key} href={`#section-${key}`} onClick={(e) => { e.preventDefault(); document.getElementById(`section-${key}`)?.scrollIntoView({ block: 'start' }); }}>
                  {label}
                </a>
              ))}
            </nav>
            <Layout.Content className="editor-scroll" onScroll={cellHint.onScroll}>
              <div className="editor-page">
                {readOnly && <SignedBanner doc={doc} snapshot={snapshot} />}
                {snapshot.save.kind === 'failed' && (
                  <Alert
                    type="error"
                    showIcon
                    className="editor-save-failed"
                    title="有修改没能保存"
                    description={snapshot.save.message}
                    action={<a onClick={() => doc.retry()}>重试</a>}
                  />
                )}
                <section id="section-front">
                  <FrontMatter agency={report.agency} year={report.year} title={report.title} preamble={report.preamble} marks={fieldMarks} readOnly={readOnly} handlers={handlers} />
                </section>
                <section id="section-overview">
                  <ProseSection id="field-sections.overview" heading={SECTION_HEADINGS.overview} value={report.sections.overview} mark={fieldMarks.get('sections.overview')} placeholder={PROSE_PLACEHOLDERS.overview} suggest={suggestFor.overview} lastYear={lastYearText.overview} readOnly={readOnly} {...handlers['sections.overview']} />
                </section>
                <YearOverYear reportId={summary.id} report={report} lastYear={lastYearCells?.year ?? null} showLastYear={showLastYear && lastYearCells !== null} onShowLastYear={setShowLastYear} />
                <div
                  ref={grid.containerRef}
                  className={showLastYear && lastYearCells ? 'grid-area grid-with-last-year' : 'grid-area'}
                  onKeyDown={grid.onKeyDown}
                  onPaste={grid.onPaste}
                  onCopy={grid.onCopy}
                  onFocus={grid.onFocus}
                  onMouseOver={cellHint.onMouseOver}
                  onMouseLeave={cellHint.onMouseLeave}
                >
                  {cellHint.hint}
                  {TABLE_LAYOUTS.map((layout) => (
                    <section key={layout.key} id={`section-${layout.key}`} className="section-card table-card">
                      <h2 className="section-heading">{layout.heading}</h2>
                      <GridTable
                        layout={layout}
                        cells={report.cells}
                        marks={marks}
                        selected={grid.selected}
                        editing={grid.editing}
                        readOnly={readOnly}
                        onCellMouseDown={(id) => grid.select(id)}
                        onCellDoubleClick={(id) => grid.startEdit(id)}
                        renderEditor={grid.renderEditor}
                        lastYear={showLastYear ? (lastYearCells?.cells ?? null) : null}
                      />
                    </section>
                  ))}
                </div>
                <section id="section-problems">
                  <ProseSection
                    id="field-sections.problems"
                    heading={SECTION_HEADINGS.problems}
                    value={report.sections.problems}
                    mark={fieldMarks.get('sections.problems')}
                    placeholder={PROSE_PLACEHOLDERS.problems}
                    lastYear={lastYearText.problems}
                    readOnly={readOnly}
                    {...handlers['sections.problems']}
                  />
                </section>
                <section id="section-other">
                  <ProseSection id="field-sections.other" heading={SECTION_HEADINGS.other} value={report.sections.other} mark={fieldMarks.get('sections.other')} placeholder={PROSE_PLACEHOLDERS.other} suggest={suggestFor.other} lastYear={lastYearText.other} readOnly={readOnly} {...handlers['sections.other']} />
                </section>
                <section id="section-issuer">
                  <IssuerBlock issuer={report.issuer} date={report.date} marks={fieldMarks} readOnly={readOnly} handlers={handlers} />
                </section>
              </div>
            </Layout.Content>
          </>
        )}
        <aside className="editor-findings" aria-label="检查结果">
          <div className="findings-head">检查结果</div>
          <FindingsPanel findings={findings} dismissals={dismissals} readOnly={readOnly} onJump={jump} onDismiss={setDismissing} onRestore={restore} />
        </aside>
      </Layout>
      {dismissing && <DismissDialog finding={dismissing} onCancel={() => setDismissing(null)} onConfirm={dismiss} />}
    </Layout>
  );
}
