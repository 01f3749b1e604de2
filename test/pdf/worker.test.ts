/**
 * The PDF off the main thread: in the desktop app a worker thread makes the PDF so the window never freezes.
 * The worker gives the very same bytes and the very same refusals as rendering in place — from the
 * TypeScript source (development) and from the bundle that `npm run build:app` puts next to main.cjs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../bin/build-app.mjs';
import { defaultFontDir } from '../../electron/services/pdf/fonts.js';
import { renderReportPdfInWorker, startPdfWorker } from '../../electron/services/pdf/pdfInWorker.js';
import { PdfRefusal, renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { REPO_ROOT } from '../cli/run-cli.js';
import { seedReport } from '../support/reports.js';
import { DISMISSAL, signedSeed } from './reports.js';

const outDir = mkdtempSync(join(tmpdir(), 'nianbao-worker-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the PDF in a worker thread', () => {
  it('gives the same bytes as rendering in place, sign-off sheet included', async () => {
    const options = { signoffSheet: { dismissals: [DISMISSAL] } };
    const [inWorker, inPlace] = await Promise.all([renderReportPdfInWorker(signedSeed(), options), renderReportPdf(signedSeed(), options)]);
    expect(inWorker.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(inWorker.equals(inPlace)).toBe(true);
  });

  it('passes a missing character back as the same refusal, naming it', async () => {
    const report = seedReport();
    report.sections.overview = `（一）主动公开。𠀀`;
    await expect(renderReportPdfInWorker(report)).rejects.toSatisfy(
      (error: unknown) => error instanceof PdfRefusal && error.message.includes('一、总体情况 第1段：“𠀀”'),
    );
  });

  it('keeps the main thread free: timers keep firing while a PDF is being made', async () => {
    const worker = startPdfWorker();
    try {
      await worker.render(seedReport()); // fonts loaded
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const started = Date.now();
      await Promise.all([worker.render(seedReport()), worker.render(signedSeed())]);
      clearInterval(timer);
      const elapsed = Date.now() - started;
      // In-place rendering would block the event loop for the whole time; here the 5 ms timer keeps running.
      expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 5 / 3));
    } finally {
      await worker.close();
    }
  });

  it('the packaged app’s worker (dist/main/pdfWorker.cjs, built by build:app) makes the same PDF', async () => {
    const built = await buildApp({ root: REPO_ROOT, outDir, log: false });
    expect(built.pdfWorkerFile).toBe(join(outDir, 'main', 'pdfWorker.cjs'));
    // Everything but Node's own modules is inside the bundle: nothing to ship in node_modules for it.
    expect(built.pdfWorkerImports.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
    const worker = startPdfWorker({ code: pathToFileURL(built.pdfWorkerFile), eval: false });
    try {
      // The packaged app passes its fonts folder (process.resourcesPath/fonts); here the npm package's.
      const pdf = await worker.render(seedReport(), { fontDir: defaultFontDir() });
      expect(pdf.equals(await renderReportPdf(seedReport()))).toBe(true);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
