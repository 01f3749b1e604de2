/**
 * How long an import takes per input type: the median over our fixtures of reading the bytes (sniff, decode or
 * unzip or pdfjs, rows, recognition) in this process after a warm-up. Goal: text, HTML and DOCX < 50 ms,
 * PDF < 500 ms per report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../../electron/services/import/importFile.js';
import { describeMachine, measureAsync, type Measurement } from './measure.js';

const DIR = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const TYPES: readonly { label: string; goalMs: number; extension: RegExp; runs: number }[] = [
  { label: 'text', goalMs: 50, extension: /\.txt$/, runs: 400 },
  { label: 'HTML', goalMs: 50, extension: /\.html$/, runs: 200 },
  { label: 'DOCX', goalMs: 50, extension: /\.docx$/, runs: 200 },
  { label: 'PDF (text layer)', goalMs: 500, extension: /\.pdf$/, runs: 40 },
];

export async function benchImport(): Promise<{ lines: string[]; measurements: Measurement[] }> {
  const lines: string[] = [];
  const measurements: Measurement[] = [];
  for (const type of TYPES) {
    const files = readdirSync(DIR).filter((f) => type.extension.test(f)).sort();
    const inputs = files.map((f) => new Uint8Array(readFileSync(`${DIR}${f}`)));
    const m = await measureAsync(`import ${type.label}, ${files.length} fixtures round-robin`, type.runs, async (i) => {
      const outcome = await importBytes(inputs[i % inputs.length]!);
      if (!outcome.ok) throw new Error(`bench fixture refused: ${files[i % files.length]}: ${outcome.message}`);
    }, Math.min(20, type.runs));
    measurements.push(m);
    lines.push(`${m.line}  → goal < ${type.goalMs} ms: ${m.medianMicros / 1000 < type.goalMs ? 'met' : 'NOT met'}`);
  }
  return { lines, measurements };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const line of (await benchImport()).lines) console.log(line);
}
