/** Earlier signed revisions: listed with their names, opened as signed, and printed again byte for byte. */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

let s: TestServices;
let chosen: string | null = null;
const offered: string[] = [];
const dialogs: FileDialogs = {
  chooseOpenPath: async () => chosen,
  chooseSavePath: async ({ defaultName }) => {
    offered.push(defaultName);
    return chosen;
  },
};
beforeEach(() => {
  s = openTestServices({ dialogs });
});
afterEach(() => s.remove());

const NAMES = { drafter: '王小红', reviewer: '李明', approver: '张建国' };

describe('earlier signed revisions', () => {
  it('revision 1 opens as it was signed and prints again identical, after revision 2 changed the prose', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport({ date: '2024-04-05' })) });
    const id = detail.summary.id;
    const w2 = detail.findings.find((f) => f.rule === 'W-2')!;
    await s.call('findings.dismiss', { reportId: id, rule: 'W-2', cells: w2.cells, fields: w2.fields, reason: '经市政府办公室同意延期发布' });
    const first = await s.call('signoff.sign', { reportId: id, ...NAMES, signedAt: '2024-04-05' });
    const dir = scratchDir();
    chosen = join(dir, 'signed-1.pdf');
    await s.call('reports.exportPdf', { reportId: id });
    const printedThen = readFileSync(chosen);
    chosen = join(dir, 'signed-1-sheet.pdf');
    await s.call('reports.exportPdf', { reportId: id, signoffSheet: true });
    const sheetThen = readFileSync(chosen);

    await s.call('signoff.unlock', { reportId: id, reason: '领导要求修改第五部分' });
    await s.call('reports.editField', { reportId: id, field: 'sections.problems', value: '一是栏目更新不够及时。下一步将加强培训。' });
    await s.call('signoff.sign', { reportId: id, drafter: '王小红', reviewer: '赵强', approver: '张建国', signedAt: '2024-04-08' });

    const revisions = await s.call('reports.revisions', { reportId: id });
    expect(revisions.map((r) => [r.revision, r.reviewer, r.signedAt, r.kept])).toEqual([
      [1, '李明', '2024-04-05', true],
      [2, '赵强', '2024-04-08', true],
    ]);
    const opened = await s.call('reports.openRevision', { reportId: id, revision: 1 });
    expect(opened.report).toEqual(first.report);

    chosen = join(dir, 'again.pdf');
    await s.call('reports.exportRevisionPdf', { reportId: id, revision: 1 });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（第1版签发）.pdf');
    expect(readFileSync(chosen).equals(printedThen)).toBe(true);
    chosen = join(dir, 'again-sheet.pdf');
    await s.call('reports.exportRevisionPdf', { reportId: id, revision: 1, signoffSheet: true });
    expect(readFileSync(chosen).equals(sheetThen)).toBe(true);
  });

  it('a revision never signed is refused in Chinese; a stored revision cannot be changed or deleted', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) });
    const refused = await s.raw('reports.openRevision', { reportId: detail.summary.id, revision: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '这份报告没有签发过第3版。' } });
    await s.call('signoff.sign', { reportId: detail.summary.id, ...NAMES, signedAt: '2024-01-18' });
    s.close();
    const db = new Database(s.databasePath);
    try {
      expect(() => db.prepare("UPDATE signed_revisions SET exchange = '{}'").run()).toThrow(/不能修改/);
      expect(() => db.prepare('DELETE FROM signed_revisions').run()).toThrow(/不能删除/);
    } finally {
      db.close();
    }
    s.reopen();
  });
});
