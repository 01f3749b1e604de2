/** LibreOffice for the optional print tests: where it is, whether it can print Chinese, and printing to PDF. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** Without a Chinese font LibreOffice prints glyphs with no text behind them: nothing to test then. */
export const canPrintChinese = ((): boolean => {
  if (!soffice) return false;
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();

/**
 * Prints `source` (a .docx or .html) to a PDF in `dir` with a fresh profile; returns the PDF's path. `format` may
 * name an export filter with options (`pdf:writer_web_pdf_Export:{…}`).
 */
export function printToPdf(source: string, dir: string, format = 'pdf'): string {
  execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', dir, source], { stdio: 'ignore', timeout: 120_000 });
  return join(dir, `${basename(source).replace(/\.[^.]+$/, '')}.pdf`);
}
