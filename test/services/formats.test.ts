/** Word and web page from the records: saved where the person chooses, under a name that says what the file is. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../electron/services/app/dialogs.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { changedCells, printedWords, readBack } from '../export/roundTrip.js';
import { makeReport } from '../support/reports.js';
import { PdfFile } from '../pdf/poppler.js';
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
  offered.length = 0;
});
afterEach(() => s.remove());

const imported = async () => (await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) })).detail;

describe('Word and web page from the records', () => {
  it('a draft is offered as …（草稿）.docx and reads back with every cell; signed, as …（第1版签发）; unlocked and signed again, 第2版', async () => {
    const detail = await imported();
    const id = detail.summary.id;
    const dir = scratchDir();
    chosen = join(dir, 'draft.docx');
    expect(await s.call('reports.exportDocx', { reportId: id })).toEqual({ path: chosen });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（草稿）.docx');
    const back = readBack(readFileSync(chosen), 'docx');
    expect(changedCells(detail.report, back.report)).toEqual([]);
    expect(printedWords(back.report)).toEqual(printedWords(detail.report));

    chosen = join(dir, 'draft.pdf');
    await s.call('reports.exportPdf', { reportId: id });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（草稿）.pdf');
    expect(new PdfFile(readFileSync(chosen)).rawText(1)).toContain('草稿（未签发）');

    await s.call('signoff.sign', { reportId: id, drafter: '王小红', reviewer: '李明', approver: '张建国', signedAt: '2024-01-18' });
    chosen = join(dir, 'signed.pdf');
    await s.call('reports.exportPdf', { reportId: id });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（第1版签发）.pdf');
    expect(new PdfFile(readFileSync(chosen)).rawText()).not.toContain('草稿');
    chosen = join(dir, 'signed.html');
    await s.call('reports.exportHtml', { reportId: id });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（第1版签发）.html');
    const page = readBack(readFileSync(chosen, 'utf8'), 'html');
    expect(changedCells(detail.report, page.report)).toEqual([]);

    await s.call('signoff.unlock', { reportId: id, reason: '领导修改了第五部分' });
    await s.call('signoff.sign', { reportId: id, drafter: '王小红', reviewer: '李明', approver: '张建国', signedAt: '2024-01-20' });
    await s.call('reports.exportDocx', { reportId: id });
    expect(offered.at(-1)).toBe('巴楚县人民政府2023年政府信息公开工作年度报告（第2版签发）.docx');
  });

  it('复制为网页 gets the article and a plain-text copy; a cancelled dialog writes nothing; a refused folder says why', async () => {
    const { summary } = await imported();
    const page = await s.call('reports.webPage', { reportId: summary.id });
    expect(page.html).toMatch(/^<article style="/);
    expect(page.html).not.toMatch(/<script|class=/);
    expect(page.text).toContain('六、其他需要报告的事项');
    expect(page.text).not.toContain('<');

    chosen = null;
    expect(await s.call('reports.exportDocx', { reportId: summary.id })).toEqual({ cancelled: true });

    const file = join(scratchDir(), '一个文件');
    writeFileSync(file, 'x');
    chosen = join(file, '报告.docx');
    const refused = await s.raw('reports.exportDocx', { reportId: summary.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(!refused.ok && refused.error.message).toMatch(/^没有导出：/);
    expect(existsSync(chosen)).toBe(false);
  });
});
