import { describe, expect, it } from 'vitest';
import { paragraphChanges, proseChanges } from '../../shared/report/proseChanges.js';
import { makeReport } from '../support/reports.js';

describe('which prose changed against the records', () => {
  it('nothing when only white space and blank lines differ', () => {
    const report = makeReport();
    const spaced = { ...report, sections: { ...report.sections, overview: `  ${report.sections.overview.replace(/\n/g, '\n\n')}  ` } };
    expect(proseChanges(report, spaced)).toEqual([]);
  });

  it('one paragraph edited, one inserted, one removed — each once, the others untouched', () => {
    expect(paragraphChanges(['甲', '乙', '丙', '丁'], ['甲', '乙改', '丙', '新', '丁'])).toEqual([
      { kind: 'changed', index: 2, before: '乙', after: '乙改' },
      { kind: 'added', index: 4, after: '新' },
    ]);
    expect(paragraphChanges(['甲', '乙', '丙'], ['甲', '丙'])).toEqual([{ kind: 'removed', index: 2, before: '乙' }]);
  });

  it('names the field by its heading (a leader rewrote 五 in Word)', () => {
    const report = makeReport();
    const edited = { ...report, sections: { ...report.sections, problems: '一是栏目更新不够及时。\n下一步将加强培训。' } };
    const changes = proseChanges(report, edited);
    expect(changes.map((c) => c.label)).toEqual(['五、存在的主要问题及改进情况']);
    expect(changes[0]!.changes[0]).toMatchObject({ kind: 'changed', index: 1 });
    expect(changes[0]!.changes[1]).toMatchObject({ kind: 'added', index: 2 });
  });
});
