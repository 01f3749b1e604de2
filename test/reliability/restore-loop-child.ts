/**
 * A child process for the kill test of a restore over signed reports: signs the report, restores a backup from
 * before any sign-off (confirmed, so the signed revisions are carried into the restored copy), signs the draft
 * that comes back, restores again… until it is killed. Prints `SIGNED <revision>` once a sign-off is
 * acknowledged and `RESTORE` … `DONE` around each restore, with synchronous writes.
 */
import { call } from '../../electron/services/api/dispatcher.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';
import { childDispatch, say } from './childServices.js';

const [dataDir] = process.argv.slice(2);
const dispatch = childDispatch(dataDir!);
let [summary] = await call(dispatch, 'reports.list', {});
if (!summary) {
  summary = (await call(dispatch, 'exchange.importText', { fileName: 'seed.nianbao.json', text: writeExchangeText(seedReport()) })).detail.summary;
  await call(dispatch, 'backups.create', {});
}
const before = (await call(dispatch, 'backups.list', {})).filter((b) => b.reason === 'manual').at(-1)!;
say(`READY ${summary.id}`);

for (;;) {
  const { summary: now } = await call(dispatch, 'reports.open', { reportId: summary.id });
  if (now.status === 'draft') {
    await call(dispatch, 'signoff.sign', { reportId: summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' });
    say(`SIGNED ${now.revision}`);
  }
  say('RESTORE');
  await call(dispatch, 'backups.restore', { name: before.name, acceptSignedLoss: true });
  say('DONE');
}
