/**
 * The sign-off PDF: a full report rendered warm (the desktop app, fonts loaded), `nianbao pdf` as a new
 * process (cold), and — measured in the same run for comparison — LibreOffice converting the official Word
 * template to PDF, cold (a fresh profile each run) and with a warm profile. Goals: warm < 300 ms, cold CLI
 * faster than LibreOffice cold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { seedReport } from '../support/reports.js';
import { measureAsync, type Measurement } from './measure.js';

const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../../shared/fixtures/official-template-2021.docx', import.meta.url));

export interface PdfBench {
  readonly warm: Measurement;
  readonly cliColdMs: number;
  readonly lines: string[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeProcess(command: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, [...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return ms;
}

export async function benchPdf(): Promise<PdfBench> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
  try {
    const report = seedReport();
    let bytes = 0;
    const warm = await measureAsync('full seed report to PDF in process, fonts loaded (pdfkit, subset fonts, attachment)', 30, async () => {
      bytes = (await renderReportPdf(report)).length;
    }, 5);
    const lines = [`${warm.line}, ${(bytes / 1024).toFixed(0)} KiB`];

    const source = join(dir, 'seed.nianbao.json');
    writeFileSync(source, writeExchangeText(report));
    const cli: number[] = [];
    for (let i = 0; i < 12; i++) {
      const ms = timeProcess(process.execPath, [BIN, 'pdf', source, '-o', join(dir, `cli-${i}.pdf`)]);
      if (i >= 2) cli.push(ms); // the first two fill the OS file cache (the 15 MB fonts)
    }
    const cliColdMs = median(cli);
    lines.push(`nianbao pdf as a new process (Node + tsx + pdfkit + fonts): median ${cliColdMs.toFixed(0)} ms over ${cli.length} runs (min ${Math.min(...cli).toFixed(0)} ms)`);

    const office = libreOffice();
    if (!office) {
      lines.push('LibreOffice: skipped (no `libreoffice` on PATH; apt-get install libreoffice-writer to compare)');
    } else if (!existsSync(TEMPLATE)) {
      lines.push('LibreOffice: skipped (../shared/fixtures/official-template-2021.docx is not here)');
    } else {
      const convert = (profile: string, outDir: string): number =>
        timeProcess(office, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, TEMPLATE]);
      const cold: number[] = [];
      for (let i = 0; i < 5; i++) cold.push(convert(join(dir, `lo-profile-${i}`), join(dir, `lo-out-${i}`)));
      const warmProfile = join(dir, 'lo-profile-warm');
      convert(warmProfile, join(dir, 'lo-out-warm-first'));
      const warmed: number[] = [];
      for (let i = 0; i < 5; i++) warmed.push(convert(warmProfile, join(dir, `lo-out-warm-${i}`)));
      const [loCold, loWarm] = [median(cold), median(warmed)];
      lines.push(`LibreOffice --headless --convert-to pdf of the official template, fresh profile each run: median ${loCold.toFixed(0)} ms over ${cold.length} runs`);
      lines.push(`LibreOffice, the same with a profile already made (still a new process): median ${loWarm.toFixed(0)} ms over ${warmed.length} runs`);
      lines.push(
        `ratios: nianbao pdf cold is ${(loCold / cliColdMs).toFixed(1)}× faster than LibreOffice cold, ${(loWarm / cliColdMs).toFixed(1)}× faster than LibreOffice with a warm profile; ` +
          `in the app (warm) ${(loCold / (warm.medianMicros / 1000)).toFixed(0)}× faster than LibreOffice cold`,
      );
    }
    return { warm, cliColdMs, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function libreOffice(): string | undefined {
  for (const name of ['libreoffice', 'soffice']) {
    if (spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0) return name;
  }
  return undefined;
}
