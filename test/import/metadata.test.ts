// What a report says about itself: title (agency and year, either order), signature, level.
import { describe, expect, it } from 'vitest';
import { findSignature, findTitle, guessLevel } from '../../shared/import/metadata.js';

describe('report metadata', () => {
  it.each([
    ['巴楚县人民政府2023年政府信息公开工作年度报告', '巴楚县人民政府', 2023],
    ['2023年巴楚县人民政府政府信息公开工作年度报告', '巴楚县人民政府', 2023],
    ['2023年度巴楚县教育局政府信息公开工作年度报告', '巴楚县教育局', 2023],
    ['某镇人民政府二〇二三年政府信息公开工作年度报告', '某镇人民政府', 2023],
  ])('title "%s" names %s and %s', (title, agency, year) => {
    expect(findTitle([[title]], 1)).toMatchObject({ agency, year });
  });

  it('a title split over two lines is found', () => {
    expect(findTitle([['巴楚县人民政府2023年政府信息公开'], ['工作年度报告']], 2)).toMatchObject({ agency: '巴楚县人民政府', year: 2023, rows: 2 });
  });

  it('the signature is the issuer above the date at the end, or both on one line', () => {
    expect(findSignature([['正文。'], ['巴楚县人民政府办公室'], ['2024年1月18日']], 0)).toMatchObject({ issuer: '巴楚县人民政府办公室', date: { iso: '2024-01-18' } });
    expect(findSignature([['正文。'], ['某县教育局 2024年1月20日']], 0)).toMatchObject({ issuer: '某县教育局', date: { iso: '2024-01-20' } });
  });

  it.each([
    ['巴楚县人民政府', 'county'],
    ['某镇人民政府', 'township'],
    ['某街道办事处', 'township'],
    ['巴楚县教育局', 'department'],
    ['新疆维吾尔自治区人民政府', 'city'],
  ])('%s is level %s', (agency, level) => {
    expect(guessLevel(agency)).toBe(level);
  });
});
