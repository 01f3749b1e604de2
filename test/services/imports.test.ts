/**
 * The import review screen's two channels on real SQLite, through the one dispatcher:
 * imports.readFile reads every kind of file the importer supports and saves nothing; imports.save keeps the
 * reviewed report as published — read-only, with the source file's name and hash and no invented names — until
 * someone unlocks it; reports.createNextYear then carries its balances forward.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ImportReview } from '../../shared/api.js';
import { APPLICANT_COLUMNS, CELL_BY_ID, CELL_IDS } from '../../shared/catalogue/cells.js';
import type { ImportResult } from '../../shared/import/types.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { SIGNED_MESSAGE } from '../../electron/services/app/handlers/guards.js';
import { SIGNOFF_SHAPE_MARK } from '../../electron/services/db/migrations/005-published-imports.js';
import { importRefusals } from '../../electron/services/import/refusals.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { fixtureCases, FIXTURE_DIR, hasNote, wrongCells } from '../import/fixtureCases.js';
import { makeReport, seedReport } from '../support/reports.js';
import { openTestServices, snapshotTables, type TestServices } from '../support/services.js';

const CJK = /[\u3400-\u9fff]/;
const base64Of = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');
const fixtureBytes = (name: string): Buffer => readFileSync(`${FIXTURE_DIR}${name}`);
const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let s: TestServices;
beforeEach(() => {
  s = openTestServices({ now: () => new Date('2025-01-10T02:00:00.000Z') });
});
afterEach(() => s.remove());

const readFixture = (name: string): Promise<ImportReview> => s.call('imports.readFile', { fileName: name, base64: base64Of(fixtureBytes(name)) });

/** What the review screen sends back after the person looked at `review` (with their corrections). */
function saveInput(review: ImportReview, overrides: Partial<ChannelInput<'imports.save'>> = {}): ChannelInput<'imports.save'> {
  const { report } = review;
  return {
    newAgency: { name: report.agency, level: report.level },
    year: report.year,
    title: report.title,
    preamble: report.preamble,
    sections: report.sections,
    cells: report.cells,
    issuer: report.issuer,
    date: report.date,
    source: { fileName: review.fileName, sha256: review.sha256, type: review.source.type },
    ...overrides,
  };
}

function signoffRows(reportId: number): Record<string, unknown>[] {
  const db = new Database(s.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT revision, kind, drafter, reviewer, approver, signed_at, fingerprint, source_file, source_sha256 FROM signoffs WHERE report_id = ? ORDER BY revision').all(reportId) as Record<
      string,
      unknown
    >[];
  } finally {
    db.close();
  }
}

describe('imports.readFile: every kind of file, nothing saved', () => {
  const cases = fixtureCases();

  it('has fixtures of every published kind (text, HTML, Word, PDF)', () => {
    expect(new Set(cases.map((c) => c.expected.type))).toEqual(new Set(['text', 'html', 'docx', 'pdf']));
  });

  for (const { name, expected } of cases) {
    it(`${name}: the 200 cells, notes, metadata, source text and hash as read, and no table changed`, async () => {
      const before = snapshotTables(s.databasePath);
      const bytes = fixtureBytes(name);
      const review = await s.call('imports.readFile', { fileName: `C:\\Users\\办公室\\下载\\${name}`, base64: base64Of(bytes) });
      expect(snapshotTables(s.databasePath)).toEqual(before);

      expect(review.fileName).toBe(name);
      expect(review).toMatchObject({ sha256: sha256Of(bytes), bytes: bytes.length, source: { type: expected.type, template: expected.template } });
      const wrong = wrongCells({ report: review.report } as unknown as ImportResult, expected);
      expect(wrong).toEqual([]);
      expect(Object.keys(review.report.cells).sort()).toEqual([...CELL_IDS].sort());
      expect(review.report).toMatchObject({ agency: expected.agency, year: expected.year, issuer: expected.issuer, date: expected.date, signoff: null });
      expect(review.yearFound).toBe(true);
      const missing = expected.notes.filter((n) => !hasNote(review.notes as ImportResult['notes'], n));
      expect(missing).toEqual([]);
      // Every cell a note points at is a real cell the screen can highlight.
      expect(review.notes.flatMap((n) => n.cells).filter((id) => !CELL_BY_ID.has(id))).toEqual([]);
      expect(review.notes.every((n) => CJK.test(n.message))).toBe(true);
      // The source text beside the tables holds what the tables were read from.
      expect(review.sourceText.truncated).toBe(false);
      expect(review.sourceText.lines.length).toBeGreaterThan(20);
      expect(review.sourceText.lines.join('\n')).toMatch(/结转|結轉/);
      expect(review.match).toEqual({ agencyId: null, existing: null });
      expect(review.lastYear).toBeNull();
    });
  }

  it('a published arithmetic error is a finding of the ordinary rules, pointing at its cell', async () => {
    const review = await readFixture('noisy-tabs.txt');
    expect(review.findings.some((f) => f.rule === 'R3-2' && f.severity === 'error' && f.cells.includes('applications.resultsTotal.total'))).toBe(true);
    expect(review.findings.every((f) => f.dismissalId === null)).toBe(true);
    // Blanks and placeholders are noted on the cells they concern.
    const placeholder = review.notes.find((n) => n.kind === 'placeholder' && n.cells.includes('active.regulations.issued'));
    expect(placeholder?.message).toContain('“/');
  });

  it('a row that cannot be placed is left empty with an unparsed note on its seven cells', async () => {
    const review = await readFixture('vanished-blank-spaces.txt');
    const note = review.notes.find((n) => n.kind === 'unparsed');
    expect(note?.cells).toEqual(APPLICANT_COLUMNS.map((c) => `applications.partlyGranted.${c.key}`));
    expect(note!.cells.map((id) => review.report.cells[id])).toEqual(Array(7).fill(null));
  });

  it('our exchange file and a PDF this app made are read exactly, with their kind', async () => {
    const exchange = await s.call('imports.readFile', { fileName: '巴楚县2023.nianbao.json', base64: base64Of(writeExchangeText(seedReport())) });
    expect(exchange.source).toEqual({ type: 'exchange', template: 'gov-2021' });
    expect(exchange.report).toEqual(seedReport());
    expect(exchange.notes).toEqual([]);
    expect(exchange.sourceText.lines[0]).toBe('{');

    const pdf = await renderReportPdf(seedReport());
    const fromPdf = await s.call('imports.readFile', { fileName: '巴楚县2023.pdf', base64: base64Of(pdf) });
    expect(fromPdf.source.type).toBe('app-pdf');
    expect(fromPdf.report.cells).toEqual(seedReport().cells);
    expect(fromPdf.sha256).toBe(sha256Of(pdf));
  });

  it('names the agency of the records, last year\'s report (for the C-rules) and this year\'s existing draft', async () => {
    const last: Report = makeReport({ agency: '示例县交通运输局', level: 'department', issuer: '示例县交通运输局', year: 2021, title: '示例县交通运输局2021年政府信息公开工作年度报告', date: '2022-01-15' });
    const lastDetail = (await s.call('exchange.importText', { fileName: 'last.nianbao.json', text: writeExchangeText(last) })).detail;
    const draft = await s.call('reports.create', { agencyId: lastDetail.summary.agencyId, year: 2022, start: 'blank' });

    const before = snapshotTables(s.databasePath);
    const review = await readFixture('plain-lines.txt');
    expect(snapshotTables(s.databasePath)).toEqual(before);
    expect(review.match).toEqual({ agencyId: lastDetail.summary.agencyId, existing: { reportId: draft.summary.id, status: 'draft', origin: null, replaceable: true } });
    expect(review.lastYear?.reportId).toBe(lastDetail.summary.id);
    // Last year's 结转下年度 (0) against this year's 上年结转 (4): C-1 says so, as it will in the editor.
    expect(review.findings.some((f) => f.rule === 'C-1')).toBe(true);
  });

  it('a file without a year says so (yearFound false), so the screen asks for it', async () => {
    const text = fixtureBytes('plain-lines.txt').toString('utf8').replace(/2022年/g, '').replace(/2023年1月16日/g, '');
    const review = await s.call('imports.readFile', { fileName: '无年度.txt', base64: base64Of(text) });
    expect(review.yearFound).toBe(false);
    expect(review.notes.some((n) => n.kind === 'missing' && n.message.includes('报告年度'))).toBe(true);
  });

  it('caps the source text of a long file and says it did', async () => {
    const text = `${fixtureBytes('plain-lines.txt').toString('utf8')}\n${'附录行\n'.repeat(6000)}`;
    const review = await s.call('imports.readFile', { fileName: '很长.txt', base64: base64Of(text) });
    expect(review.sourceText.lines).toHaveLength(5000);
    expect(review.sourceText.truncated).toBe(true);
  });

  it.each([
    ['binary noise', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), importRefusals.notText],
    ['an empty file', new Uint8Array(0), importRefusals.empty],
    ['an old Word .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), importRefusals.oldOffice],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage'), importRefusals.damagedPdf],
    ['a zip that is not Word', fixtureBytes('template-like.docx').subarray(0, 200), undefined],
    ['text that is not a report', new TextEncoder().encode('会议通知\n请各单位于本周五下午三点到会议室开会。\n'), '不像是一份政府信息公开工作年度报告'],
    ['an exchange file from a newer program', new TextEncoder().encode(writeExchangeText(seedReport()).replace('"formatVersion": 1', '"formatVersion": 2')), '较新'],
  ])('%s is refused as BAD_FILE in one Chinese sentence naming the file, and no table changes', async (_label, bytes, phrase) => {
    const before = snapshotTables(s.databasePath);
    const result = await s.raw('imports.readFile', { fileName: '上年年报.pdf', base64: base64Of(bytes) });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    const message = result.ok ? '' : result.error.message;
    expect(message.startsWith('“上年年报.pdf”')).toBe(true);
    expect(message).toMatch(/。$/);
    expect(message).not.toMatch(/\bat \w|Error:/);
    if (phrase) expect(message).toContain(phrase);
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('refuses text that is not base64, and a file over 8 MB, before reading it', async () => {
    expect(await s.raw('imports.readFile', { fileName: 'a.txt', base64: '这不是base64' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const tooBig = await s.raw('imports.readFile', { fileName: 'a.txt', base64: 'A'.repeat(4 * Math.ceil((8 * 1024 * 1024) / 3) + 4) });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('imports.save: kept as published, read-only until unlocked', () => {
  it('saves the reviewed report signed as a published import: no names, the file and its hash, an audit line, a backup', async () => {
    const review = await readFixture('plain-lines.txt');
    const detail = await s.call('imports.save', saveInput(review));

    expect(detail.summary).toMatchObject({
      agency: '示例县交通运输局',
      level: 'department',
      year: 2022,
      status: 'signed',
      revision: 1,
      origin: 'published-import',
      importedFrom: { fileName: 'plain-lines.txt', sha256: review.sha256 },
    });
    expect(detail.report.cells).toEqual(review.report.cells);
    expect(detail.report.signoff).toBeNull(); // nobody signed it here
    expect(detail.summary.fingerprint).toBe(reportFingerprint(detail.report));
    expect(signoffRows(detail.summary.id)).toEqual([
      {
        revision: 1,
        kind: 'published',
        drafter: '',
        reviewer: '',
        approver: '',
        signed_at: '2023-01-16',
        fingerprint: detail.summary.fingerprint,
        source_file: 'plain-lines.txt',
        source_sha256: review.sha256,
      },
    ]);

    const history = await s.call('audit.history', {});
    expect(history.map((e) => e.action)).toEqual(['report.import', 'agency.create']);
    expect(history[0]).toMatchObject({ actor: '测试员', reportId: detail.summary.id, actionLabel: '导入报告', newValue: review.sha256, reportLabel: '示例县交通运输局2022年度' });
    expect(history[0]!.detail).toContain('plain-lines.txt');
    expect(history[0]!.detail).toContain(review.sha256);
    expect((await s.call('backups.list', {})).some((b) => b.reason === 'signoff')).toBe(true);

    // The list shows it as signed by import, and it opens the same.
    const [summary] = await s.call('reports.list', {});
    expect(summary).toEqual(detail.summary);
    expect(await s.call('reports.open', { reportId: detail.summary.id })).toEqual(detail);
  });

  it('keeps the corrections the person made in review, and an existing agency chosen by id', async () => {
    const agency = await s.call('agencies.create', { name: '示例县交通运输局', level: 'department', issuer: '示例县交通运输局' });
    const review = await readFixture('vanished-blank-spaces.txt');
    expect(review.match.agencyId).toBe(agency.id);
    const corrected = { ...review.report.cells, 'applications.partlyGranted.natural': 3, 'applications.partlyGranted.commercial': 0 };
    const { newAgency: _n, ...rest } = saveInput(review, { cells: corrected, title: '示例县交通运输局2022年政府信息公开工作年度报告（更正）' });
    const detail = await s.call('imports.save', { ...rest, agencyId: agency.id });
    expect(detail.summary.agencyId).toBe(agency.id);
    expect(detail.report.cells['applications.partlyGranted.natural']).toBe(3);
    expect(detail.report.cells['applications.partlyGranted.research']).toBeNull();
    expect(detail.report.title).toBe('示例县交通运输局2022年政府信息公开工作年度报告（更正）');
    expect((await s.call('agencies.list', {})).length).toBe(1);
  });

  it('a published report with an arithmetic error is kept as published, the error still a finding', async () => {
    const detail = await s.call('imports.save', saveInput(await readFixture('noisy-tabs.txt')));
    expect(detail.summary).toMatchObject({ status: 'signed', origin: 'published-import' });
    expect(detail.summary.counts.errors).toBeGreaterThan(0);
  });

  it('refuses every change with SIGNED until unlocked; unlock (with a reason) makes revision 2 a draft, and re-signing names people', async () => {
    const detail = await s.call('imports.save', saveInput(await readFixture('plain-lines.txt')));
    const id = detail.summary.id;
    const tables = snapshotTables(s.databasePath);
    for (const [channel, input] of [
      ['reports.editCells', { reportId: id, edits: [{ cellId: 'applications.received.natural', value: 1 }] }],
      ['reports.editField', { reportId: id, field: 'sections.problems', value: '改' }],
      ['findings.dismiss', { reportId: id, rule: 'W-2', cells: [], fields: ['date'], reason: '说明理由' }],
      ['signoff.sign', { reportId: id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2025-01-10' }],
    ] as const) {
      expect(await s.raw(channel, input), channel).toEqual({ ok: false, error: { code: 'SIGNED', message: SIGNED_MESSAGE } });
    }
    expect(await s.raw('reports.delete', { reportId: id, confirm: true })).toMatchObject({ ok: false, error: { code: 'SIGNED' } });
    expect(snapshotTables(s.databasePath)).toEqual(tables);

    const unlocked = await s.call('signoff.unlock', { reportId: id, reason: '原公开版本表三有笔误，按原始台账更正' });
    expect(unlocked.summary).toMatchObject({ status: 'draft', revision: 2, origin: null, fingerprint: null, importedFrom: { fileName: 'plain-lines.txt' } });
    const edited = await s.call('reports.editCells', { reportId: id, edits: [{ cellId: 'applications.received.natural', value: 32 }] });
    expect(edited.summary.status).toBe('draft');
    expect((await s.call('audit.history', { reportId: id, limit: 2 })).map((e) => e.action)).toEqual(['cell.edit', 'report.unlock']);
  });

  it('refuses CONFLICT when the agency already has a report for that year, and replaces a draft only when asked', async () => {
    const review = await readFixture('plain-lines.txt');
    const agency = await s.call('agencies.create', { name: '示例县交通运输局', level: 'department' });
    const draft = await s.call('reports.create', { agencyId: agency.id, year: 2022, start: 'blank' });
    const { newAgency: _n, ...rest } = saveInput(review);
    const input = { ...rest, agencyId: agency.id };

    const before = snapshotTables(s.databasePath);
    const refused = await s.raw('imports.save', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toContain('替换草稿');
    expect(snapshotTables(s.databasePath)).toEqual(before);

    const replaced = await s.call('imports.save', { ...input, replaceDraft: true });
    expect(replaced.summary).toMatchObject({ status: 'signed', origin: 'published-import' });
    const [imported, deleted] = await s.call('audit.history', { limit: 2 });
    expect(imported).toMatchObject({ action: 'report.import', reportId: replaced.summary.id });
    expect(deleted).toMatchObject({ action: 'report.delete', reportId: draft.summary.id });
    expect(deleted!.oldValue).toContain('"format": "nianbao-report"');
    expect(deleted!.detail).toBe('被《plain-lines.txt》替换');

    // Now the one there is signed: never replaced, with or without replaceDraft.
    const afterReplace = snapshotTables(s.databasePath);
    for (const replaceDraft of [true, false]) {
      const again = await s.raw('imports.save', { ...input, replaceDraft });
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!again.ok && again.error.message).toContain('已签发');
    }
    expect(snapshotTables(s.databasePath)).toEqual(afterReplace);
    expect((await readFixture('plain-lines.txt')).match.existing).toEqual({ reportId: replaced.summary.id, status: 'signed', origin: 'published-import', replaceable: false });

    // Unlocked, it is a draft again — but one that was signed, so still never replaced.
    await s.call('signoff.unlock', { reportId: replaced.summary.id, reason: '需要更正笔误' });
    const unlockedAgain = await s.raw('imports.save', { ...input, replaceDraft: true });
    expect(unlockedAgain).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!unlockedAgain.ok && unlockedAgain.error.message).toContain('签发过（现已解除签发）');
    expect((await readFixture('plain-lines.txt')).match.existing).toMatchObject({ status: 'draft', replaceable: false });
  });

  it('refuses a new agency whose name exists, an unknown agency id, and both or neither of agencyId and newAgency', async () => {
    const review = await readFixture('plain-lines.txt');
    await s.call('agencies.create', { name: '示例县交通运输局', level: 'department' });
    const before = snapshotTables(s.databasePath);
    expect(await s.raw('imports.save', saveInput(review))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { newAgency: _n, ...rest } = saveInput(review);
    expect(await s.raw('imports.save', { ...rest, agencyId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const neither = await s.raw('imports.save', rest);
    expect(neither).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!neither.ok && neither.error.message).toContain('二选一');
    expect(await s.raw('imports.save', { ...saveInput(review), agencyId: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const partial = { ...saveInput(review), cells: Object.fromEntries(Object.entries(review.report.cells).slice(1)) };
    expect(await s.raw('imports.save', partial)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('reports.createNextYear from an imported report carries its balances forward', async () => {
    const review = await readFixture('plain-lines.txt');
    const imported = await s.call('imports.save', saveInput(review));
    const next = await s.call('reports.createNextYear', { reportId: imported.summary.id });
    const last = imported.report.cells;
    expect(next.summary).toMatchObject({ agency: '示例县交通运输局', level: 'department', year: 2023, status: 'draft', origin: null, importedFrom: null });
    expect(next.report.issuer).toBe(imported.report.issuer);
    for (const col of APPLICANT_COLUMNS) {
      expect(next.report.cells[`applications.carriedOver.${col.key}`], col.key).toBe(last[`applications.carriedForward.${col.key}`]);
    }
    expect(next.report.cells['applications.carriedOver.total']).toBe(7);
    expect(next.report.cells['active.normativeDocuments.inForce']).toBe(last['active.normativeDocuments.inForce']);
    expect(next.report.cells['active.regulations.inForce']).toBe(last['active.regulations.inForce']);
    expect(next.report.cells['applications.received.natural']).toBe(0);
    expect(next.lastYear?.reportId).toBe(imported.summary.id);
    // The imported report is untouched by carrying forward.
    expect(await s.call('reports.open', { reportId: imported.summary.id })).toEqual(imported);
  });

  it('a report signed by people (here or in our signed exchange file) still says origin signed', async () => {
    const detail = (await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(seedReport()) })).detail;
    expect(detail.summary).toMatchObject({ origin: null, importedFrom: null });
    const signed = await s.call('signoff.sign', { reportId: detail.summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    expect(signed.summary).toMatchObject({ status: 'signed', origin: 'signed', importedFrom: null });
    expect(signed.report.signoff).toMatchObject({ drafter: '李明' });
  });
});

describe('the records refuse a published-import record of the wrong shape (migration 005)', () => {
  it('names on a published record, a published record without its file or hash, and a file on a people sign-off are refused', async () => {
    const draft = (await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(seedReport()) })).detail;
    const db = new Database(s.databasePath);
    try {
      const insert = (kind: string, names: string, file: string | null, hash: string | null) =>
        db
          .prepare(
            `INSERT INTO signoffs (report_id, revision, drafter, reviewer, approver, signed_at, fingerprint, recorded_by, recorded_at, kind, source_file, source_sha256)
             VALUES (?, 1, ?, ?, ?, '2024-01-18', ?, '某人', '2025-01-10T00:00:00.000Z', ?, ?, ?)`,
          )
          .run(draft.summary.id, names, names, names, 'a'.repeat(64), kind, file, hash);
      expect(() => insert('published', '李明', 'a.pdf', 'b'.repeat(64))).toThrow(SIGNOFF_SHAPE_MARK);
      expect(() => insert('published', '', null, 'b'.repeat(64))).toThrow(SIGNOFF_SHAPE_MARK);
      expect(() => insert('published', '', 'a.pdf', null)).toThrow(SIGNOFF_SHAPE_MARK);
      expect(() => insert('published', '', 'a.pdf', 'B'.repeat(64))).toThrow(SIGNOFF_SHAPE_MARK);
      expect(() => insert('signed', '李明', 'a.pdf', 'b'.repeat(64))).toThrow(SIGNOFF_SHAPE_MARK);
      expect(() => insert('someone', '李明', null, null)).toThrow(/CHECK/);
      const updateKind = () => db.prepare("UPDATE signoffs SET kind = 'published'").run();
      expect(updateKind).not.toThrow(); // no rows yet: nothing to change
    } finally {
      db.close();
    }
    expect((await s.call('reports.open', { reportId: draft.summary.id })).summary.status).toBe('draft');
  });
});
