/**
 * One open report as the editor holds it: the cells and texts as typed, the findings of the rules run on every
 * change (the same shared engine and dismissal matching the services use), the queue of saves, and the undo
 * history. Every change is sent to the services at once, in order; the screen shows 已保存 when the last one
 * landed. Plain TypeScript with a subscribe/snapshot pair for React's useSyncExternalStore; no DOM.
 */
import type { CheckedFinding, Dismissal, EditableField, Invoke, ReportDetail, ReportSummary } from '../../../shared/api.js';
import { ApiFailure } from '../api/apiFailure.js';
import { followTotals, type CellEdit } from '../../../shared/report/totals.js';
import type { Report } from '../../../shared/report/schema.js';
import { countChecked, matchDismissals } from '../../../shared/rules/dismissals.js';
import { checkReport } from '../../../shared/rules/engine.js';
import { emptyHistory, pushBatch, redo, undo, type CellChange, type UndoHistory } from './grid/undo.js';

export type SaveState =
  | { readonly kind: 'saved'; readonly at: Date | null }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export interface DocumentSnapshot {
  readonly summary: ReportSummary;
  readonly report: Report;
  readonly lastYear: Report | null;
  readonly findings: readonly CheckedFinding[];
  readonly dismissals: readonly Dismissal[];
  readonly save: SaveState;
  readonly readOnly: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Bumped on every change, for timing the keystroke → findings path. */
  readonly version: number;
  /**
   * For a finding that an edit raised (by findingKey), the typed cells that raised it but are not among its
   * own cells — a result row typed breaks 一＋二＝三＋四 through the Σ total it feeds. The editor outlines them
   * too and a jump goes to them. Kept while the finding stands.
   */
  readonly causes: ReadonlyMap<string, readonly string[]>;
}

/** One finding's identity across re-checks (its numbers, in the message, may change). */
export const findingKey = (finding: Pick<CheckedFinding, 'rule' | 'cells' | 'fields'>): string => `${finding.rule}|${finding.cells.join()}|${finding.fields.join()}`;

type PendingSave = { readonly kind: 'cells'; readonly edits: CellEdit[] } | { readonly kind: 'field'; readonly field: EditableField; readonly value: string | null };

const FIELD_SAVE_DELAY_MS = 300;
/** Typing in one field with pauses shorter than this is one undo step. */
const FIELD_STEP_MS = 1500;
const MAX_STEPS = 1000;

type UndoStep = { readonly kind: 'cells' } | { readonly kind: 'field'; readonly field: EditableField; readonly before: string; readonly after: string; readonly at: number };

const FIELD_PATHS: Record<EditableField, (r: Report, value: string) => Report> = {
  title: (r, v) => ({ ...r, title: v }),
  preamble: (r, v) => ({ ...r, preamble: v }),
  issuer: (r, v) => ({ ...r, issuer: v }),
  date: (r, v) => ({ ...r, date: v === '' ? null : v }),
  'sections.overview': (r, v) => ({ ...r, sections: { ...r.sections, overview: v } }),
  'sections.problems': (r, v) => ({ ...r, sections: { ...r.sections, problems: v } }),
  'sections.other': (r, v) => ({ ...r, sections: { ...r.sections, other: v } }),
};

export class ReportDocument {
  private snapshot: DocumentSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly queue: PendingSave[] = [];
  private failed: PendingSave[] = [];
  private saving = false;
  private readonly fieldTimers = new Map<EditableField, ReturnType<typeof setTimeout>>();
  private history: UndoHistory = emptyHistory();
  private causes = new Map<string, readonly string[]>();
  /**
   * The order of undo steps across cells and text: a 'cells' step is the cell history's next batch; a text step
   * holds the field's text before and after (a run of typing in one field within FIELD_STEP_MS is one step).
   */
  private steps: UndoStep[] = [];
  private undoneSteps: UndoStep[] = [];
  /** The tally of the agency's 依申请公开 ledger for this year (rule L-1), or null without a ledger. */
  private ledger: Readonly<Record<string, number>> | null = null;

  constructor(
    private readonly invoke: Invoke,
    detail: ReportDetail,
  ) {
    this.snapshot = this.snapshotOf(detail.summary, detail.report, detail.lastYear?.report ?? null, detail.dismissals, { kind: 'saved', at: null }, 0);
  }

  // ── for React ─────────────────────────────────────────────────────────────────────────────────────────────
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** True while edits are waiting to be saved (the window warns before closing). */
  get hasUnsaved(): boolean {
    return this.saving || this.queue.length > 0 || this.failed.length > 0 || this.fieldTimers.size > 0;
  }

  // ── editing ───────────────────────────────────────────────────────────────────────────────────────────────
  /** Cells typed, cleared or pasted: one undo step and one save, with the totals that follow them. */
  editCells(edits: readonly CellEdit[]): void {
    if (this.snapshot.readOnly || edits.length === 0) return;
    const before = new Set(this.snapshot.findings.map(findingKey));
    const changes = this.apply(followTotals(this.snapshot.report.cells, edits));
    if (changes.length === 0) return;
    this.history = pushBatch(this.history, changes);
    this.record({ kind: 'cells' });
    const typed = [...new Set(edits.map((e) => e.cellId))];
    for (const finding of this.snapshot.findings) {
      const key = findingKey(finding);
      if (before.has(key)) continue;
      const outside = typed.filter((id) => !finding.cells.includes(id));
      if (outside.length > 0 && finding.cells.length > 0) this.causes.set(key, outside);
    }
    this.emit();
  }

  /** The ledger's tally changed (read when the editor opens, and after 由台账生成): L-1 compares with it. */
  setLedger(cells: Readonly<Record<string, number>> | null): void {
    this.ledger = cells;
    const s = this.snapshot;
    this.snapshot = this.snapshotOf(s.summary, s.report, s.lastYear, s.dismissals, s.save, s.version + 1);
    this.emit();
  }

  /**
   * Puts back the last change: a typed cell or paste (with the totals that followed it), or a run of typing in
   * a text field (prose, title, 前言, 落款, date); saved like any edit.
   */
  undo(): void {
    const last = this.snapshot.readOnly ? undefined : this.steps.pop();
    if (!last) return;
    this.undoneSteps.push(last);
    if (last.kind === 'field') this.setField(last.field, last.before);
    else {
      const step = undo(this.history);
      if (step) {
        this.history = step.history;
        this.apply(step.edits);
      }
    }
    this.emit();
  }

  redo(): void {
    const next = this.snapshot.readOnly ? undefined : this.undoneSteps.pop();
    if (!next) return;
    this.steps.push(next);
    if (next.kind === 'field') this.setField(next.field, next.after);
    else {
      const step = redo(this.history);
      if (step) {
        this.history = step.history;
        this.apply(step.edits);
      }
    }
    this.emit();
  }

  /** A text field typed: shown and checked at once, saved after a short pause (and at once by flush()). */
  editField(field: EditableField, value: string): void {
    if (this.snapshot.readOnly) return;
    const before = fieldValue(this.snapshot.report, field);
    if (before === value) return;
    const top = this.steps.at(-1);
    const now = Date.now();
    if (top?.kind === 'field' && top.field === field && now - top.at < FIELD_STEP_MS) {
      this.steps[this.steps.length - 1] = { ...top, after: value, at: now };
      this.undoneSteps = [];
    } else this.record({ kind: 'field', field, before, after: value, at: now });
    this.setField(field, value);
    this.emit();
  }

  /** Records a new undo step (a new change ends the redo branch). */
  private record(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > MAX_STEPS) this.steps.splice(0, this.steps.length - MAX_STEPS);
    this.undoneSteps = [];
  }

  /** Shows a text and queues its save after the pause. */
  private setField(field: EditableField, value: string): void {
    const report = FIELD_PATHS[field](this.snapshot.report, value);
    this.replace({ report });
    const timer = this.fieldTimers.get(field);
    if (timer) clearTimeout(timer);
    this.fieldTimers.set(
      field,
      setTimeout(() => {
        this.fieldTimers.delete(field);
        this.enqueue({ kind: 'field', field, value: field === 'date' && value === '' ? null : value });
      }, FIELD_SAVE_DELAY_MS),
    );
  }

  /** Sends every text still waiting for its pause (on blur, before leaving the screen). */
  flush(): void {
    for (const [field, timer] of this.fieldTimers) {
      clearTimeout(timer);
      this.fieldTimers.delete(field);
      const value = fieldValue(this.snapshot.report, field);
      this.enqueue({ kind: 'field', field, value: field === 'date' && value === '' ? null : value });
    }
  }

  /** Sends again what failed to save (after the disk was freed, say). */
  retry(): void {
    const again = this.failed;
    this.failed = [];
    for (const save of again) this.enqueue(save);
  }

  /**
   * The window is closing or reloading: every text waiting for its pause and every queued save is sent at once,
   * without waiting for the one in flight (the page may be gone before it answers). Best effort by nature;
   * cells are never waiting, since each is sent as it is typed.
   */
  sendNowBeforeUnload(): void {
    for (const [field, timer] of this.fieldTimers) {
      clearTimeout(timer);
      this.fieldTimers.delete(field);
      const value = fieldValue(this.snapshot.report, field);
      this.queue.push({ kind: 'field', field, value: field === 'date' && value === '' ? null : value });
    }
    for (const save of this.queue.splice(0)) void this.send(save);
  }

  /** Resolves when everything typed so far has been saved (or has failed). */
  async settled(): Promise<void> {
    this.flush();
    while (this.saving || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  // ── findings, sign-off and reloads ────────────────────────────────────────────────────────────────────────
  /** A fresh server answer that replaces the document (after dismissing, signing, unlocking). */
  adopt(detail: Pick<ReportDetail, 'summary' | 'findings' | 'dismissals'> & Partial<Pick<ReportDetail, 'report' | 'lastYear'>>): void {
    const report = detail.report ?? this.snapshot.report;
    const lastYear = detail.lastYear === undefined ? this.snapshot.lastYear : (detail.lastYear?.report ?? null);
    this.snapshot = this.snapshotOf(detail.summary, report, lastYear, detail.dismissals, this.snapshot.save, this.snapshot.version + 1);
    this.emit();
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────────────────────
  private apply(edits: readonly CellEdit[]): CellChange[] {
    const cells = { ...this.snapshot.report.cells };
    const changes: CellChange[] = [];
    for (const edit of edits) {
      const before = cells[edit.cellId] ?? null;
      if (Object.is(before, edit.value)) continue;
      changes.push({ cellId: edit.cellId, before, after: edit.value });
      cells[edit.cellId] = edit.value;
    }
    if (changes.length === 0) return changes;
    this.replace({ report: { ...this.snapshot.report, cells } });
    this.enqueue({ kind: 'cells', edits: changes.map((c) => ({ cellId: c.cellId, value: c.after })) });
    return changes;
  }

  private replace(part: { report: Report }): void {
    const s = this.snapshot;
    this.snapshot = this.snapshotOf(s.summary, part.report, s.lastYear, s.dismissals, s.save, s.version + 1);
  }

  private snapshotOf(summary: ReportSummary, report: Report, lastYear: Report | null, dismissals: readonly Dismissal[], save: SaveState, version: number): DocumentSnapshot {
    const checked = matchDismissals(checkReport(report, { last: lastYear, ledger: this.ledger }), dismissals);
    // Unchanged findings keep their identity, so the panel and the cell outlines do not redraw for nothing.
    const previous = this.snapshot as DocumentSnapshot | undefined;
    const findings = previous && sameFindings(previous.findings, checked) ? previous.findings : checked;
    const readOnly = summary.status === 'signed';
    return {
      summary: { ...summary, counts: countChecked(findings) },
      report,
      lastYear,
      findings,
      dismissals,
      save,
      readOnly,
      // Read from the history by emit(), which every change goes through.
      canUndo: false,
      canRedo: false,
      version,
      causes: previous?.causes ?? new Map(),
    };
  }

  private setSave(save: SaveState): void {
    this.snapshot = { ...this.snapshot, save };
    this.emit();
  }

  /** Tells the screen; the undo/redo state is read from the history here, after the change is recorded. */
  private emit(): void {
    const standing = new Set(this.snapshot.findings.map(findingKey));
    for (const key of [...this.causes.keys()]) if (!standing.has(key)) this.causes.delete(key);
    const causes = sameCauses(this.snapshot.causes, this.causes) ? this.snapshot.causes : new Map(this.causes);
    this.snapshot = { ...this.snapshot, causes, canUndo: !this.snapshot.readOnly && this.steps.length > 0, canRedo: !this.snapshot.readOnly && this.undoneSteps.length > 0 };
    for (const listener of this.listeners) listener();
  }

  private enqueue(save: PendingSave): void {
    this.queue.push(save);
    if (!this.saving) void this.drain();
  }

  private send(save: PendingSave) {
    return save.kind === 'cells'
      ? this.invoke('reports.editCells', { reportId: this.snapshot.summary.id, edits: save.edits })
      : this.invoke('reports.editField', { reportId: this.snapshot.summary.id, field: save.field, value: save.value });
  }

  private async drain(): Promise<void> {
    this.saving = true;
    this.setSave({ kind: 'saving' });
    let failure: string | null = null;
    while (this.queue.length > 0) {
      const next = this.queue.shift()!;
      const result = await this.send(next);
      if (!result.ok) {
        failure = new ApiFailure(result.error).message;
        this.failed.push(next, ...this.queue.splice(0));
        break;
      }
      // The services' summary (status, revision, timestamps) is authoritative; the findings shown are those of
      // the text on screen, which may already be ahead of what was saved.
      this.snapshot = { ...this.snapshot, summary: { ...result.value.summary, counts: this.snapshot.summary.counts } };
    }
    this.saving = false;
    this.setSave(failure ? { kind: 'failed', message: failure } : { kind: 'saved', at: new Date() });
  }
}

function sameCauses(a: ReadonlyMap<string, readonly string[]> | undefined, b: ReadonlyMap<string, readonly string[]>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [key, cells] of b) if (a.get(key)?.join() !== cells.join()) return false;
  return true;
}

function sameFindings(a: readonly CheckedFinding[], b: readonly CheckedFinding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return f.rule === g.rule && f.message === g.message && f.dismissalId === g.dismissalId && f.cells.join() === g.cells.join() && f.fields.join() === g.fields.join();
  });
}

export function fieldValue(report: Report, field: EditableField): string {
  switch (field) {
    case 'title':
      return report.title;
    case 'preamble':
      return report.preamble;
    case 'issuer':
      return report.issuer;
    case 'date':
      return report.date ?? '';
    case 'sections.overview':
      return report.sections.overview;
    case 'sections.problems':
      return report.sections.problems;
    case 'sections.other':
      return report.sections.other;
  }
}
