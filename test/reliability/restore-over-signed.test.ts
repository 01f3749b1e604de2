/**
 * reliability: restoring an older backup over a signed report asks first and keeps the signed revision. The
 * report goes back to the backup's content as the next draft (unlocked "从备份恢复", with its audit entry); the
 * signed revision — sign-off, signature, the report as signed — opens read-only and prints the same PDF; every
 * audit entry made after the backup is still there; a report made after the backup stays signed as it is.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { MIGRATIONS } from '../../electron/services/db/migrations/index.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport, seedReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

let s: TestServices;
let chosen: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosen, chooseSavePath: async () => chosen };
afterEach(() => s.remove());

const LATER = '一是栏目更新不够及时。下一步将加强培训。';
const NAMES = { drafter: '李明', reviewer: '王芳', approver: '赵强' };

async function seeded(): Promise<number> {
  s = openTestServices({ dialogs });
  const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
  return detail.summary.id;
}

async function printed(reportId: number, revision?: number): Promise<Buffer> {
  chosen = join(scratchDir(), 'out.pdf');
  if (revision === undefined) await s.call('reports.exportPdf', { reportId });
  else await s.call('reports.exportRevisionPdf', { reportId, revision });
  return readFileSync(chosen);
}

describe('reliability: restore over a signed report', () => {
  it('reliability: a confirmed restore keeps signed revision 1 (opens, prints the same PDF, signature kept) and the audit history; the report is the backup’s content as draft 2', async () => {
    const reportId = await seeded();
    const before = await s.call('backups.create', {});
    await s.call('reports.editField', { reportId, field: 'sections.problems', value: LATER });
    const signed = await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-18' });
    const pdfThen = await printed(reportId);
    const historyThen = await s.call('audit.history', {});

    const asked = await s.raw('backups.restore', { name: before.name });
    expect(asked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!asked.ok) {
      expect(asked.error.message).toContain('巴楚县人民政府2023年度（已签发第1版）');
      expect(asked.error.message).toContain('保留在“历次签发”中');
    }
    const restored = await s.call('backups.restore', { name: before.name, acceptSignedLoss: true });
    expect(restored.status.state).toBe('ready');

    // The current state: the backup's content, an editable draft of the next revision — never silently.
    const now = await s.call('reports.open', { reportId });
    expect(now.summary.status).toBe('draft');
    expect(now.summary.revision).toBe(2);
    expect(now.report.sections.problems).toBe(seedReport().sections.problems);

    // The signed revision: listed, opened as signed, printed identical, signature and key kept.
    const revisions = await s.call('reports.revisions', { reportId });
    expect(revisions.map((r) => [r.revision, r.drafter, r.kept])).toEqual([[1, '李明', true]]);
    const opened = await s.call('reports.openRevision', { reportId, revision: 1 });
    expect(opened.report).toEqual(signed.report);
    expect(opened.report.sections.problems).toBe(LATER);
    expect((await printed(reportId, 1)).equals(pdfThen)).toBe(true);
    s.close();
    const db = new Database(s.databasePath, { readonly: true });
    try {
      const row = db.prepare('SELECT signature, public_key FROM signoffs WHERE report_id = ? AND revision = 1').get(reportId) as { signature: string | null; public_key: string | null };
      expect(row.signature).toMatch(/^[0-9a-f]{128}$/);
      expect(row.public_key).toMatch(/^[0-9a-f]{64}$/);
      const unlock = db.prepare('SELECT reason FROM report_unlocks WHERE report_id = ? AND from_revision = 1').get(reportId) as { reason: string };
      expect(unlock.reason).toContain(`从备份“${before.name}”恢复`);
      expect((db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    s.reopen();

    // The audit history stays whole: everything of before, then the restore's unlock and the restore itself.
    const historyNow = await s.call('audit.history', {});
    const described = (h: typeof historyNow) => h.map((e) => `${e.at} ${e.action} ${e.target ?? ''} ${e.newValue ?? ''}`);
    expect(described(historyNow).slice(2)).toEqual(described(historyThen));
    expect(historyNow[1]).toMatchObject({ action: 'report.unlock', reportId, oldValue: '第1版（已签发）', newValue: '第2版（草稿）' });
    expect(historyNow[0]).toMatchObject({ action: 'backup.restore', newValue: before.name });
    expect(historyNow[0]!.detail).toContain('保留了备份中没有的签发');
    expect(historyNow.some((e) => e.action === 'field.edit' && e.target === 'sections.problems')).toBe(true);

    // The draft goes on as any draft: edited and signed again as revision 2.
    await s.call('reports.editField', { reportId, field: 'sections.problems', value: `${LATER}再补充一句。` });
    await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-20' });
    expect((await s.call('reports.revisions', { reportId })).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('reliability: revisions signed, unlocked and signed again after the backup are all carried, with their unlocks', async () => {
    const reportId = await seeded();
    const before = await s.call('backups.create', {});
    await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-18' });
    await s.call('signoff.unlock', { reportId, reason: '领导要求修改第五部分' });
    await s.call('reports.editField', { reportId, field: 'sections.problems', value: '一是栏目更新不够及时。下一步将加强培训。' });
    await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-20' });
    const second = await s.call('reports.openRevision', { reportId, revision: 2 });
    await s.call('backups.restore', { name: before.name, acceptSignedLoss: true });
    const now = await s.call('reports.open', { reportId });
    expect([now.summary.status, now.summary.revision]).toEqual(['draft', 3]);
    expect((await s.call('reports.revisions', { reportId })).map((r) => [r.revision, r.kept])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect((await s.call('reports.openRevision', { reportId, revision: 2 })).report).toEqual(second.report);
  });

  it('reliability: a report made and signed after the backup is carried as it is, still signed; the backup’s own reports are restored', async () => {
    const first = await seeded();
    const before = await s.call('backups.create', {});
    await s.call('reports.editCells', { reportId: first, edits: [{ cellId: 'applications.received.natural', value: 555 }] });
    const { detail } = await s.call('exchange.importText', {
      fileName: 'later.nianbao.json',
      text: writeExchangeText(makeReport({ agency: '巴楚县教育局', level: 'department', title: '巴楚县教育局2023年政府信息公开工作年度报告' })),
    });
    const later = await s.call('signoff.sign', { reportId: detail.summary.id, ...NAMES, signedAt: '2024-01-18' });
    const pdfThen = await printed(detail.summary.id);
    const asked = await s.raw('backups.restore', { name: before.name });
    if (!asked.ok) expect(asked.error.message).toContain('巴楚县教育局2023年度（已签发第1版，备份中没有这份报告）');
    await s.call('backups.restore', { name: before.name, acceptSignedLoss: true });
    const list = await s.call('reports.list', {});
    expect(list.map((r) => [r.agency, r.status]).sort()).toEqual([
      ['巴楚县人民政府', 'draft'],
      ['巴楚县教育局', 'signed'],
    ]);
    const carried = list.find((r) => r.agency === '巴楚县教育局')!;
    expect((await s.call('reports.open', { reportId: carried.id })).report).toEqual(later.report);
    expect((await printed(carried.id)).equals(pdfThen)).toBe(true);
    expect((await s.call('reports.open', { reportId: first })).report.cells['applications.received.natural']).toBe(seedReport().cells['applications.received.natural']);
  });

  it('reliability: a backup whose sign-off contradicts the current one (another machine signed the same report) is refused, writing nothing', async () => {
    const other = openTestServices({ dialogs });
    try {
      const { detail } = await other.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
      await other.call('reports.editField', { reportId: detail.summary.id, field: 'sections.problems', value: LATER });
      await other.call('signoff.sign', { reportId: detail.summary.id, ...NAMES, signedAt: '2024-02-01' });
      chosen = join(scratchDir(), '别处的备份.db');
      await other.call('backups.exportTo', {});
    } finally {
      other.remove();
    }
    const reportId = await seeded();
    await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-18' });
    const taken = await s.call('backups.takeIn', {});
    if (!('name' in taken)) throw new Error('not taken in');
    const listed = (await s.call('backups.list', {})).map((b) => b.name);
    const refused = await s.raw('backups.restore', { name: taken.name, acceptSignedLoss: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringContaining('巴楚县人民政府2023年度（备份中的签发记录与现在的不同，无法合并）') } });
    expect((await s.call('backups.list', {})).map((b) => b.name)).toEqual(listed);
    expect((await s.call('reports.open', { reportId })).summary.status).toBe('signed');
  });

  it('reliability: a backup from schema version 1 (before sign-offs existed) is brought up to date in the staged copy, and the signed revision is carried into it', async () => {
    const reportId = await seeded();
    const signed = await s.call('signoff.sign', { reportId, ...NAMES, signedAt: '2024-01-18' });
    // An early installation's backup of the same report (agency and year), written as version 1 wrote it.
    const name = 'nianbao-20240101-000000-000-manual.db';
    const old = new Database(join(s.dataDir, 'backups', name));
    old.exec(MIGRATIONS[0]!.up);
    old.pragma(`user_version = ${MIGRATIONS[0]!.version}`);
    const report = seedReport();
    old.prepare("INSERT INTO agencies (id, name, level, issuer, created_at) VALUES (7, ?, 'county', ?, '2024-01-05T01:00:00.000Z')").run(report.agency, report.issuer);
    old
      .prepare(
        `INSERT INTO reports (id, agency_id, year, agency_name, level, title, preamble, issuer, report_date, created_at, updated_at)
         VALUES (3, 7, 2023, ?, 'county', ?, '', ?, ?, '2024-01-05T01:00:00.000Z', '2024-01-06T01:00:00.000Z')`,
      )
      .run(report.agency, report.title, report.issuer, report.date);
    old.close();

    const asked = await s.raw('backups.restore', { name });
    expect(asked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await s.call('backups.restore', { name, acceptSignedLoss: true });
    const [now] = await s.call('reports.list', {});
    expect([now!.id, now!.status, now!.revision]).toEqual([3, 'draft', 2]);
    expect((await s.call('reports.openRevision', { reportId: 3, revision: 1 })).report).toEqual(signed.report);
    const history = await s.call('audit.history', { reportId: 3 });
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['report.sign', 'report.unlock']));
  });
});
