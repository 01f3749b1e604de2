/**
 * The editor's document (renderer/src/editor/reportDocument.ts) against the real services and SQLite: what the
 * clerk types is shown and checked at once, saved in order, undone as typed, and never lost when a save fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Invoke } from '../../shared/api.js';
import { findingKey, ReportDocument } from '../../renderer/src/editor/reportDocument.js';
import { cellMarks } from '../../renderer/src/editor/grid/cellMarks.js';
import { openTestServices, type TestServices } from '../support/services.js';

let services: TestServices;
afterEach(() => services?.remove());

async function openDraft(wrap: (invoke: Invoke) => Invoke = (i) => i) {
  services = openTestServices();
  const agency = await services.call('agencies.create', { name: '某某县交通运输局', level: 'department' });
  const detail = await services.call('reports.create', { agencyId: agency.id, year: 2024, start: 'blank' });
  const invoke: Invoke = (channel, input) => services.dispatch(channel, input) as never;
  return new ReportDocument(wrap(invoke), detail);
}

const stored = async (doc: ReportDocument) => (await services.call('reports.open', { reportId: doc.getSnapshot().summary.id })).report;

describe('the editor document', () => {
  it('shows a typed figure and its totals at once, and the records hold them after the save', async () => {
    const doc = await openDraft();
    doc.editCells([{ cellId: 'applications.received.natural', value: 4 }]);
    const shown = doc.getSnapshot().report.cells;
    expect(shown['applications.received.natural']).toBe(4);
    expect(shown['applications.received.total']).toBe(4);
    await doc.settled();
    const saved = await stored(doc);
    expect(saved.cells['applications.received.total']).toBe(4);
    expect(doc.getSnapshot().save.kind).toBe('saved');
  });

  it('re-checks on every change with the same rules as the services', async () => {
    const doc = await openDraft();
    doc.editCells([{ cellId: 'applications.received.natural', value: 4 }]);
    const local = doc.getSnapshot().findings.map((f) => `${f.rule}:${f.message}`).sort();
    await doc.settled();
    const server = (await services.call('reports.check', { reportId: doc.getSnapshot().summary.id })).findings.map((f) => `${f.rule}:${f.message}`).sort();
    expect(local).toEqual(server);
    expect(local.some((l) => l.startsWith('R3-1'))).toBe(true);
  });

  it('undoes a paste as one step, with the totals that followed it, and saves the undo', async () => {
    const doc = await openDraft();
    doc.editCells([
      { cellId: 'applications.carriedOver.natural', value: 3 },
      { cellId: 'applications.carriedOver.commercial', value: 1 },
    ]);
    expect(doc.getSnapshot().report.cells['applications.carriedOver.total']).toBe(4);
    doc.undo();
    expect(doc.getSnapshot().report.cells['applications.carriedOver.total']).toBe(0);
    expect(doc.getSnapshot().canRedo).toBe(true);
    await doc.settled();
    expect((await stored(doc)).cells['applications.carriedOver.natural']).toBe(0);
    doc.redo();
    await doc.settled();
    expect((await stored(doc)).cells['applications.carriedOver.total']).toBe(4);
  });

  it('keeps a failed save and sends it again on retry, in order', async () => {
    let failNext = true;
    const doc = await openDraft((invoke) => async (channel, input) => {
      if (channel === 'reports.editCells' && failNext) {
        failNext = false;
        return { ok: false, error: { code: 'IO', message: '磁盘已满，未能保存。' } };
      }
      return invoke(channel, input);
    });
    doc.editCells([{ cellId: 'appeals.review.upheld', value: 2 }]);
    doc.editCells([{ cellId: 'appeals.review.upheld', value: 5 }]);
    await doc.settled();
    expect(doc.getSnapshot().save).toEqual({ kind: 'failed', message: '磁盘已满，未能保存。' });
    expect(doc.getSnapshot().report.cells['appeals.review.upheld']).toBe(5); // still on screen
    expect((await stored(doc)).cells['appeals.review.upheld']).toBe(0);
    doc.retry();
    await doc.settled();
    expect(doc.getSnapshot().save.kind).toBe('saved');
    const saved = await stored(doc);
    expect(saved.cells['appeals.review.upheld']).toBe(5);
    expect(saved.cells['appeals.review.total']).toBe(5);
  });

  it('saves prose after a pause, at once when asked, and sends waiting text when the window closes', async () => {
    const doc = await openDraft();
    doc.editField('sections.overview', '本年度');
    doc.editField('sections.overview', '本年度共受理申请0件。');
    expect(doc.getSnapshot().report.sections.overview).toBe('本年度共受理申请0件。');
    expect(doc.hasUnsaved).toBe(true);
    await doc.settled();
    expect((await stored(doc)).sections.overview).toBe('本年度共受理申请0件。');

    doc.editField('sections.problems', '栏目更新不及时。');
    doc.sendNowBeforeUnload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await stored(doc)).sections.problems).toBe('栏目更新不及时。');
  });

  it('a signed report cannot be changed from the document', async () => {
    const doc = await openDraft();
    const detail = await services.call('reports.open', { reportId: doc.getSnapshot().summary.id });
    const signed = new ReportDocument((channel, input) => services.dispatch(channel, input) as never, { ...detail, summary: { ...detail.summary, status: 'signed' } });
    signed.editCells([{ cellId: 'appeals.review.upheld', value: 9 }]);
    signed.editField('sections.other', '改动');
    expect(signed.getSnapshot().report.cells['appeals.review.upheld']).toBe(0);
    expect(signed.getSnapshot().readOnly).toBe(true);
    expect(signed.hasUnsaved).toBe(false);
  });
});

describe('findings point at what changed (issue 15)', () => {
  it('a typed result row that breaks 一＋二＝三＋四 through its Σ total is recorded as the cause, outlined, and dropped when the equation holds again', async () => {
    const doc = await openDraft();
    doc.editCells([{ cellId: 'applications.granted.natural', value: 2 }]);
    const { findings, causes } = doc.getSnapshot();
    const balance = findings.find((f) => f.rule === 'R3-1' && f.cells.includes('applications.resultsTotal.natural'))!;
    expect(balance.cells).not.toContain('applications.granted.natural');
    expect(causes.get(findingKey(balance))).toEqual(['applications.granted.natural']);
    expect(cellMarks(findings, 'cells', causes).get('applications.granted.natural')?.severity).toBe('error');
    doc.editCells([{ cellId: 'applications.received.natural', value: 2 }]);
    expect(doc.getSnapshot().causes.size).toBe(0);
    await doc.settled();
  });
});

describe('undo and redo for the prose and the front matter (issue 15)', () => {
  it('undoes a run of typing in a field as one step, in order with cell edits, and saves what it puts back', async () => {
    const doc = await openDraft();
    doc.editField('sections.overview', '本年');
    doc.editField('sections.overview', '本年度工作平稳。');
    doc.editCells([{ cellId: 'applications.received.natural', value: 4 }]);
    doc.editField('preamble', '地址：某县人民路1号');
    expect(doc.getSnapshot().canUndo).toBe(true);
    doc.undo();
    expect(doc.getSnapshot().report.preamble).toBe('');
    doc.undo();
    expect(doc.getSnapshot().report.cells['applications.received.natural']).toBe(0);
    expect(doc.getSnapshot().report.sections.overview).toBe('本年度工作平稳。');
    doc.undo();
    expect(doc.getSnapshot().report.sections.overview).toBe('');
    expect(doc.getSnapshot().canUndo).toBe(false);
    doc.redo();
    doc.redo();
    doc.redo();
    expect(doc.getSnapshot().report).toMatchObject({ preamble: '地址：某县人民路1号', sections: { overview: '本年度工作平稳。' } });
    expect(doc.getSnapshot().canRedo).toBe(false);
    doc.undo();
    await doc.settled();
    const saved = await stored(doc);
    expect(saved.preamble).toBe('');
    expect(saved.sections.overview).toBe('本年度工作平稳。');
    expect(saved.cells['applications.received.total']).toBe(4);
  });
});
