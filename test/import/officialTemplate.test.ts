// The official Word template (../shared/fixtures) filled with our test figures, read as .docx and — when
// LibreOffice and a Chinese font are installed (optional, not in CI) — as the PDF LibreOffice prints from it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../shared/catalogue/cells.js';
import { importFile } from '../../electron/services/import/importFile.js';
import { variedCells } from '../fixtures/import/generator/model.js';
import { canPrintChinese, printToPdf } from './libreOffice.js';

const TEMPLATE = fileURLToPath(new URL('../../../shared/fixtures/official-template-2021.docx', import.meta.url));
/**
 * The template with every empty value cell (in printed order) filled, merged continuations skipped; with
 * `blankZeros` the zeros of tables 二 and 三 are left empty, as many offices publish them.
 */
function filledTemplate(blankZeros = false): { bytes: Uint8Array; filled: number } {
  const files = unzipSync(readFileSync(TEMPLATE));
  const xml = strFromU8(files['word/document.xml']!);
  const cells = variedCells();
  const tables = xml.indexOf('<w:tbl>');
  let k = 0;
  const body = xml.slice(tables).replace(/<w:tc>([\s\S]*?)<\/w:tc>/g, (tc, inner: string) => {
    if (/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(inner)) return tc;
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (text.trim() !== '') return tc;
    const cell = CELLS[k++];
    if (!cell) return tc;
    const value = blankZeros && cells[cell.id] === 0 && !cell.id.startsWith('appeals.') ? '' : String(cells[cell.id]);
    if (/<w:t[ >]/.test(inner)) return tc.replace(/(<w:t(?: [^>]*)?>)[^<]*(<\/w:t>)/, `$1${value}$2`);
    return tc.replace(/<w:p( [^>]*)?\/>|<\/w:p>/, (p) => (p.endsWith('/>') ? `<w:p><w:r><w:t>${value}</w:t></w:r></w:p>` : `<w:r><w:t>${value}</w:t></w:r></w:p>`));
  });
  files['word/document.xml'] = strToU8(xml.slice(0, tables) + body);
  return { bytes: zipSync(files), filled: k };
}

async function wrongCells(path: string): Promise<string[]> {
  const outcome = await importFile(path);
  if (!outcome.ok) throw new Error(outcome.message);
  const expected = variedCells();
  return CELLS.filter((c) => outcome.result.report.cells[c.id] !== expected[c.id]).map((c) => c.id);
}

describe.skipIf(!existsSync(TEMPLATE))('the official 2021 template, filled in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-template-'));
  const docx = join(dir, 'filled.docx');

  it('has exactly 200 value cells, and the filled .docx imports with every cell right', async () => {
    const { bytes, filled } = filledTemplate();
    expect(filled).toBe(200);
    writeFileSync(docx, bytes);
    expect(await wrongCells(docx)).toEqual([]);
  });

  it('with its zeros left empty, the .docx still imports with every cell right (blanks read as 0)', async () => {
    const blank = join(dir, 'blank.docx');
    writeFileSync(blank, filledTemplate(true).bytes);
    expect(await wrongCells(blank)).toEqual([]);
  });

  it.skipIf(!canPrintChinese)('printed to PDF by LibreOffice, every one of the 200 cells is read back from glyph positions, with and without blank zeros', async () => {
    for (const [name, blankZeros] of [['filled', false], ['blank', true]] as const) {
      const source = join(dir, `${name}.docx`);
      writeFileSync(source, filledTemplate(blankZeros).bytes);
      expect(await wrongCells(printToPdf(source, dir)), name).toEqual([]);
    }
  }, 240_000);
});
