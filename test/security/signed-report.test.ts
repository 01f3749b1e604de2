/**
 * A signed report is the basis of a published document: nothing may change it — not any channel of the
 * contract, and not SQL from another program holding the database file (the triggers of migrations 002 and 003).
 * The one way back is signoff.unlock with a reason, which starts the next revision.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITABLE_FIELDS, type ApiResult, type ReportDetail } from '../../shared/api.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { SIGNED_MESSAGE } from '../../electron/services/app/handlers/guards.js';
import { SIGNED_REPORT_MARK } from '../../electron/services/db/migrations/002-signoff.js';
import { AUDIT_MARK } from '../../electron/services/db/migrations/003-audit-log.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, snapshotTables, type TestServices } from '../support/services.js';

const CJK = /[\u3400-\u9fff]/;
const SIGNERS = { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-04-05' };
/** After the county deadline of 3月31日: a W-2 warning, dismissed with a reason before signing. */
const LATE = { date: '2024-04-05' };

let s: TestServices;
/** The signed report (巴楚县人民政府 2023) and its W-2 dismissal. */
let signed: ReportDetail;
let signedDismissalId: number;
/** A draft of another agency, with a dismissal of its own. */
let draft: ReportDetail;
let draftDismissalId: number;

async function importAndDismiss(overrides: Parameters<typeof makeReport>[0]): Promise<{ detail: ReportDetail; dismissalId: number }> {
  const detail = (await s.call('exchange.importText', { fileName: 'report.nianbao.json', text: writeExchangeText(makeReport(overrides)) })).detail;
  const w2 = detail.findings.find((f) => f.rule === 'W-2');
  expect(w2?.severity).toBe('warning');
  const checked = await s.call('findings.dismiss', { reportId: detail.summary.id, rule: 'W-2', cells: w2!.cells, fields: w2!.fields, reason: '经市政府办公室同意延期公开' });
  expect(checked.summary.counts).toMatchObject({ errors: 0, warnings: 0, dismissed: 1 });
  return { detail, dismissalId: checked.dismissals[0]!.id };
}

beforeEach(async () => {
  s = openTestServices();
  const first = await importAndDismiss(LATE);
  signed = await s.call('signoff.sign', { reportId: first.detail.summary.id, ...SIGNERS });
  signedDismissalId = first.dismissalId;
  expect(signed.summary).toMatchObject({ status: 'signed', revision: 1 });
  const other = await importAndDismiss({
    ...LATE,
    agency: '巴楚县教育局',
    level: 'department',
    issuer: '巴楚县教育局',
    title: '巴楚县教育局2023年政府信息公开工作年度报告',
  });
  draft = other.detail;
  draftDismissalId = other.dismissalId;
});
afterEach(() => s.remove());

const signedId = (): number => signed.summary.id;
const open = (): Promise<ReportDetail> => s.call('reports.open', { reportId: signedId() });

/** The rows that make up the signed report, in every table that holds part of it. */
function signedRows(snapshot: Record<string, unknown[]>): Record<string, unknown[]> {
  const id = signedId();
  const rows: Record<string, unknown[]> = {};
  for (const [table, list] of Object.entries(snapshot)) {
    if (table === 'reports') rows[table] = list.filter((row) => (row as { id: number }).id === id);
    else if (table !== 'audit_log') rows[table] = list.filter((row) => (row as { report_id?: number }).report_id === id);
  }
  return rows;
}

/** The report opens exactly as it was signed: same detail, same fingerprint, and the fingerprint still matches it. */
async function expectUnchanged(before: ReportDetail): Promise<void> {
  const after = await open();
  expect(after).toEqual(before);
  expect(after.summary.fingerprint).toBe(signed.summary.fingerprint);
  expect(after.summary.fingerprint).toBe(reportFingerprint({ ...after.report, signoff: null }));
  expect(after.report.signoff).toMatchObject({ ...SIGNERS, fingerprint: signed.summary.fingerprint });
}

function expectRefusal(result: ApiResult<unknown>, code: string, message: string | RegExp): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
  const text = result.ok ? '' : result.error.message;
  expect(text).toMatch(CJK);
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
}

describe('through the channels of the contract', () => {
  interface Attempt {
    readonly name: string;
    readonly channel: string;
    readonly input: () => unknown;
    readonly code: string;
    readonly message: string | RegExp;
  }
  const otherYearFile = (): string => writeExchangeText(makeReport({ ...LATE, preamble: '被替换的报告' }, { 'active.normativeDocuments.issued': 9 }));
  const attempts: Attempt[] = [
    { name: 'editing a cell', channel: 'reports.editCells', input: () => ({ reportId: signedId(), edits: [{ cellId: 'applications.received.natural', value: 3 }] }), code: 'SIGNED', message: SIGNED_MESSAGE },
    { name: 'clearing a cell', channel: 'reports.editCells', input: () => ({ reportId: signedId(), edits: [{ cellId: 'active.fees.amount', value: null }] }), code: 'SIGNED', message: SIGNED_MESSAGE },
    { name: '"editing" a cell to the value it already has', channel: 'reports.editCells', input: () => ({ reportId: signedId(), edits: [{ cellId: 'applications.received.natural', value: 2 }] }), code: 'SIGNED', message: SIGNED_MESSAGE },
    ...EDITABLE_FIELDS.map((field) => ({
      name: `editing the field ${field}`,
      channel: 'reports.editField',
      input: () => ({ reportId: signedId(), field, value: field === 'date' ? '2024-03-01' : '签发后改过的内容' }),
      code: 'SIGNED',
      message: SIGNED_MESSAGE,
    })),
    ...EDITABLE_FIELDS.map((field) => ({
      name: `clearing the field ${field}`,
      channel: 'reports.editField',
      input: () => ({ reportId: signedId(), field, value: null }),
      code: 'SIGNED',
      message: SIGNED_MESSAGE,
    })),
    { name: 'dismissing a warning', channel: 'findings.dismiss', input: () => ({ reportId: signedId(), rule: 'W-2', cells: [], fields: ['date'], reason: '再次说明' }), code: 'SIGNED', message: SIGNED_MESSAGE },
    { name: 'restoring its dismissed warning', channel: 'findings.restore', input: () => ({ reportId: signedId(), dismissalId: signedDismissalId }), code: 'SIGNED', message: SIGNED_MESSAGE },
    { name: 'deleting it', channel: 'reports.delete', input: () => ({ reportId: signedId(), confirm: true }), code: 'SIGNED', message: '签发过的报告不能删除' },
    {
      name: 'importing a file for the same agency and year with replaceDraft',
      channel: 'exchange.importText',
      input: () => ({ fileName: 'replacement.nianbao.json', text: otherYearFile(), replaceDraft: true }),
      code: 'CONFLICT',
      message: '巴楚县人民政府2023年度的报告已经存在且已签发，记录没有任何改动。',
    },
    {
      name: 'importing a file for the same agency and year without replaceDraft',
      channel: 'exchange.importText',
      input: () => ({ fileName: 'replacement.nianbao.json', text: otherYearFile() }),
      code: 'CONFLICT',
      message: '已经存在且已签发',
    },
    {
      name: 'importing its own signed export again with replaceDraft',
      channel: 'exchange.importText',
      input: () => ({ fileName: 'same.nianbao.json', text: writeExchangeText(signed.report), replaceDraft: true }),
      code: 'CONFLICT',
      message: '已经存在且已签发',
    },
    {
      name: 'saving an imported published report for the same agency and year with replaceDraft',
      channel: 'imports.save',
      input: () => ({
        agencyId: signed.summary.agencyId,
        year: 2023,
        title: signed.report.title,
        preamble: '被替换的报告',
        sections: signed.report.sections,
        cells: { ...signed.report.cells, 'active.normativeDocuments.issued': 9 },
        issuer: signed.report.issuer,
        date: '2024-01-18',
        source: { fileName: '巴楚县2023年报.pdf', sha256: 'ab'.repeat(32), type: 'pdf' },
        replaceDraft: true,
      }),
      code: 'CONFLICT',
      message: '巴楚县人民政府2023年度的报告已经存在且已签发，记录没有任何改动。',
    },
    { name: 'creating another report for the same agency and year', channel: 'reports.create', input: () => ({ agencyId: signed.summary.agencyId, year: 2023, start: 'blank' }), code: 'CONFLICT', message: '已经存在' },
    { name: 'signing it again', channel: 'signoff.sign', input: () => ({ reportId: signedId(), ...SIGNERS, approver: '另一位领导', signedAt: '2024-04-06' }), code: 'SIGNED', message: SIGNED_MESSAGE },
    { name: 'unlocking it without a reason', channel: 'signoff.unlock', input: () => ({ reportId: signedId(), reason: ' ' }), code: 'INVALID_INPUT', message: /^输入不符合约定：reason：/ },
  ];

  it.each(attempts)('security: $name is refused ($code, in Chinese) and the signed report opens identical', async ({ channel, input, code, message }) => {
    const before = await open();
    const tables = snapshotTables(s.databasePath);
    expectRefusal(await s.raw(channel, input()), code, message);
    expect(snapshotTables(s.databasePath)).toEqual(tables);
    await expectUnchanged(before);
  });

  it('security: renaming its agency, changing level and issuer leave the signed report as signed (only drafts follow)', async () => {
    const before = await open();
    const rowsBefore = signedRows(snapshotTables(s.databasePath));
    const agency = await s.call('agencies.update', { agencyId: signed.summary.agencyId, name: '巴楚县人民政府（新）', level: 'city', issuer: '新的署名' });
    expect(agency).toMatchObject({ name: '巴楚县人民政府（新）', level: 'city', issuer: '新的署名' });
    expect(signedRows(snapshotTables(s.databasePath))).toEqual(rowsBefore);
    await expectUnchanged(before);
    expect((await open()).report).toMatchObject({ agency: '巴楚县人民政府', level: 'county', title: '巴楚县人民政府2023年政府信息公开工作年度报告' });
  });

  it('security: a refused change leaves no line in the audit log claiming it happened', async () => {
    const history = await s.call('audit.history', { reportId: signedId() });
    await s.raw('reports.editCells', { reportId: signedId(), edits: [{ cellId: 'applications.received.natural', value: 3 }] });
    await s.raw('reports.delete', { reportId: signedId(), confirm: true });
    expect(await s.call('audit.history', { reportId: signedId() })).toEqual(history);
  });
});

describe('through SQL from another program on the same database file', () => {
  interface Statement {
    readonly name: string;
    readonly sql: () => string;
    readonly mark: string;
  }
  const S = (): number => signedId();
  const D = (): number => draft.summary.id;
  const cell = "'applications.received.natural'";
  const statements: Statement[] = [
    // its cells
    { name: 'UPDATE one of its cells', sql: () => `UPDATE report_cells SET value = '999' WHERE report_id = ${S()} AND cell_id = ${cell}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE its cells to the same values', sql: () => `UPDATE report_cells SET value = value WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE its cells over to a draft', sql: () => `UPDATE report_cells SET report_id = ${D()} WHERE report_id = ${S()} AND cell_id = ${cell}`, mark: SIGNED_REPORT_MARK },
    { name: "UPDATE a draft's cell over into it", sql: () => `UPDATE report_cells SET report_id = ${S()}, cell_id = 'moved.in' WHERE report_id = ${D()} AND cell_id = ${cell}`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE one of its cells', sql: () => `DELETE FROM report_cells WHERE report_id = ${S()} AND cell_id = ${cell}`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE every cell of every report', sql: () => 'DELETE FROM report_cells', mark: SIGNED_REPORT_MARK },
    { name: 'INSERT a cell', sql: () => `INSERT INTO report_cells (report_id, cell_id, value) VALUES (${S()}, 'extra.cell', '1')`, mark: SIGNED_REPORT_MARK },
    { name: 'INSERT OR REPLACE one of its cells', sql: () => `INSERT OR REPLACE INTO report_cells (report_id, cell_id, value) VALUES (${S()}, ${cell}, '999')`, mark: SIGNED_REPORT_MARK },
    {
      name: 'upsert one of its cells',
      sql: () => `INSERT INTO report_cells (report_id, cell_id, value) VALUES (${S()}, ${cell}, '999') ON CONFLICT (report_id, cell_id) DO UPDATE SET value = excluded.value`,
      mark: SIGNED_REPORT_MARK,
    },
    // its prose
    { name: 'UPDATE a section', sql: () => `UPDATE report_sections SET text = '' WHERE report_id = ${S()} AND section_key = 'overview'`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE its sections', sql: () => `DELETE FROM report_sections WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'INSERT OR REPLACE a section', sql: () => `INSERT OR REPLACE INTO report_sections (report_id, section_key, text) VALUES (${S()}, 'other', '改')`, mark: SIGNED_REPORT_MARK },
    // the report row
    { name: 'UPDATE reports SET title', sql: () => `UPDATE reports SET title = '改过的标题' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET preamble', sql: () => `UPDATE reports SET preamble = '改' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET report_date', sql: () => `UPDATE reports SET report_date = '2024-03-01' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET agency_name and level', sql: () => `UPDATE reports SET agency_name = '别的机关', level = 'city' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET year', sql: () => `UPDATE reports SET year = 2030 WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET id', sql: () => `UPDATE reports SET id = 999 WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET updated_at', sql: () => `UPDATE reports SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: "UPDATE reports SET status = 'draft' without an unlock row", sql: () => `UPDATE reports SET status = 'draft' WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE reports SET revision = revision + 1', sql: () => `UPDATE reports SET revision = revision + 1 WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    {
      name: "UPDATE reports SET status = 'draft', revision + 1 without an unlock row",
      sql: () => `UPDATE reports SET status = 'draft', revision = revision + 1 WHERE id = ${S()}`,
      mark: SIGNED_REPORT_MARK,
    },
    { name: 'DELETE FROM reports (this one)', sql: () => `DELETE FROM reports WHERE id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE FROM reports (all)', sql: () => 'DELETE FROM reports', mark: SIGNED_REPORT_MARK },
    // its sign-off
    { name: 'UPDATE signoffs SET approver', sql: () => `UPDATE signoffs SET approver = '别人' WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE signoffs SET fingerprint', sql: () => `UPDATE signoffs SET fingerprint = '${'0'.repeat(64)}' WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE FROM signoffs', sql: () => `DELETE FROM signoffs WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: "UPDATE signoffs SET kind = 'published' (hiding who signed it)", sql: () => `UPDATE signoffs SET kind = 'published', drafter = '', reviewer = '', approver = '' WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE signoffs SET source_file', sql: () => `UPDATE signoffs SET source_file = 'x.pdf' WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    {
      name: 'INSERT a second sign-off',
      sql: () =>
        `INSERT INTO signoffs (report_id, revision, drafter, reviewer, approver, signed_at, fingerprint, recorded_by, recorded_at) VALUES (${S()}, 2, '甲', '乙', '丙', '2024-04-06', '${'1'.repeat(64)}', '某人', '2024-04-06T00:00:00.000Z')`,
      mark: SIGNED_REPORT_MARK,
    },
    // its dismissals
    {
      name: 'INSERT a dismissal',
      sql: () => `INSERT INTO dismissals (report_id, rule, cells, fields, reason, dismissed_by, dismissed_at) VALUES (${S()}, 'X-1', '[]', '[]', '事后补的说明', '某人', '2024-04-06T00:00:00.000Z')`,
      mark: SIGNED_REPORT_MARK,
    },
    { name: 'UPDATE its dismissal reason', sql: () => `UPDATE dismissals SET reason = '改过的理由' WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: 'UPDATE its dismissal as restored', sql: () => `UPDATE dismissals SET restored_by = '某人', restored_at = '2024-04-06T00:00:00.000Z' WHERE id = ${signedDismissalId}`, mark: SIGNED_REPORT_MARK },
    { name: 'DELETE its dismissal', sql: () => `DELETE FROM dismissals WHERE report_id = ${S()}`, mark: SIGNED_REPORT_MARK },
    { name: "UPDATE a draft's dismissal over into it", sql: () => `UPDATE dismissals SET report_id = ${S()} WHERE id = ${draftDismissalId}`, mark: SIGNED_REPORT_MARK },
    // the audit log, of this report and of all
    { name: 'UPDATE its audit lines', sql: () => `UPDATE audit_log SET actor = '别人' WHERE report_id = ${S()}`, mark: AUDIT_MARK },
    { name: 'UPDATE the whole audit log', sql: () => 'UPDATE audit_log SET detail = NULL', mark: AUDIT_MARK },
    { name: 'DELETE its audit lines', sql: () => `DELETE FROM audit_log WHERE report_id = ${S()}`, mark: AUDIT_MARK },
    { name: 'DELETE the whole audit log', sql: () => 'DELETE FROM audit_log', mark: AUDIT_MARK },
  ];

  it.each(statements)('security: $name is refused by the database itself and the signed report opens identical', async ({ sql, mark }) => {
    const before = await open();
    const tables = snapshotTables(s.databasePath);
    const other = new Database(s.databasePath);
    try {
      expect(() => other.prepare(sql()).run()).toThrow(mark);
    } finally {
      other.close();
    }
    expect(snapshotTables(s.databasePath)).toEqual(tables);
    await expectUnchanged(before);
  });

  it('security: the refusals are mapped to the SIGNED error in Chinese when they reach the services', async () => {
    // Any statement the services run that the trigger refuses becomes code SIGNED, not an internal error.
    const { toApiError } = await import('../../electron/services/api/errors.js');
    const other = new Database(s.databasePath);
    let thrown: unknown;
    try {
      other.prepare(`UPDATE reports SET title = 'x' WHERE id = ${signedId()}`).run();
    } catch (error) {
      thrown = error;
    } finally {
      other.close();
    }
    expect(toApiError(thrown)).toEqual({ code: 'SIGNED', message: SIGNED_MESSAGE });
  });
});

describe('the one legitimate way back', () => {
  it('security: signoff.unlock with a reason makes it an editable draft of revision 2, logged with the reason', async () => {
    const reason = '发现表三一处笔误，需更正后重新签发';
    const unlocked = await s.call('signoff.unlock', { reportId: signedId(), reason });
    expect(unlocked.summary).toMatchObject({ status: 'draft', revision: 2, fingerprint: null });
    expect(unlocked.report.signoff).toBeNull();
    const edited = await s.call('reports.editField', { reportId: signedId(), field: 'sections.problems', value: '一是栏目更新不够及时；二是解读形式单一。下一步将加强培训。' });
    expect(edited.summary).toMatchObject({ status: 'draft', revision: 2 });
    const [edit, unlock] = await s.call('audit.history', { reportId: signedId(), limit: 2 });
    expect(edit).toMatchObject({ action: 'field.edit', target: 'sections.problems' });
    expect(unlock).toMatchObject({ action: 'report.unlock', detail: reason, oldValue: '第1版（已签发）', newValue: '第2版（草稿）' });
    // The first sign-off stays on record, untouched.
    const db = new Database(s.databasePath, { readonly: true });
    try {
      expect(db.prepare('SELECT revision, fingerprint FROM signoffs WHERE report_id = ?').all(signedId())).toEqual([{ revision: 1, fingerprint: signed.summary.fingerprint }]);
      expect(db.prepare('SELECT from_revision, reason FROM report_unlocks WHERE report_id = ?').all(signedId())).toEqual([{ from_revision: 1, reason }]);
    } finally {
      db.close();
    }
  });

  it('security: unlocking a draft is refused, so a revision cannot be skipped', async () => {
    await s.call('signoff.unlock', { reportId: signedId(), reason: '需要更正笔误' });
    expectRefusal(await s.raw('signoff.unlock', { reportId: signedId(), reason: '再解锁一次' }), 'REFUSED', '该报告还是草稿，无需解除签发。');
    expect((await open()).summary.revision).toBe(2);
  });

  it('security: after re-signing, the old unlock does not open revision 2, and unlock rows cannot be changed or removed', async () => {
    await s.call('signoff.unlock', { reportId: signedId(), reason: '需要更正笔误' });
    await s.call('reports.editField', { reportId: signedId(), field: 'preamble', value: '本报告根据《中华人民共和国政府信息公开条例》编制。' });
    const resigned = await s.call('signoff.sign', { reportId: signedId(), ...SIGNERS });
    expect(resigned.summary).toMatchObject({ status: 'signed', revision: 2 });
    const tables = snapshotTables(s.databasePath);
    const other = new Database(s.databasePath);
    try {
      expect(() => other.prepare(`UPDATE reports SET status = 'draft', revision = 3 WHERE id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
      expect(() => other.prepare(`UPDATE report_unlocks SET from_revision = 2 WHERE report_id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
      expect(() => other.prepare(`UPDATE report_unlocks SET reason = '改过的理由' WHERE report_id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
      expect(() => other.prepare(`DELETE FROM report_unlocks WHERE report_id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
    } finally {
      other.close();
    }
    expect(snapshotTables(s.databasePath)).toEqual(tables);
    expect((await open()).summary).toMatchObject({ status: 'signed', revision: 2, fingerprint: resigned.summary.fingerprint });
  });

  it('security: in the database, the way back to a draft needs an unlock row with a real reason, and then changes only status and revision', async () => {
    const other = new Database(s.databasePath);
    try {
      const insertUnlock = other.prepare('INSERT INTO report_unlocks (report_id, from_revision, reason, unlocked_by, unlocked_at) VALUES (?, ?, ?, ?, ?)');
      expect(() => insertUnlock.run(signedId(), 1, ' ', '某人', '2024-04-06T00:00:00.000Z')).toThrow(/CHECK constraint failed/);
      insertUnlock.run(signedId(), 1, '另一程序解除签发', '某人', '2024-04-06T00:00:00.000Z');
      expect(() => other.prepare(`UPDATE reports SET status = 'draft', revision = revision + 1, title = '顺手改的标题' WHERE id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
      expect(() => other.prepare(`UPDATE reports SET status = 'draft', revision = revision + 2 WHERE id = ${signedId()}`).run()).toThrow(SIGNED_REPORT_MARK);
      other.prepare(`UPDATE reports SET status = 'draft', revision = revision + 1 WHERE id = ${signedId()}`).run();
    } finally {
      other.close();
    }
    const reopened = await open();
    expect(reopened.summary).toMatchObject({ status: 'draft', revision: 2, fingerprint: null, title: signed.summary.title });
    expect({ ...reopened.report, signoff: null }).toEqual({ ...signed.report, signoff: null });
  });
});
