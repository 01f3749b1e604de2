/**
 * Restoring a backup from before a sign-off, confirmed: the backup taken before the sign-off, the current file
 * backed up, the copy staged, the signed revisions and the audit entries the backup lacks carried into it, the
 * swap, and the records opened again. Measured through the dispatcher on records with an audit log of 5,000 prose
 * edits made after the backup (each run signs the draft again, untimed, so every restore carries a revision).
 */
import { rmSync } from 'node:fs';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { openTestServices } from '../support/services.js';
import { describeMachine, type Measurement } from './measure.js';

const EDITS = 5_000;
const RUNS = 10;

export async function benchRestore(): Promise<{ lines: string[] }> {
  const s = openTestServices();
  try {
    const { detail } = await s.call('exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) });
    const reportId = detail.summary.id;
    const before = await s.call('backups.create', {});
    for (let i = 0; i < EDITS; i++) {
      await s.call('reports.editField', { reportId, field: 'sections.other', value: `本年度第${i}次修改：没有产生信息处理费。` });
    }
    const samples: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await s.call('signoff.sign', { reportId, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
      const start = process.hrtime.bigint();
      await s.call('backups.restore', { name: before.name, acceptSignedLoss: true });
      if (run > 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6); // the first run warms up
    }
    const revisions = (await s.call('reports.revisions', { reportId })).length;
    if (revisions !== RUNS + 1) throw new Error(`expected ${RUNS + 1} kept revisions, found ${revisions}`);
    samples.sort((a, b) => a - b);
    const m: Pick<Measurement, 'name'> & { median: number; max: number } = {
      name: `restore a backup from before the sign-off, carrying the signed revisions and ${EDITS.toLocaleString('en')}+ audit entries`,
      median: samples[Math.floor(samples.length / 2)]!,
      max: samples.at(-1)!,
    };
    return { lines: [`${m.name}: median ${m.median.toFixed(0)} ms, max ${m.max.toFixed(0)} ms over ${RUNS} runs (after 1 warm-up run; all ${revisions} revisions kept)`] };
  } finally {
    s.remove();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const line of (await benchRestore()).lines) console.log(line);
}
