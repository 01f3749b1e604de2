/** Ledger spreadsheets for tests and the benchmark, written with the project's spreadsheet writer. */
import writeExcelFile from 'write-excel-file/node';
import type { GeneratedRow } from './ledgers.js';

type Cell = { value: string | number | Date; type?: typeof String | typeof Number | typeof Date; format?: string } | null;

const text = (value: string): Cell => (value === '' ? null : { value, type: String });

export const OFFICE_HEADERS = ['序号', '收到申请日期', '申请人', '申请人类型', '申请内容', '办理结果', '答复日期', '是否延期', '联系电话', '备注'];

/**
 * An office ledger: optional title row, the header, then one row per application. With `realDates`, the dates
 * of the generator are real Excel dates (formatted yyyy-mm-dd); otherwise the text the generator wrote.
 */
export async function ledgerXlsx(rows: readonly GeneratedRow[], options: { title?: string; realDates?: boolean } = {}): Promise<Buffer> {
  const sheet: Cell[][] = [];
  if (options.title) sheet.push([text(options.title)]);
  sheet.push(OFFICE_HEADERS.map(text));
  rows.forEach(({ record, truth }, i) => {
    const date = (iso: string | null, written: string): Cell =>
      options.realDates && iso ? { value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' } : text(written);
    sheet.push([
      { value: i + 1, type: Number },
      date(truth.received, record.receivedDate),
      text(`申请人${i + 1}`),
      text(record.applicantType),
      text(record.subject),
      text(record.result),
      date(truth.replied, record.replyDate),
      text(record.extended),
      text(`1380000${String(i).padStart(4, '0')}`),
      text(record.notes),
    ]);
  });
  return (await writeExcelFile(sheet as never).toBuffer()) as Buffer;
}
