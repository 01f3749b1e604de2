/**
 * How the security tests watch a file from elsewhere being read: the time and the growth of this process's
 * resident memory (the outside-files worker thread included), the records answering other calls meanwhile, and
 * the worker started once before anything is measured (its start, not a file, costs ~0.4 GB under tsx).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importFile } from '../../electron/services/import/importFile.js';
import { pdfOf } from './hostilePdf.js';
import type { TestServices } from './services.js';

/** Runs `read` while sampling the resident memory of this process (the worker thread included). */
export async function measured<T>(read: () => Promise<T>): Promise<{ result: T; ms: number; growthMb: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const started = performance.now();
  try {
    const result = await read();
    return { result, ms: performance.now() - started, growthMb: (peak - baseline) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

/** Imports a tiny PDF in `dir`, so that the outside-files worker is running before a test measures anything. */
export async function startOutsideWorker(dir: string): Promise<void> {
  const tiny = join(dir, 'tiny.pdf');
  writeFileSync(tiny, pdfOf([{ dictionary: '<< /Type /Catalog /Pages 2 0 R >>' }, { dictionary: '<< /Type /Pages /Kids [] /Count 0 >>' }]));
  await importFile(tiny);
}

/**
 * Reads `base64` as a PDF in the import review while asking the records for the report list every 20 ms: the
 * list must come back (empty) during the read, each answer within 250 ms. Returns the read's answer.
 */
export async function readWhileRecordsAnswer(s: TestServices, fileName: string, base64: string): ReturnType<TestServices['raw']> {
  let done = 0;
  const reading = s.raw('imports.readFile', { fileName, base64 }).then((result) => {
    done = performance.now();
    return result;
  });
  const answered: number[] = [];
  const slowest: number[] = [];
  while (done === 0) {
    const asked = performance.now();
    expect(await s.call('reports.list', {})).toEqual([]);
    answered.push(performance.now());
    slowest.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(answered.filter((at) => at < done).length).toBeGreaterThan(0);
  expect(Math.max(...slowest)).toBeLessThan(250);
  return reading;
}
