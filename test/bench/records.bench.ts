/**
 * The records on real SQLite (WAL, synchronous=FULL: every edit is on disk before it is acknowledged):
 * one cell edit through the dispatcher (validate, save with its audit line, re-check with last year), and
 * opening a database that holds 50 agencies × 10 years of reports (open + quick_check + the start screen's list).
 */
import { rmSync, statSync } from 'node:fs';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationCellId } from '../../shared/catalogue/cells.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seededRandom } from '../support/random.js';
import { openTestServices } from '../support/services.js';
import { measureAsync, type Measurement } from './measure.js';
import { sampleReport } from './sample-reports.js';

export async function benchEdit(): Promise<Measurement> {
  const s = openTestServices();
  try {
    const random = seededRandom(7);
    await s.call('exchange.importText', { fileName: 'last.nianbao.json', text: writeExchangeText({ ...sampleReport(random, 2023), agency: '基准测试县人民政府' }) });
    const [last] = await s.call('reports.list', {});
    const draft = await s.call('reports.createNextYear', { reportId: last!.id });
    const cells = APPLICATION_ROWS.flatMap((row) => APPLICANT_COLUMNS.map((c) => applicationCellId(row.key, c.key)));
    return await measureAsync('one cell edit through the dispatcher (validate, save + audit, fsync, re-check with last year)', 2000, (i) =>
      s.call('reports.editCells', { reportId: draft.summary.id, edits: [{ cellId: cells[i % cells.length]!, value: i }] }),
    );
  } finally {
    s.remove();
  }
}

export async function benchOpenLarge(): Promise<{ open: Measurement; list: Measurement; bytes: number; reports: number }> {
  const s = openTestServices();
  try {
    const random = seededRandom(50);
    for (let agency = 0; agency < 50; agency++) {
      for (let year = 2015; year < 2025; year++) {
        const report = { ...sampleReport(random, year), agency: `第${agency + 1}号机关`, level: 'department' as const };
        await s.call('exchange.importText', { fileName: 'x.nianbao.json', text: writeExchangeText(report) });
      }
    }
    s.close();
    const bytes = statSync(s.databasePath).size;
    let reports = 0;
    const open = await measureAsync('open a database of 50 agencies × 10 years (quick_check, pragmas) and read its status', 20, async () => {
      s.reopen();
      await s.call('app.status', {});
    }, 3);
    const list = await measureAsync('the start screen list of those 500 reports, each checked with its last year', 20, async () => {
      reports = (await s.call('reports.list', {})).length;
    }, 3);
    return { open, list, bytes, reports };
  } finally {
    s.remove();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
}
