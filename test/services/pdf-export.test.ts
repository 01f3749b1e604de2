/** Printing from the records: the sign-off PDF saved where the person chooses, with the 审签单 when asked. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { readAttachedReport } from '../../electron/services/pdf/readAttachment.js';
import { readExchangeText, writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

let s: TestServices;
let chosen: string | null = null;
const dialogs: FileDialogs = { chooseOpenPath: async () => chosen, chooseSavePath: async () => chosen };
beforeEach(() => {
  s = openTestServices({ dialogs });
});
afterEach(() => s.remove());

/** How many pages a PDF has, read from its page tree (pdfkit writes one /Count). */
const pageCount = (pdf: Buffer): number => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? NaN);

describe('printing from the records', () => {
  it('the signed report prints with its 审签单 as the last page, and the PDF carries the report as signed', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'late.nianbao.json', text: writeExchangeText(makeReport({ date: '2024-04-05' })) });
    const id = detail.summary.id;
    const w2 = detail.findings.find((f) => f.rule === 'W-2')!;
    await s.call('findings.dismiss', { reportId: id, rule: 'W-2', cells: w2.cells, fields: w2.fields, reason: '经市政府办公室同意延期发布' });
    const signed = await s.call('signoff.sign', { reportId: id, drafter: '王小红', reviewer: '李明', approver: '张建国', signedAt: '2024-04-05' });

    const dir = scratchDir();
    chosen = join(dir, '报告 终稿.pdf');
    expect(await s.call('reports.exportPdf', { reportId: id })).toEqual({ path: chosen });
    const plain = readFileSync(chosen);
    chosen = join(dir, '报告 审签单.pdf');
    await s.call('reports.exportPdf', { reportId: id, signoffSheet: true });
    const withSheet = readFileSync(chosen);

    expect(plain.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(withSheet)).toBe(pageCount(plain) + 1);
    const attached = await readAttachedReport(withSheet);
    expect(attached.kind).toBe('attached');
    if (attached.kind === 'attached') {
      const read = readExchangeText(attached.text);
      expect(read.ok && read.report).toEqual(signed.report);
    }
  });

  it('a report with a character the print font lacks is refused naming it, and no file is written', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) });
    await s.call('reports.editField', { reportId: detail.summary.id, field: 'sections.other', value: '本机关未收取信息处理费\u{20000}。' });
    chosen = join(scratchDir(), 'x.pdf');
    const result = await s.raw('reports.exportPdf', { reportId: detail.summary.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(!result.ok && result.error.message).toContain('U+20000');
    expect(existsSync(chosen)).toBe(false);
  });

  it('a cancelled save dialog writes nothing', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) });
    chosen = null;
    expect(await s.call('reports.exportPdf', { reportId: detail.summary.id })).toEqual({ cancelled: true });
  });
});
