/** `npm run bench`: every benchmark of the project, printed with the machine and the method. */
import { benchCheck } from './check.bench.js';
import { benchCliCold } from './cli.bench.js';
import { benchImport } from './import.bench.js';
import { describeMachine } from './measure.js';
import { benchPdf } from './pdf.bench.js';
import { benchEdit, benchOpenLarge } from './records.bench.js';

console.log(describeMachine());
console.log('');
console.log('— rules (goal: < 100 µs without last year, < 300 µs with it; one frame is 16,000 µs)');
for (const m of benchCheck()) console.log(`  ${m.line}  → ${(16_000 / m.medianMicros).toFixed(0)}× inside one 16 ms frame`);
console.log('');
console.log('— command line (wall time of the whole process, spawnSync)');
console.log(`  ${benchCliCold()}`);
console.log('');
console.log('— records on real SQLite in a temporary folder (goal: an edit well under 5 ms)');
const edit = await benchEdit();
console.log(`  ${edit.line}  → ${(16_000 / edit.medianMicros).toFixed(1)}× inside one 16 ms frame`);
const large = await benchOpenLarge();
console.log(`  ${large.open.line}`);
console.log(`  ${large.list.line} (${large.reports} reports, database ${(large.bytes / 2 ** 20).toFixed(1)} MiB)`);
console.log('');
console.log('— sign-off PDF (goal: < 300 ms warm; as a cold process faster than LibreOffice converting the template cold)');
for (const line of (await benchPdf()).lines) console.log(`  ${line}`);
console.log('');
console.log('— import of published reports, per input type, in-process after warm-up (goal: text/HTML/DOCX < 50 ms, PDF < 500 ms)');
for (const line of (await benchImport()).lines) console.log(`  ${line}`);
