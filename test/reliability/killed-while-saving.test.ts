/**
 * reliability: a clerk's PC loses power mid-edit. A child process saves edits in a loop through the real
 * services and is killed with SIGKILL at a random moment, 50 times over the same database. After each kill every
 * acknowledged edit must be there, an edit in flight must be all there or not at all, and SQLite's
 * integrity_check must say ok. The child also backs up and restores as it goes (edit-loop-child.ts), so kills
 * land in the middle of a backup and of a restore; the next start finishes or undoes an interrupted restore
 * (as the app does before it opens the records) and leaves no half-written backup.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/app/workspace.js';
import { finishInterruptedRestore } from '../../electron/services/db/backups.js';
import { decodeCell } from '../../electron/services/records/reports.js';
import { zeroCells } from '../../shared/report/blank.js';
import type { CellValue } from '../../shared/report/schema.js';
import { seededRandom } from '../support/random.js';
import { makeDataDir } from '../support/services.js';

const KILLS = 50;
const dataDir = makeDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface RunLog {
  acked: { cellId: string; value: CellValue }[][];
  inFlight: { cellId: string; value: CellValue }[] | null;
  reportId: number;
  /** What the child was doing when killed, if not an edit: 'BACKUP' or 'RESTORE'. */
  busyWith: string | null;
  restores: number;
}

/** Runs the child until it has acknowledged a few edits, waits `delayMs` more, kills it; returns what it printed. */
function runAndKill(seed: number, delayMs: number): Promise<RunLog> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.mjs', 'test/reliability/edit-loop-child.ts', dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!timer && (out.match(/^ACK$/gm)?.length ?? 0) >= 3) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself (code ${code}): ${err}`));
      const log: RunLog = { acked: [], inFlight: null, reportId: 0, busyWith: null, restores: 0 };
      for (const line of out.split('\n')) {
        if (line === 'BACKUP' || line === 'RESTORE') log.busyWith = line;
        else if (line === 'DONE') {
          if (log.busyWith === 'RESTORE') log.restores++;
          log.busyWith = null;
        } else if (line.startsWith('READY ')) log.reportId = Number(line.slice(6));
        else if (line.startsWith('SEND ')) log.inFlight = JSON.parse(line.slice(5)) as RunLog['inFlight'];
        else if (line === 'ACK' && log.inFlight) {
          log.acked.push(log.inFlight);
          log.inFlight = null;
        }
      }
      resolve(log);
    });
  });
}

function storedCells(reportId: number): { cells: Map<string, CellValue>; integrity: string } {
  // What the app does first at every start: finish or undo a restore that was interrupted.
  finishInterruptedRestore(join(dataDir, DATABASE_FILE));
  const db = new Database(join(dataDir, DATABASE_FILE), { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const rows = db.prepare('SELECT cell_id, value FROM report_cells WHERE report_id = ?').all(reportId) as { cell_id: string; value: string }[];
    return { cells: new Map(rows.map((r) => [r.cell_id, decodeCell(r.value)])), integrity };
  } finally {
    db.close();
  }
}

describe('reliability: killed while saving', () => {
  it(
    `reliability: every acknowledged edit survives ${KILLS} SIGKILLs at random moments, and integrity_check says ok`,
    async () => {
      const random = seededRandom(20261126);
      const expected = new Map<string, CellValue>();
      const blank = zeroCells();
      let acknowledged = 0;
      let inFlightLanded = 0;
      let restores = 0;
      const killedDuring = { BACKUP: 0, RESTORE: 0 };
      for (let run = 0; run < KILLS; run++) {
        const log = await runAndKill(run + 1, Math.floor(random() * 250));
        for (const batch of log.acked) for (const { cellId, value } of batch) expected.set(cellId, value);
        acknowledged += log.acked.length;
        restores += log.restores;
        if (log.busyWith === 'BACKUP' || log.busyWith === 'RESTORE') killedDuring[log.busyWith]++;
        const { cells, integrity } = storedCells(log.reportId);
        expect(integrity, `run ${run}`).toBe('ok');
        for (const [cellId, value] of expected) {
          const inBatch = log.inFlight?.some((e) => e.cellId === cellId);
          if (!inBatch) expect(cells.get(cellId), `run ${run}, ${cellId}`).toEqual(value);
        }
        if (log.inFlight) {
          // All of the batch or none of it: a pasted row never lands half.
          const landed = log.inFlight.map((e) => cells.get(e.cellId) === e.value);
          const allLanded = landed.every(Boolean);
          const noneLanded = log.inFlight.every((e) => cells.get(e.cellId) === (expected.has(e.cellId) ? expected.get(e.cellId) : blank[e.cellId]));
          expect(allLanded || noneLanded, `run ${run}: batch ${JSON.stringify(log.inFlight)}`).toBe(true);
          if (allLanded) {
            inFlightLanded++;
            for (const { cellId, value } of log.inFlight) expected.set(cellId, value);
          }
        }
      }
      expect(acknowledged).toBeGreaterThan(KILLS * 3);
      expect(restores).toBeGreaterThan(0);
      console.log(
        `reliability: ${KILLS} kills (${killedDuring.BACKUP} during a backup, ${killedDuring.RESTORE} during a restore), ${acknowledged} acknowledged edits all kept, ` +
          `${inFlightLanded} in-flight edits landed whole, ${restores} restores completed`,
      );
    },
    240_000,
  );
});
