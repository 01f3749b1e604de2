/** The text helpers under X-1 … X-4: numbers as offices write them, and whose count a sentence gives. */
import { describe, expect, it } from 'vitest';
import {
  hasWiderScope,
  normalizeDigits,
  parseChineseNumeral,
  parseCount,
  quote,
  speaksOfOtherPeriod,
  splitClauses,
} from '../../../shared/rules/prose/sentences.js';

describe('numbers as written in reports', () => {
  it.each([
    ['零', 0], ['〇', 0], ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23],
    ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['两千', 2000], ['两千零一十', 2010],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['两三', '三五', '三零', '十百', '一百五', ''])('refuses %s: a range or not one number', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it('reads Arabic and Chinese counts alike', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('1.5')).toBeUndefined();
  });

  it('turns full-width digits into ASCII without moving any character', () => {
    const text = '受理申请１２件，办结率１００％';
    expect(normalizeDigits(text)).toBe('受理申请12件，办结率100%');
    expect(normalizeDigits(text)).toHaveLength(text.length);
  });

  it('quotes at most 40 characters, without spaces', () => {
    expect(quote('受理 政府信息公开申请 2 件')).toBe('受理政府信息公开申请2件');
    expect(quote('字'.repeat(50))).toHaveLength(40);
  });

  it('splits clauses at commas, semicolons, colons and sentence ends', () => {
    expect(splitClauses('甲，乙；丙。丁：戊').map((c) => c.text)).toEqual(['甲', '乙', '丙', '丁', '戊']);
  });
});

describe('whose count, which year', () => {
  it.each(['全县', '全市', '全区', '全州', '全旗', '全省', '全镇', '各乡镇', '各部门', '各单位', '县直', '市直', '区直', '全系统', '各级', '所属单位', '下属单位', '我县', '我区', '我市'])(
    'takes %s as wider than this agency',
    (word) => {
      expect(hasWiderScope(`${word}共`)).toBe(true);
    },
  );

  it.each(['健全县级政务公开制度', '推进完全市场化改革', '保障安全区域', '全年', '本机关', '社区直接服务', '我县人民政府', '我镇'])(
    'does not take “%s” for a wider scope',
    (text) => {
      expect(hasWiderScope(text)).toBe(false);
    },
  );

  it('tells the reported year from other periods', () => {
    expect(speaksOfOtherPeriod('2023年，本机关', 2023)).toBe(false);
    expect(speaksOfOtherPeriod('2022年，本机关', 2023)).toBe(true);
    expect(speaksOfOtherPeriod('上年', 2023)).toBe(true);
    expect(speaksOfOtherPeriod('去年', 2023)).toBe(true);
    expect(speaksOfOtherPeriod('上年结转1件，本年', 2023)).toBe(false);
    expect(speaksOfOtherPeriod('同比', 2023)).toBe(true);
    expect(speaksOfOtherPeriod('上半年', 2023)).toBe(true);
    expect(speaksOfOtherPeriod('依据国办函〔2020〕109号', 2023)).toBe(false);
  });
});
