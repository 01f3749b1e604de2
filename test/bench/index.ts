/** `npm run bench`: every benchmark of the project, printed with the machine and the method. */
import { benchCheck } from './check.bench.js';
import { benchCliCold } from './cli.bench.js';
import { describeMachine } from './measure.js';

console.log(describeMachine());
console.log('');
console.log('— rules (goal: < 100 µs without last year, < 300 µs with it; one frame is 16,000 µs)');
for (const m of benchCheck()) console.log(`  ${m.line}  → ${(16_000 / m.medianMicros).toFixed(0)}× inside one 16 ms frame`);
console.log('');
console.log('— command line (wall time of the whole process, spawnSync)');
console.log(`  ${benchCliCold()}`);
