/** How long one full check takes: every rule, without and with last year's report. */
import { carryForward } from '../../shared/report/carryForward.js';
import type { Report } from '../../shared/report/schema.js';
import { checkReport } from '../../shared/rules/engine.js';
import { describeMachine, measure, type Measurement } from './measure.js';
import { seededRandom } from '../support/random.js';
import { sampleReport } from './sample-reports.js';

export const REPORTS = 10_000;

export function benchCheck(): Measurement[] {
  const random = seededRandom(2023);
  const reports: Report[] = [];
  const lasts: Report[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const last = sampleReport(random, 2022);
    const report = sampleReport(random, 2023);
    const carried = carryForward(last);
    for (const c of ['natural', 'total']) report.cells[`applications.carriedOver.${c}`] = carried.cells[`applications.carriedOver.${c}`]!;
    lasts.push(last);
    reports.push(report);
  }
  let findings = 0;
  const without = measure(`check one report, every rule, no last year (${REPORTS} reports)`, REPORTS, (i) => {
    findings += checkReport(reports[i]!).length;
  });
  const withLast = measure(`check one report, every rule, with last year (${REPORTS} reports)`, REPORTS, (i) => {
    findings += checkReport(reports[i]!, { last: lasts[i]! }).length;
  });
  if (findings === 0) throw new Error('benchmark reports raised no finding at all: the sample is wrong');
  return [without, withLast];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMachine());
  for (const m of benchCheck()) console.log(m.line);
}
