/**
 * A child process for the kill test: opens the real services on the data folder it is given and saves edits in a
 * loop until it is killed. Before each call it prints `SEND <json>`, after the dispatcher acknowledges it
 * `ACK`, both with synchronous writes so the parent sees exactly what was acknowledged before the kill.
 * Every few edits it also takes a backup and restores that very backup (`BACKUP`/`RESTORE` … `DONE`), so kills
 * land while a backup is written and between the steps of a restore too; a restore of a backup taken just
 * before loses no acknowledged edit, so the parent's check stays the same.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, CELL_IDS, applicationCellId } from '../../shared/catalogue/cells.js';
import { call } from '../../electron/services/api/dispatcher.js';
import { seededRandom } from '../support/random.js';
import { childDispatch, say } from './childServices.js';

const [dataDir, seedText] = process.argv.slice(2);
const random = seededRandom(Number(seedText ?? 1));
const dispatch = childDispatch(dataDir!);
let [summary] = await call(dispatch, 'reports.list', {});
if (!summary) {
  const agency = await call(dispatch, 'agencies.create', { name: '压力测试县人民政府', level: 'county' });
  summary = (await call(dispatch, 'reports.create', { agencyId: agency.id, year: 2025, start: 'blank' })).summary;
}
say(`READY ${summary.id}`);

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
for (let n = 0; ; n++) {
  const value = Math.floor(random() * 100_000);
  // Half the calls are one cell, half a pasted row of table 三 (seven cells that must land together).
  const row = pick(APPLICATION_ROWS).key;
  const cells = random() < 0.5 ? [pick(CELL_IDS)] : APPLICANT_COLUMNS.map((c) => applicationCellId(row, c.key));
  const edits = [...new Set(cells)].map((cellId) => ({ cellId, value: cellId === 'active.fees.amount' ? String(value) : value }));
  say(`SEND ${JSON.stringify(edits)}`);
  await call(dispatch, 'reports.editCells', { reportId: summary.id, edits });
  say('ACK');
  if (n % 5 === 4) {
    say('BACKUP');
    const backup = await call(dispatch, 'backups.create', {});
    say('DONE');
    say('RESTORE');
    await call(dispatch, 'backups.restore', { name: backup.name });
    say('DONE');
  }
}
