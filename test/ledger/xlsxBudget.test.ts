/**
 * The capped .xlsx opener (electron/services/outsideFiles/xlsxBudget.ts) reads good workbooks exactly as
 * read-excel-file reads them itself, and each of its limits holds at the limit and bites one past it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readXlsxCapped, XLSX_BUDGET } from '../../electron/services/outsideFiles/xlsxBudget.js';
import { parseCsvCapped } from '../../shared/ledger/csv.js';
import { partOf, zipOf } from '../support/hostileXlsx.js';
import { generateLedger } from '../support/ledgers.js';
import { ledgerXlsx } from '../support/ledgerFiles.js';
import { REPO_ROOT } from '../cli/run-cli.js';

async function bothWays(bytes: Buffer) {
  const capped = await readXlsxCapped(bytes);
  if (!capped.ok) throw new Error(capped.problem);
  return { capped: capped.sheets, library: await readXlsxFile(bytes) };
}

const STRINGS = 'xl/sharedStrings.xml';
const SHEET = 'xl/worksheets/sheet1.xml';
const sst = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** The smallest workbook read-excel-file reads: one sheet and a shared strings table, as given. */
function workbook(strings: string, sheetXml: string): Buffer {
  const ns = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipOf([
    partOf('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    partOf('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    partOf('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    partOf('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    partOf(SHEET, sheetXml),
    partOf(STRINGS, strings),
  ]);
}

describe('the capped .xlsx opener', () => {
  for (const variant of [{ realDates: true, title: '某县2024年依申请公开台账' }, { realDates: false }]) {
    it(`reads an office ledger (${variant.realDates ? 'real dates' : 'text dates'}) exactly as read-excel-file does`, async () => {
      const { capped, library } = await bothWays(await ledgerXlsx(generateLedger(3, 2024, 300), variant));
      expect(capped).toEqual(library);
    });
  }

  it('reads a workbook of several sheets (numbers, dates, booleans, empty cells, merged cells, Chinese names) exactly as read-excel-file does', async () => {
    const bytes = (await writeExcelFile([
      { sheet: '名单', data: [[{ value: '单位' }, { value: '类别' }], [{ value: '县教育局' }, { value: '部门' }], [null, { value: '乡镇' }]] },
      {
        sheet: '数字与日期',
        data: [
          [{ value: 1.5, type: Number }, { value: new Date('2024-03-01T00:00:00Z'), type: Date, format: 'yyyy-mm-dd' }, { value: true, type: Boolean }],
          [{ value: '合并', columnSpan: 2 }, null, { value: -7, type: Number }],
        ],
      },
    ] as never).toBuffer()) as Buffer;
    const { capped, library } = await bothWays(bytes);
    expect(capped).toEqual(library);
    expect(capped.map((s) => s.sheet)).toEqual(['名单', '数字与日期']);
  });

  it('reads the smallest workbook by hand', async () => {
    const read = await readXlsxCapped(workbook(sst(['县教育局']), sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row>')));
    expect(read).toEqual({ ok: true, sheets: [{ sheet: 'S', data: [['县教育局', 3]] }] });
  });

  it('holds each limit at the limit and refuses one past it', async () => {
    const budget = { ...XLSX_BUDGET, sharedStrings: 5, cellChars: 10, rows: 4, columns: 3 };
    const oneCell = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const at = (name: string, xml: string) => readXlsxCapped(name === STRINGS ? workbook(xml, oneCell) : workbook(sst(['a']), xml), budget);
    const ok = { ok: true };
    const rows = (n: number, columns = 1) => sheet(Array.from({ length: n }, (_, r) => `<row r="${r + 1}">${Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${c}</v></c>`).join('')}</row>`).join(''));
    expect(await at(STRINGS, sst(['a', 'b', 'c', 'd', 'e']))).toMatchObject(ok);
    expect(await at(STRINGS, sst(['a', 'b', 'c', 'd', 'e', 'f']))).toEqual({ ok: false, problem: 'tooManyStrings' });
    expect(await at(STRINGS, sst(['一二三四五六七八九十']))).toMatchObject(ok);
    expect(await at(STRINGS, sst(['一二三四五六七八九十壹']))).toEqual({ ok: false, problem: 'cellTooLong' });
    // An entity counts as the one character it stands for.
    expect(await at(STRINGS, sst(['&amp;&amp;&amp;&amp;&amp;&#x4E00;&#x4E00;&#x4E00;&#x4E00;&#x4E00;']))).toMatchObject(ok);
    expect(await at(SHEET, rows(4, 3))).toMatchObject(ok);
    expect(await at(SHEET, rows(5, 3))).toEqual({ ok: false, problem: 'tooManyCells' });
    expect(await at(SHEET, rows(4, 4))).toEqual({ ok: false, problem: 'tooManyCells' });
    expect(await at(SHEET, sheet('<row><c><v>1</v></c></row>'.repeat(5)))).toEqual({ ok: false, problem: 'tooManyCells' });
    expect(await at(STRINGS, `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]>${sst(['a']).replace(/^<\?xml[^>]*>/, '')}`)).toEqual({ ok: false, problem: 'declaresEntities' });
  });

  it('refuses an archive that is not a workbook, and damaged bytes, with a reason', async () => {
    expect(await readXlsxCapped(zipOf([partOf('word/document.xml', '<w:document/>')]))).toEqual({ ok: false, problem: 'notXlsx' });
    expect(await readXlsxCapped(Buffer.from('PK\u0003\u0004 not really a zip'))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('splits a CSV with limits, stopping at the first row, column or cell past them', () => {
    const limits = { rows: 2, columns: 3, cellChars: 5 };
    expect(parseCsvCapped('a,b,c\nd,e,f\n', limits)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    expect(parseCsvCapped('a,b,c\nd,e,f\ng', limits)).toBe('overLimit');
    expect(parseCsvCapped('a,b,c,d\n', limits)).toBe('overLimit');
    expect(parseCsvCapped('abcde,"12345"\n', limits)).toEqual([['abcde', '12345']]);
    expect(parseCsvCapped('abcdef\n', limits)).toBe('overLimit');
    expect(parseCsvCapped('"abc""def"\n', limits)).toBe('overLimit');
  });

  it('is the only code that hands bytes to read-excel-file (any other import would let the library inflate a file from elsewhere)', () => {
    const importing: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') walk(path);
        } else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && /from ['"]read-excel-file/.test(readFileSync(path, 'utf8'))) {
          importing.push(relative(REPO_ROOT, path));
        }
      }
    };
    for (const dir of ['electron', 'shared', 'renderer/src']) walk(join(REPO_ROOT, dir));
    expect(importing).toEqual(['electron/services/outsideFiles/xlsxBudget.ts']);
  });
});
