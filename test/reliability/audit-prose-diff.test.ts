/**
 * reliability: the audit log keeps what changed in a prose save, not both whole texts each time — 266 saves of
 * a long section once made a 25 MB log. Short texts are still logged whole.
 */
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proseChange } from '../../electron/services/records/proseDiff.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, type TestServices } from '../support/services.js';

let s: TestServices;
beforeEach(() => (s = openTestServices()));
afterEach(() => s.remove());

describe('reliability: prose in the audit log', () => {
  it('keeps the changed part with context and where it starts', () => {
    const before = `${'甲'.repeat(300)}本年度受理申请2件${'乙'.repeat(300)}`;
    const after = `${'甲'.repeat(300)}本年度受理申请3件${'乙'.repeat(300)}`;
    const change = proseChange(before, after);
    // Twelve characters of context on each side of the one character that changed.
    expect(change.oldValue).toBe(`…${'甲'.repeat(5)}本年度受理申请2件${'乙'.repeat(11)}…`);
    expect(change.newValue).toBe(`…${'甲'.repeat(5)}本年度受理申请3件${'乙'.repeat(11)}…`);
    expect(change.detail).toBe('只记录改动的部分：第308字起，原文609字，改后609字');
    expect(proseChange('短', '短文')).toEqual({ oldValue: '短', newValue: '短文', detail: null });
  });

  it('reliability: 266 saves of a 20,000-character section keep the log small, each line saying what changed', async () => {
    const { detail } = await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) });
    const reportId = detail.summary.id;
    let text = '本机关高度重视政府信息公开工作。'.repeat(1250); // 20,000 characters
    for (let i = 0; i < 266; i++) {
      text = `${text.slice(0, 10_000)}${i % 10}${text.slice(10_001)}`;
      await s.call('reports.editField', { reportId, field: 'sections.overview', value: text });
    }
    const history = await s.call('audit.history', { reportId, target: 'sections.overview', limit: 5000 });
    expect(history.length).toBeGreaterThanOrEqual(260);
    // The first save replaced the whole section (that change is the whole text); every later one is a few characters.
    const small = history.filter((entry) => (entry.oldValue ?? '').length + (entry.newValue ?? '').length < 80);
    expect(small.length).toBeGreaterThanOrEqual(history.length - 1);
    expect(small[0]!.detail).toMatch(/^只记录改动的部分：第10001字起/);
    s.close();
    // Whole texts would be 266 × 2 × 20,000 characters × 3 bytes ≈ 32 MB.
    expect(statSync(s.databasePath).size).toBeLessThan(4 * 1024 * 1024);
    s.reopen();
  }, 60_000);
});
