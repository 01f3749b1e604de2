/** The records services through the one dispatcher, on real SQLite: what a clerk does in a year, end to end. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { makeReport, seedReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices;
beforeEach(() => {
  s = openTestServices();
});
afterEach(() => s.remove());

const importSeed = async (overrides = {}) => (await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(makeReport(overrides)) })).detail;

describe('reports', () => {
  it('a new blank report appears in the list as a draft with its error count', async () => {
    const agency = await s.call('agencies.create', { name: '巴楚县人民政府', level: 'county' });
    const created = await s.call('reports.create', { agencyId: agency.id, year: 2023, start: 'blank' });
    expect(created.report.title).toBe('巴楚县人民政府2023年政府信息公开工作年度报告');
    expect(created.report.issuer).toBe('巴楚县人民政府');
    const list = await s.call('reports.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ agency: '巴楚县人民政府', year: 2023, status: 'draft', revision: 1 });
    expect(list[0]!.counts.errors).toBe(created.summary.counts.errors);
    expect(list[0]!.counts.errors).toBeGreaterThan(0); // 一、五、六 and the date are still empty (S-1)
  });

  it('a second report for the same agency and year is refused, naming both', async () => {
    const agency = await s.call('agencies.create', { name: '某县教育局', level: 'department' });
    await s.call('reports.create', { agencyId: agency.id, year: 2024, start: 'blank' });
    const again = await s.raw('reports.create', { agencyId: agency.id, year: 2024, start: 'blank' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!again.ok && again.error.message).toContain('某县教育局2024年度的报告已经存在');
  });

  it('an edit is saved at once and re-checked: a broken balance is flagged in the right cells', async () => {
    const detail = await importSeed();
    expect(detail.findings).toEqual([]);
    const edited = await s.call('reports.editCells', { reportId: detail.summary.id, edits: [{ cellId: 'applications.received.natural', value: 3 }] });
    expect(edited.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const r31 = edited.findings.find((f) => f.rule === 'R3-1');
    expect(r31?.cells).toContain('applications.received.natural');
    expect(r31?.message).toContain('「自然人」列');
    s.reopen();
    const reopened = await s.call('reports.open', { reportId: detail.summary.id });
    expect(reopened.report.cells['applications.received.natural']).toBe(3);
    expect(reopened.summary.counts.errors).toBe(edited.summary.counts.errors);
  });

  it('a cell is kept exactly as typed, so a wrong entry is flagged by V-1 rather than lost', async () => {
    const detail = await importSeed();
    const edited = await s.call('reports.editCells', {
      reportId: detail.summary.id,
      edits: [
        { cellId: 'applications.granted.commercial', value: '3件' },
        { cellId: 'active.fees.amount', value: '12.50' },
        { cellId: 'appeals.review.upheld', value: null },
      ],
    });
    const reopened = await s.call('reports.open', { reportId: detail.summary.id });
    expect(reopened.report.cells['applications.granted.commercial']).toBe('3件');
    expect(reopened.report.cells['active.fees.amount']).toBe('12.50');
    expect(reopened.report.cells['appeals.review.upheld']).toBeNull();
    expect(edited.findings.filter((f) => f.rule === 'V-1').flatMap((f) => f.cells)).toEqual(
      expect.arrayContaining(['applications.granted.commercial', 'appeals.review.upheld']),
    );
  });

  it('prose, issuer and date are saved by editField; a date that is not a date is refused and nothing changes', async () => {
    const detail = await importSeed();
    await s.call('reports.editField', { reportId: detail.summary.id, field: 'sections.problems', value: '一是……二是……' });
    await s.call('reports.editField', { reportId: detail.summary.id, field: 'date', value: '2024-01-19' });
    const bad = await s.raw('reports.editField', { reportId: detail.summary.id, field: 'date', value: '2024年1月32日' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const reopened = await s.call('reports.open', { reportId: detail.summary.id });
    expect(reopened.report.sections.problems).toBe('一是……二是……');
    expect(reopened.report.date).toBe('2024-01-19');
  });

  it("last year's report in the records is found automatically: carry-forward balances, then C-1 on a mismatch", async () => {
    const last = await importSeed({ year: 2023 });
    await s.call('reports.editCells', {
      reportId: last.summary.id,
      edits: [
        { cellId: 'applications.carriedForward.natural', value: 1 },
        { cellId: 'applications.carriedForward.total', value: 1 },
        { cellId: 'applications.received.natural', value: 3 },
        { cellId: 'applications.received.total', value: 3 },
      ],
    });
    const next = await s.call('reports.createNextYear', { reportId: last.summary.id });
    expect(next.report.year).toBe(2024);
    expect(next.report.cells['applications.carriedOver.natural']).toBe(1);
    expect(next.report.cells['active.normativeDocuments.inForce']).toBe(11);
    expect(next.lastYear?.reportId).toBe(last.summary.id);
    expect(next.findings.filter((f) => f.rule === 'C-1')).toEqual([]);

    const edited = await s.call('reports.editCells', { reportId: next.summary.id, edits: [{ cellId: 'applications.carriedOver.natural', value: 4 }] });
    const c1 = edited.findings.find((f) => f.rule === 'C-1');
    expect(c1).toMatchObject({ severity: 'warning', cells: ['applications.carriedOver.natural'] });
  });

  it('carrying forward without last year in the records says what to do instead', async () => {
    const agency = await s.call('agencies.create', { name: '某乡人民政府', level: 'township' });
    const result = await s.raw('reports.create', { agencyId: agency.id, year: 2025, start: 'carryForward' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!result.ok && result.error.message).toContain('可以先导入上年报告的文件');
  });

  it('a draft is deleted only with confirm: true, and its content stays in the audit log', async () => {
    const detail = await importSeed();
    expect(await s.raw('reports.delete', { reportId: detail.summary.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.raw('reports.delete', { reportId: detail.summary.id, confirm: false })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.call('reports.list', {})).toHaveLength(1);
    await s.call('reports.delete', { reportId: detail.summary.id, confirm: true });
    expect(await s.call('reports.list', {})).toEqual([]);
    const [deletion] = await s.call('audit.history', { reportId: detail.summary.id, limit: 1 });
    expect(deletion).toMatchObject({ action: 'report.delete', actionLabel: '删除草稿', reportLabel: '巴楚县人民政府2023年度' });
    expect(JSON.parse(deletion!.oldValue!).cells['applications.received.natural']).toBe(2);
  });

  it('agencies are listed in pinyin order, and a rename carries over to drafts but not to a signed report', async () => {
    for (const name of ['张家乡人民政府', '安平镇人民政府', '白沙乡人民政府']) await s.call('agencies.create', { name, level: 'township' });
    expect((await s.call('agencies.list', {})).map((a) => a.name)).toEqual(['安平镇人民政府', '白沙乡人民政府', '张家乡人民政府']);

    const signed = await importSeed({ year: 2023 });
    await s.call('signoff.sign', { reportId: signed.summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    const draft = await s.call('reports.createNextYear', { reportId: signed.summary.id });
    await s.call('agencies.update', { agencyId: draft.summary.agencyId, name: '巴楚县人民政府（新）' });
    expect((await s.call('reports.open', { reportId: draft.summary.id })).report.title).toBe('巴楚县人民政府（新）2024年政府信息公开工作年度报告');
    expect((await s.call('reports.open', { reportId: signed.summary.id })).report.agency).toBe('巴楚县人民政府');
  });
});

describe('warnings and sign-off', () => {
  const lateDate = { date: '2024-04-05' }; // after the county deadline of 3月31日: W-2 warning

  it('a warning is dismissed only with a written reason, and can be restored', async () => {
    const detail = await importSeed(lateDate);
    const w2 = detail.findings.find((f) => f.rule === 'W-2')!;
    expect(w2.severity).toBe('warning');
    const short = await s.raw('findings.dismiss', { reportId: detail.summary.id, rule: 'W-2', cells: w2.cells, fields: w2.fields, reason: ' ' });
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const dismissed = await s.call('findings.dismiss', { reportId: detail.summary.id, rule: 'W-2', cells: w2.cells, fields: w2.fields, reason: '市政府办公室通知延期至2月10日' });
    expect(dismissed.summary.counts).toMatchObject({ warnings: 0, dismissed: 1 });
    expect(dismissed.dismissals[0]).toMatchObject({ rule: 'W-2', reason: '市政府办公室通知延期至2月10日', dismissedBy: '测试员' });
    const restored = await s.call('findings.restore', { reportId: detail.summary.id, dismissalId: dismissed.dismissals[0]!.id });
    expect(restored.summary.counts).toMatchObject({ warnings: 1, dismissed: 0 });
  });

  it('an error cannot be dismissed', async () => {
    const detail = await importSeed();
    const edited = await s.call('reports.editCells', { reportId: detail.summary.id, edits: [{ cellId: 'applications.received.natural', value: 3 }] });
    const r31 = edited.findings.find((f) => f.rule === 'R3-1')!;
    const result = await s.raw('findings.dismiss', { reportId: detail.summary.id, rule: 'R3-1', cells: r31.cells, reason: '领导同意' });
    expect(result).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(!result.ok && result.error.message).toContain('必须改正');
  });

  it('sign-off is refused with an error, refused with an undismissed warning, and accepted after', async () => {
    const detail = await importSeed(lateDate);
    const id = detail.summary.id;
    const people = { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-04-05' };
    await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'applications.received.natural', value: 3 }] });
    const withError = await s.raw('signoff.sign', { reportId: id, ...people });
    expect(withError).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(!withError.ok && withError.error.message).toContain('个错误');

    const fixed = await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'applications.received.natural', value: 2 }] });
    const withWarning = await s.raw('signoff.sign', { reportId: id, ...people });
    expect(!withWarning.ok && withWarning.error.message).toContain('警告既未改正也未说明理由');

    const w2 = fixed.findings.find((f) => f.rule === 'W-2')!;
    await s.call('findings.dismiss', { reportId: id, rule: 'W-2', cells: w2.cells, fields: w2.fields, reason: '经市政府办公室同意延期' });
    const signed = await s.call('signoff.sign', { reportId: id, ...people });
    expect(signed.summary.status).toBe('signed');
    expect(signed.report.signoff).toMatchObject({ drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-04-05' });
    expect(signed.summary.fingerprint).toBe(reportFingerprint({ ...signed.report, signoff: null }));
    expect((await s.call('backups.list', {})).some((b) => b.reason === 'signoff')).toBe(true);
  });

  it('unlocking needs a reason, starts the next revision, and both steps are in the audit log', async () => {
    const detail = await importSeed();
    const id = detail.summary.id;
    await s.call('signoff.sign', { reportId: id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    expect(await s.raw('signoff.unlock', { reportId: id, reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unlocked = await s.call('signoff.unlock', { reportId: id, reason: '发现表三一处笔误，需更正后重新签发' });
    expect(unlocked.summary).toMatchObject({ status: 'draft', revision: 2, fingerprint: null });
    await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'active.normativeDocuments.issued', value: 4 }] });
    const actions = (await s.call('audit.history', { reportId: id })).map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['cell.edit', 'report.unlock', 'report.sign']);
    const [, unlock] = await s.call('audit.history', { reportId: id });
    expect(unlock).toMatchObject({ detail: '发现表三一处笔误，需更正后重新签发', oldValue: '第1版（已签发）', newValue: '第2版（草稿）' });
  });
});

describe('audit log', () => {
  it('answers who changed this cell, when, and from what, for every edit', async () => {
    let clock = Date.parse('2024-01-10T02:00:00Z');
    const timed = openTestServices({ now: () => new Date((clock += 60_000)) });
    try {
      const detail = (await timed.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) })).detail;
      const id = detail.summary.id;
      const cell = 'applications.granted.natural';
      await timed.call('reports.editCells', { reportId: id, edits: [{ cellId: cell, value: 5 }] });
      await timed.call('settings.setUserName', { name: '王芳' });
      await timed.call('reports.editCells', { reportId: id, edits: [{ cellId: cell, value: 6 }] });
      await timed.call('reports.editCells', { reportId: id, edits: [{ cellId: cell, value: 6 }] }); // unchanged: no line
      await timed.call('reports.editCells', { reportId: id, edits: [{ cellId: cell, value: null }] });
      const history = await timed.call('audit.history', { reportId: id, target: cell });
      expect(history.map((e) => [e.actor, e.oldValue, e.newValue])).toEqual([
        ['王芳', '6', null],
        ['王芳', '5', '6'],
        ['测试员', '1', '5'],
      ]);
      expect(history[0]!.targetLabel).toContain('「自然人」');
      expect(new Set(history.map((e) => e.at)).size).toBe(3);
      expect(history.map((e) => e.at)).toEqual([...history.map((e) => e.at)].sort().reverse());
    } finally {
      timed.remove();
    }
  });
});
