/**
 * The roll-up as a spreadsheet for the county's leaders (write-excel-file, decision 0012): one sheet per table
 * (二、三、四) in the official layout with the sums, the fee as an exact decimal, and a sheet listing every unit
 * with its state. The layout comes from shared/catalogue/layout.ts, the same one the screens and the PDF draw.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, Row, Sheet } from 'write-excel-file/node';
import { FEE_CELL_ID } from '../../../shared/catalogue/cells.js';
import { AGENCY_LEVEL_SHORT_LABELS } from '../../../shared/catalogue/sections.js';
import { placeCells, TABLE_LAYOUTS, type TableLayout } from '../../../shared/catalogue/layout.js';
import { UNIT_STATE_LABELS, type RollupRow } from '../../../shared/rollup/contract.js';
import type { Rollup } from '../../../shared/rollup/schema.js';
import { SIGNATURE_LABELS, type SignatureStatus } from '../../../shared/report/signature.js';

const SHEET_NAMES: Record<TableLayout['key'], string> = { active: '二、主动公开', applications: '三、依申请公开', appeals: '四、复议诉讼' };
const FINGERPRINT_WORDS = { ok: '相符', mismatch: '不符（签发后被改动）', none: '未签发' } as const;
/** The 签名 column: the status in words, with the key's short fingerprint and whose key it is when known. */
function signatureWords(status: SignatureStatus | undefined, keyFingerprint: string | null = null, trustedName: string | null = null, warning: string | null = null): string {
  if (status === undefined) return '';
  const key = keyFingerprint ? `；密钥指纹 ${keyFingerprint}${trustedName ? `（${trustedName}）` : ''}` : '';
  return `${SIGNATURE_LABELS[status]}${key}${warning ? `；${warning}` : ''}`;
}

function tableSheet(layout: TableLayout, rollup: Rollup): Sheet<Buffer> {
  const placed = placeCells(layout);
  const data: Row[] = [[{ value: `${rollup.year}年度${layout.heading}（汇总）`, fontWeight: 'bold', columnSpan: layout.columnCount }, ...Array<Cell>(layout.columnCount - 1).fill(null)]];
  for (const row of placed) {
    const cells: Cell[] = new Array<Cell>(layout.columnCount).fill(null);
    for (const p of row) {
      const span = { ...(p.rowSpan > 1 ? { rowSpan: p.rowSpan } : {}), ...(p.colSpan > 1 ? { columnSpan: p.colSpan } : {}) };
      if (p.cell.kind === 'label') {
        cells[p.column] = { value: p.cell.text, wrap: true, alignVertical: 'center', align: p.cell.role === 'rowHeader' ? 'left' : 'center', ...span };
      } else {
        const sum = rollup.cells[p.cell.cellId]!;
        // The fee stays text: a spreadsheet number is a binary float, and the sum is exact.
        cells[p.column] = p.cell.cellId === FEE_CELL_ID ? { value: String(sum), align: 'right', ...span } : { value: Number(sum), type: Number, ...span };
      }
    }
    data.push(cells);
  }
  return { data, sheet: SHEET_NAMES[layout.key], columns: Array.from({ length: layout.columnCount }, (_, i) => ({ width: i === 0 ? 24 : 14 })) };
}

function unitsSheet(rollup: Rollup, rows: readonly RollupRow[] | null): Sheet<Buffer> {
  const header: Row = ['单位', '类别', '状态', '是否计入', '错误', '警告', '指纹', '签名', '收到时间', '文件', '说明'].map((value) => ({ value, fontWeight: 'bold' as const }));
  const data: Row[] = [header];
  if (rows) {
    for (const r of rows) {
      data.push([
        r.name,
        r.level ? AGENCY_LEVEL_SHORT_LABELS[r.level] : '',
        UNIT_STATE_LABELS[r.state],
        r.counted ? '计入' : '未计入',
        r.receipt ? r.errors : null,
        r.receipt ? r.warnings : null,
        r.fingerprint ? FINGERPRINT_WORDS[r.fingerprint] : '',
        r.signature ? signatureWords(r.signature.status, r.signature.keyFingerprint, r.signature.trustedName, r.signature.keyWarning) : '',
        r.receipt?.receivedAt ?? '',
        r.receipt?.fileName ?? '',
        r.note ?? '',
      ]);
    }
  } else {
    const statusWords = { signed: '已签发', draft: '草稿', published: '已公开', rollup: '汇总' } as const;
    for (const u of rollup.units) {
      data.push([u.agency, u.level ? AGENCY_LEVEL_SHORT_LABELS[u.level] : '', statusWords[u.status], u.counted ? '计入' : '未计入', u.errors, u.warnings, FINGERPRINT_WORDS[u.fingerprint], signatureWords(u.signature), '', u.file, u.note ?? '']);
    }
    for (const name of rollup.missing) data.push([name, '', '未报送', '未计入', null, null, '', '', '', '', '']);
  }
  return { data, sheet: '单位', columns: [{ width: 26 }, { width: 14 }, { width: 12 }, { width: 9 }, { width: 7 }, { width: 7 }, { width: 18 }, { width: 30 }, { width: 22 }, { width: 36 }, { width: 50 }] };
}

/** The .xlsx bytes: the three tables, then the units (the screen's rows when given, else the roll-up's own list). */
export async function rollupWorkbook(rollup: Rollup, rows: readonly RollupRow[] | null = null): Promise<Buffer> {
  const sheets = [...TABLE_LAYOUTS.map((layout) => tableSheet(layout, rollup)), unitsSheet(rollup, rows)];
  return (await writeXlsxFile(sheets).toBuffer()) as Buffer;
}
