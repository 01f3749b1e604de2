/**
 * security: the limits behind the budget. Whatever the budget cannot foresee (a decoder that costs more time
 * than its output shows, a shape nobody thought of) still meets the worker's limits: the whole process's memory
 * is watched while a file is read, every file has a time limit, and a worker that was stopped is replaced for the
 * next file. Shown here with the budget switched off, so that pdfjs really decodes a 2 GB LZW attachment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTSIDE_LIMITS, OutsideFileReader } from '../../electron/services/outsideFiles/outsideWorkerPool.js';
import { checkPdfBudget, PDF_BUDGET } from '../../electron/services/outsideFiles/pdfBudget.js';
import { outsideRefusals } from '../../electron/services/outsideFiles/refusals.js';
import { readAttachedReport } from '../../electron/services/pdf/readAttachment.js';
import { REPO_ROOT } from '../cli/run-cli.js';
import { lzwAttachmentBombPdf } from '../support/hostilePdf.js';

const NO_BUDGET = { streamBytes: Infinity, totalBytes: Infinity, embeddedFileBytes: Infinity, textOperators: Infinity };
const seed = readFileSync(`${REPO_ROOT}test/fixtures/seed-figures-2023.nianbao.json`);

describe('security: the outside-files worker’s own limits', () => {
  it('security: the budget decodes LZW the way pdfjs does, and stops an LZW bomb at the cap', async () => {
    const small = lzwAttachmentBombPdf(0.0001);
    const attached = await readAttachedReport(small);
    expect(attached.kind).toBe('attached');
    const size = attached.kind === 'attached' ? attached.text.length : 0;
    expect(checkPdfBudget(small, { ...PDF_BUDGET, embeddedFileBytes: size })).toEqual({ ok: true });
    expect(checkPdfBudget(small, { ...PDF_BUDGET, embeddedFileBytes: size - 1 })).toEqual({ ok: false, reason: 'attachmentTooLarge' });
    expect(checkPdfBudget(lzwAttachmentBombPdf(2))).toEqual({ ok: false, reason: 'attachmentTooLarge' });
  });

  it('security: with the budget off, the memory watch stops pdfjs decoding a 2 GB attachment, and the next file is read', async () => {
    const reader = new OutsideFileReader({ ...OUTSIDE_LIMITS, memoryGrowthMb: 256 });
    try {
      const baseline = process.memoryUsage.rss();
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
      const answer = await reader.read({ kind: 'report', name: '炸弹.pdf', bytes: lzwAttachmentBombPdf(2), budget: NO_BUDGET });
      clearInterval(sampler);
      expect(answer).toEqual({ ok: false, message: `“炸弹.pdf”${outsideRefusals.outOfMemory}` });
      expect((peak - baseline) / 1024 / 1024).toBeLessThan(256 + 400);
      const next = await reader.read({ kind: 'report', name: 'seed.nianbao.json', bytes: seed });
      expect(next.ok).toBe(true);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('security: a file that takes longer than the time limit is stopped, and the next file is read', async () => {
    const reader = new OutsideFileReader({ ...OUTSIDE_LIMITS, timeLimitMs: 1500 });
    try {
      // With the budget off the worker spends its time decoding; the limit ends it.
      const answer = await reader.read({ kind: 'import', bytes: lzwAttachmentBombPdf(2), budget: NO_BUDGET });
      expect([outsideRefusals.timedOut(2), outsideRefusals.outOfMemory]).toContainEqual((answer as { message: string }).message);
      const next = await reader.read({ kind: 'report', name: 'seed.nianbao.json', bytes: seed });
      expect(next.ok).toBe(true);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('security: the worker’s heap limit ends a worker that builds too much, with one sentence', async () => {
    const reader = new OutsideFileReader({ ...OUTSIDE_LIMITS, heapMb: 16, memoryGrowthMb: 4096, timeLimitMs: 30_000 });
    try {
      // A real published PDF needs more than 16 MB of heap (pdfjs alone): the worker is ended by V8, not us.
      const pdf = readFileSync(`${REPO_ROOT}test/fixtures/import/word-printed.pdf`);
      const answer = await reader.read({ kind: 'import', bytes: pdf });
      expect(answer).toEqual({ ok: false, message: outsideRefusals.outOfMemory });
    } finally {
      await reader.close();
    }
  }, 60_000);
});
