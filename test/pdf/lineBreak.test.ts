/** Line breaking on its own: the 禁则 a clerk would notice, with every character one em wide. */
import { describe, expect, it } from 'vitest';
import { breakLines, lineText, type Run } from '../../electron/services/pdf/lineBreak.js';

const em = (text: string): number => Array.from(text).length * 10;
const lines = (text: string, chars: number, firstIndent = 0): string[] =>
  breakLines<'r'>([{ text, style: 'r' }], (i) => (chars - (i === 0 ? firstIndent : 0)) * 10, (t) => em(t)).map(lineText);

describe('禁则', () => {
  it('a comma that would start the next line takes the last character of this line with it', () => {
    // Five to a line: greedy filling would give "一二三四五" / "，六七".
    expect(lines('一二三四五，六七', 5)).toEqual(['一二三四', '五，六七']);
  });

  it('two closing marks in a row (。”) both stay off the start of a line', () => {
    expect(lines('甲乙丙丁“戊。”己庚', 6)).toEqual(['甲乙丙丁', '“戊。”己庚']);
  });

  it('an opening mark never ends a line: 《 moves down with its title', () => {
    expect(lines('执行办法《条例》规定', 5)).toEqual(['执行办法', '《条例》规', '定']);
  });

  it('no line of a long mixed paragraph starts with a closing mark or ends with an opening one', () => {
    const text = Array.from({ length: 60 }, (_, i) => `${'政务公开'.slice(0, i % 4)}第${i}项，“要求”（说明）；落实。`).join('');
    for (const width of [7, 11, 13, 17, 28]) {
      const broken = lines(text, width, 2);
      expect(broken.join('')).toBe(text);
      for (const line of broken.slice(1)) expect('，。、；：？！）」》”’'.includes(line[0]!), `${width}: ${line}`).toBe(false);
      for (const line of broken) expect('（「《“‘'.includes(line.at(-1)!), `${width}: ${line}`).toBe(false);
      broken.forEach((line, i) => expect(em(line), line).toBeLessThanOrEqual((width - (i === 0 ? 2 : 0)) * 10));
    }
  });

  it('numbers and Latin words stay whole: 1482.5623 is never split', () => {
    expect(lines('收费金额为1482.5623万元', 10)).toEqual(['收费金额为', '1482.5623万', '元']);
  });

  it('a string longer than the line (a fingerprint) is broken by characters rather than run off the page', () => {
    const hex = 'ab'.repeat(20);
    const broken = lines(hex, 16);
    expect(broken.join('')).toBe(hex);
    expect(broken.every((l) => l.length <= 16)).toBe(true);
  });

  it('keeps the styles of runs (a bold sub-heading, then regular text)', () => {
    const runs: Run<'b' | 'r'>[] = [{ text: '（一）主动公开。', style: 'b' }, { text: '本机关做好公开。', style: 'r' }];
    const broken = breakLines(runs, () => 100, (t) => em(t));
    expect(broken[0]!.runs).toEqual([{ text: '（一）主动公开。', style: 'b' }, { text: '本机', style: 'r' }]);
  });
});
