/**
 * security: PDFs built to hurt the process that reads them — an attachment or a page content that inflates to
 * 2 GB, and a page of 50 million text operators — are refused within 5 s, each with one Chinese sentence, while
 * the memory of the process stays bounded and the records keep answering. Before, pdfjs decoded them in the
 * records process: it grew to 4–6 GB and aborted, or blocked every call for a minute.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../electron/services/files/reportFile.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { checkPdfBudget } from '../../electron/services/outsideFiles/pdfBudget.js';
import { outsideRefusals } from '../../electron/services/outsideFiles/refusals.js';
import { expectOneChineseLine, runCli } from '../cli/run-cli.js';
import { attachmentBombPdf, contentBombPdf, textOperatorsPdf } from '../support/hostilePdf.js';
import { measured, readWhileRecordsAnswer } from '../support/outsideReading.js';
import { openTestServices } from '../support/services.js';

const dir = mkdtempSync(join(tmpdir(), '年报 炸弹-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bombs = {
  'an attachment that inflates to 2 GB': { file: 'attachment-bomb.pdf', make: () => attachmentBombPdf(2), refusal: outsideRefusals.attachmentTooLarge },
  'a page content that inflates to 2 GB': { file: 'content-bomb.pdf', make: () => contentBombPdf(2), refusal: outsideRefusals.inflatesTooMuch },
  'a page of 50 million text operators': { file: 'text-operators.pdf', make: () => textOperatorsPdf(50), refusal: outsideRefusals.inflatesTooMuch },
  'a page of 4 million text operators (small enough to inflate)': { file: 'four-million-operators.pdf', make: () => textOperatorsPdf(4), refusal: outsideRefusals.tooManyTextOperators },
} as const;

const paths = Object.fromEntries(
  Object.entries(bombs).map(([what, bomb]) => {
    const path = join(dir, bomb.file);
    writeFileSync(path, bomb.make());
    return [what, path];
  }),
) as Record<keyof typeof bombs, string>;

describe('security: compression bombs and operator floods are refused', () => {
  for (const [what, bomb] of Object.entries(bombs) as [keyof typeof bombs, (typeof bombs)[keyof typeof bombs]][]) {
    it(`security: ${what} — check refuses it within 5 s, memory bounded`, async () => {
      const { result, ms, growthMb } = await measured(() => readReportFile(paths[what]));
      expect(result).toEqual({ ok: false, message: `“${paths[what]}”${bomb.refusal}` });
      expect(ms).toBeLessThan(5000);
      expect(growthMb).toBeLessThan(400);
    });

    it(`security: ${what} — import refuses it within 5 s, memory bounded`, async () => {
      const { result, ms, growthMb } = await measured(() => importFile(paths[what]));
      expect(result).toEqual({ ok: false, message: `“${paths[what]}”${bomb.refusal}` });
      expect(ms).toBeLessThan(5000);
      expect(growthMb).toBeLessThan(400);
    });
  }

  it('security: the budget itself stops inflating at the cap (a few MB of work for a 2 GB stream)', () => {
    const started = performance.now();
    expect(checkPdfBudget(contentBombPdf(2))).toEqual({ ok: false, reason: 'inflatesTooMuch' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('security: nianbao check and nianbao import give exit 2 and one Chinese line for each bomb', async () => {
    for (const [what, bomb] of Object.entries(bombs) as [keyof typeof bombs, (typeof bombs)[keyof typeof bombs]][]) {
      for (const command of ['check', 'import']) {
        const run = await runCli([command, paths[what]]);
        expect(run.code, `${command} ${what}`).toBe(2);
        expectOneChineseLine(run.stderr);
        expect(run.stderr).toContain(bomb.refusal);
        expect(run.stdout).toBe('');
      }
    }
  }, 120_000);

  it('security: the records keep answering other calls while a bomb is read in the import review', async () => {
    const s = openTestServices();
    try {
      const result = await readWhileRecordsAnswer(s, '某部门年报.pdf', attachmentBombPdf(2).toString('base64'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe(`“某部门年报.pdf”${outsideRefusals.attachmentTooLarge}。`);
    } finally {
      s.remove();
    }
  });
});
