/**
 * Reading our PDFs the way other programs do, with poppler-utils (pdftotext, pdffonts, pdfdetach, pdfinfo):
 * the tests look at the file a clerk would print, not at our own idea of it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command: string, args: readonly string[]): string => execFileSync(command, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** A PDF in a temporary folder, with poppler's views of it. */
export class PdfFile {
  readonly dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  readonly path = join(this.dir, 'report.pdf');

  constructor(readonly bytes: Buffer) {
    writeFileSync(this.path, bytes);
  }

  /** Text in the order it is drawn (pdftotext -raw): a cell's wrapped lines stay together. */
  rawText(page?: number): string {
    return run('pdftotext', ['-raw', ...(page ? ['-f', String(page), '-l', String(page)] : []), this.path, '-']);
  }

  /** Text as laid out on the page (pdftotext -layout). */
  layoutText(): string {
    return run('pdftotext', ['-layout', this.path, '-']);
  }

  pageCount(): number {
    return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [this.path]))![1]);
  }

  info(): string {
    return run('pdfinfo', [this.path]);
  }

  fonts(): { name: string; type: string; embedded: boolean; subset: boolean }[] {
    return run('pdffonts', [this.path])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const fields = line.trim().split(/\s+/);
        // name type… encoding emb sub uni object ID
        const [emb, sub] = fields.slice(-5, -3);
        return { name: fields[0]!, type: line.slice(37, 55).trim(), embedded: emb === 'yes', subset: sub === 'yes' };
      });
  }

  attachmentList(): string {
    return run('pdfdetach', ['-list', this.path]);
  }

  /** Every attachment, saved by pdfdetach -saveall, by name. */
  attachments(): Record<string, Buffer> {
    const out = mkdtempSync(join(this.dir, 'detach-'));
    run('pdfdetach', ['-saveall', '-o', out, this.path]);
    return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  }

  /** Every word with its box, per page (pdftotext -bbox), in points from the top left. */
  words(): { page: number; pageWidth: number; pageHeight: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
    const html = run('pdftotext', ['-bbox', this.path, '-']);
    const words: ReturnType<PdfFile['words']> = [];
    let page = 0;
    let pageWidth = 0;
    let pageHeight = 0;
    for (const line of html.split('\n')) {
      const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
      if (p) {
        page++;
        pageWidth = Number(p[1]);
        pageHeight = Number(p[2]);
        continue;
      }
      const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (w) words.push({ page, pageWidth, pageHeight, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5]! });
    }
    return words;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Text with every space and line end taken out, so a label wrapped inside its cell reads whole again, and
 * without the page numbers, so a paragraph that runs onto the next page reads whole too.
 */
export const squeeze = (text: string): string => text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');

/** Fails loudly, with the fix, when poppler-utils is missing (CI installs it in .ci/run). */
export function requirePoppler(): void {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) throw new Error('poppler-utils (pdftotext, pdffonts, pdfdetach) is needed for the PDF tests: apt-get install -y poppler-utils');
}
