/**
 * How long the PDF budget (electron/services/outsideFiles/pdfBudget.ts) takes before pdfjs is allowed to start:
 * our signed report's PDF as printed and encrypted with an owner password (each cipher), a published report's
 * PDF, and the refusal of a 2 GB attachment bomb encrypted with AES-256 — in-process, warm, medians. Goal: well
 * under the import's own PDF goal (500 ms) for a real report, and a bomb refused in far less than a second.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPdfBudget } from '../../electron/services/outsideFiles/pdfBudget.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { encryptPdf, PDF_CIPHERS } from '../support/encryptPdf.js';
import { attachmentBombPdf } from '../support/hostilePdf.js';
import { seedReport } from '../support/reports.js';
import { describeMachine, measure } from './measure.js';

const PRINTED = fileURLToPath(new URL('../fixtures/import/seed-figures-printed.pdf', import.meta.url));

export async function benchPdfBudget(): Promise<{ lines: string[] }> {
  const ours = await renderReportPdf(seedReport());
  const printed = readFileSync(PRINTED);
  const inputs: { label: string; bytes: Buffer; ok: boolean; runs: number }[] = [
    { label: 'our report PDF, plain', bytes: ours, ok: true, runs: 200 },
    ...PDF_CIPHERS.map((cipher) => ({ label: `our report PDF, ${cipher} (owner password only)`, bytes: encryptPdf(ours, cipher), ok: true, runs: 200 })),
    { label: 'published report PDF, plain', bytes: printed, ok: true, runs: 200 },
    { label: 'published report PDF, aes-256', bytes: encryptPdf(printed, 'aes-256'), ok: true, runs: 200 },
    { label: '2 GB attachment bomb, aes-256 (refused)', bytes: encryptPdf(attachmentBombPdf(2), 'aes-256'), ok: false, runs: 20 },
  ];
  const lines: string[] = [];
  for (const input of inputs) {
    const m = measure(`budget: ${input.label}, ${(input.bytes.length / 1024).toFixed(0)} KB`, input.runs, () => {
      if (checkPdfBudget(input.bytes).ok !== input.ok) throw new Error(`bench input answered wrongly: ${input.label}`);
    }, Math.min(20, input.runs));
    lines.push(m.line.replace(/median ([\d.]+) µs, p95 ([\d.]+) µs/, (_all, median: string, p95: string) => `median ${(Number(median) / 1000).toFixed(2)} ms, p95 ${(Number(p95) / 1000).toFixed(2)} ms`));
  }
  return { lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const line of (await benchPdfBudget()).lines) console.log(line);
}
