/** Damaged exchange files never crash the reader or the rules: each ends in a report or one clear message. */
import { describe, expect, it } from 'vitest';
import { readExchangeText, writeExchangeText } from '../../shared/report/exchange.js';
import { checkReport } from '../../shared/rules/engine.js';
import { seededRandom } from '../support/random.js';
import { seedReport } from '../support/reports.js';

function mutate(text: string, random: () => number): string {
  const at = () => Math.floor(random() * text.length);
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const i = at();
      return text.slice(0, i) + String.fromCharCode(Math.floor(random() * 0x3000)) + text.slice(i + 1);
    }
    case 2: {
      const lines = text.split('\n');
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
    case 3:
      return text.replace(/: (\d+)/, `: ${'9'.repeat(1 + Math.floor(random() * 400))}`);
    case 4:
      return text.replace(/"(\d+)"|: (\d+),/, ': [[[[[[[[[[{}]]]]]]]]]],');
    default: {
      const i = at();
      return text.slice(0, i) + text.slice(i + 1 + Math.floor(random() * 50));
    }
  }
}

describe('exchange reader robustness', () => {
  it('reads 3,000 random mutations of a real report without throwing: a report or one Chinese message', () => {
    const random = seededRandom(49);
    const original = writeExchangeText(seedReport());
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const text = mutate(original, random);
      const read = readExchangeText(text);
      if (read.ok) {
        expect(() => checkReport(read.report, { last: seedReport() })).not.toThrow();
      } else {
        refused++;
        expect(read.message).toMatch(/[\u4e00-\u9fff]/);
        expect(read.message).not.toContain('\n');
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
