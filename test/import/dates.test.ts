// Dates under a report in every printed shape, including ones that lost characters in extraction.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../shared/import/dates.js';

describe('the date under a report', () => {
  it.each([
    ['2024年1月18日', '2024-01-18'],
    ['2024-01-18', '2024-01-18'],
    ['2024.1.18', '2024-01-18'],
    ['2024/01/18', '2024-01-18'],
    ['二〇二四年一月十八日', '2024-01-18'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['２０２４年１月１８日', '2024-01-18'],
    ['2024年1月18', '2024-01-18'],
    ['20240118', '2024-01-18'],
    ['发布日期：2024-01-18', '2024-01-18'],
  ])('"%s" is %s', (text, iso) => {
    expect(readDate(text, 2023)?.iso).toBe(iso);
  });

  it('"2024118" (characters lost) is read as 18 January and says the reading was a choice', () => {
    const reading = readDate('2024118', 2023);
    expect(reading?.iso).toBe('2024-01-18');
    expect(reading?.assumed).toContain('读作2024年1月18日');
  });

  it.each(['2024年2月30日', '2024年13月1日', '一、总体情况', '2024年度'])('"%s" is no date', (text) => {
    expect(readDate(text, 2023)).toBeNull();
  });
});
