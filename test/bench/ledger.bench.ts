/**
 * The 依申请公开 ledger: a 10,000-row office workbook (title row, text dates in four forms, office words) read
 * from its bytes and tallied into table 三 — the whole of `nianbao ledger` after the file is read from disk
 * (goal < 1 s); and the tally alone, which the editor's checks (L-1) run on a change.
 */
import { readLedgerBytes } from '../../electron/services/ledger/readLedger.js';
import { ledgerCalendar, tallyLedger } from '../../shared/ledger/index.js';
import { generateLedger } from '../support/ledgers.js';
import { ledgerXlsx } from '../support/ledgerFiles.js';
import { openTestServices } from '../support/services.js';
import { describeMachine, measureAsync } from './measure.js';

const ROWS = 10_000;
const RUNS = 7;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchLedger(): Promise<{ lines: string[]; importAndTallyMs: number }> {
  const rows = generateLedger(2024, 2024, ROWS);
  const bytes = new Uint8Array(await ledgerXlsx(rows, { title: '某县2024年政府信息公开申请办理台账' }));
  const calendar = ledgerCalendar();
  const once = async (): Promise<number> => {
    const started = process.hrtime.bigint();
    const read = await readLedgerBytes(bytes);
    if (!read.ok || read.records.length !== ROWS) throw new Error('the benchmark ledger was not read whole');
    const tally = tallyLedger(read.records, { year: 2024, calendar });
    if (tally.counted === 0) throw new Error('the benchmark ledger counted nothing');
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  await once(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once());
  const records = rows.map((r) => r.record);
  const tallies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    tallyLedger(records, { year: 2024, calendar });
    tallies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const importAndTallyMs = median(samples);
  const edit = await benchEditWithLedger(records);
  return {
    importAndTallyMs,
    lines: [
      edit.line,
      `read + tally a ${ROWS}-row .xlsx (${(bytes.length / 1024).toFixed(0)} KB, in memory): median ${importAndTallyMs.toFixed(0)} ms over ${RUNS} runs (after 1 warm-up)`,
      `tally alone, ${ROWS} rows: median ${median(tallies).toFixed(1)} ms over ${RUNS} runs`,
    ],
  };
}

/** A report cell edit through the dispatcher while the agency's ledger holds 10,000 rows (L-1 compares with it). */
async function benchEditWithLedger(records: ReturnType<typeof generateLedger>[number]['record'][]) {
  const s = openTestServices();
  try {
    const agencyId = (await s.call('agencies.create', { name: '基准测试局', level: 'department' })).id;
    const reportId = (await s.call('reports.create', { agencyId, year: 2024, start: 'blank' })).summary.id;
    await s.call('ledger.addRows', { agencyId, rows: records.map(({ row: _row, ...cells }) => cells) });
    return await measureAsync(`one report cell edit with a ${ROWS}-row ledger (save + audit, fsync, re-check incl. L-1)`, 300, (i) =>
      s.call('reports.editCells', { reportId, edits: [{ cellId: 'applications.received.natural', value: i }] }),
    );
  } finally {
    s.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const line of (await benchLedger()).lines) console.log(line);
}
