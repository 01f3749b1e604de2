/**
 * reliability: a restore over signed reports killed at any moment. A child signs, restores a backup from before
 * any sign-off (carrying the signed revisions into the restored copy), signs again, restores again… and is killed
 * with SIGKILL at a random moment, 20 times over the same records. After each kill, and the start's finishing or
 * undoing of the interrupted restore, the records are either the old ones or the restored ones WITH every
 * carried revision — never a half: every acknowledged sign-off is there with the report as signed, each revision
 * below the current one has its unlock, integrity_check and foreign_key_check are clean, no staged copy is left.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/app/workspace.js';
import { finishInterruptedRestore } from '../../electron/services/db/backups.js';
import { seededRandom } from '../support/random.js';
import { makeDataDir } from '../support/services.js';

const KILLS = 20;
const dataDir = makeDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface RunLog {
  reportId: number;
  signed: number[];
  restoring: boolean;
  restores: number;
}

function runAndKill(delayMs: number): Promise<RunLog> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.mjs', 'test/reliability/restore-loop-child.ts', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!timer && /^SIGNED /m.test(out)) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself (code ${code}): ${err}`));
      const log: RunLog = { reportId: 0, signed: [], restoring: false, restores: 0 };
      for (const line of out.split('\n')) {
        if (line.startsWith('READY ')) log.reportId = Number(line.slice(6));
        else if (line.startsWith('SIGNED ')) log.signed.push(Number(line.slice(7)));
        else if (line === 'RESTORE') log.restoring = true;
        else if (line === 'DONE') {
          log.restoring = false;
          log.restores++;
        }
      }
      resolve(log);
    });
  });
}

describe('reliability: killed while restoring over signed reports', () => {
  it(
    `reliability: ${KILLS} SIGKILLs during sign-offs and restores that carry signed revisions: old records or restored ones with every revision, never a half`,
    async () => {
      const random = seededRandom(20261206);
      const path = join(dataDir, DATABASE_FILE);
      const acknowledged = new Set<number>();
      let restores = 0;
      let killedRestoring = 0;
      for (let run = 0; run < KILLS; run++) {
        const log = await runAndKill(Math.floor(random() * 400));
        for (const revision of log.signed) acknowledged.add(revision);
        restores += log.restores;
        if (log.restoring) killedRestoring++;
        finishInterruptedRestore(path); // what the app does first at every start
        expect(existsSync(`${path}.restoring`) || existsSync(`${path}.restoring-journal`), `run ${run}`).toBe(false);
        const db = new Database(path, { fileMustExist: true });
        try {
          expect((db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check, `run ${run}`).toBe('ok');
          expect(db.pragma('foreign_key_check'), `run ${run}`).toEqual([]);
          const report = db.prepare('SELECT status, revision FROM reports WHERE id = ?').get(log.reportId) as { status: string; revision: number };
          const signed = new Set((db.prepare('SELECT s.revision FROM signoffs s JOIN signed_revisions k USING (report_id, revision) WHERE s.report_id = ?').all(log.reportId) as { revision: number }[]).map((r) => r.revision));
          const unlocked = new Set((db.prepare('SELECT from_revision FROM report_unlocks WHERE report_id = ?').all(log.reportId) as { from_revision: number }[]).map((r) => r.from_revision));
          for (const revision of acknowledged) expect(signed.has(revision), `run ${run}: signed revision ${revision} kept`).toBe(true);
          // The report's own state is whole: each revision below the current one signed and unlocked; the current
          // one signed exactly when the report says so.
          for (let r = 1; r < report.revision; r++) expect(signed.has(r) && unlocked.has(r), `run ${run}: revision ${r}`).toBe(true);
          expect(signed.has(report.revision), `run ${run}: status ${report.status} at ${report.revision}`).toBe(report.status === 'signed');
        } finally {
          db.close();
        }
      }
      expect(acknowledged.size).toBeGreaterThan(KILLS);
      expect(restores).toBeGreaterThan(0);
      console.log(`reliability: ${KILLS} kills (${killedRestoring} during a restore), ${acknowledged.size} signed revisions all kept, ${restores} restores completed`);
    },
    300_000,
  );
});
