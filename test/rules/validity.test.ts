import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support/findings.js';
import { seedReport, withCells } from '../support/reports.js';

describe('V-1: every value is a usable number', () => {
  it('passes the real 2023 figures, fee 1482.5623 万元 included', () => {
    expect(findingsOf(seedReport(), 'V-1')).toEqual([]);
  });

  it.each([
    ['a missing count', 'active.licensing.decisions', null, '二、行政许可「本年处理决定数量」缺少数据（应填件数，没有的填0）'],
    ['a negative count', 'applications.granted.natural', -1, '三、（一）予以公开「自然人」为-1，件数不能为负数'],
    ['a count of 2.5', 'appeals.review.pending', 2.5, '四、行政复议「尚未审结」为2.5，件数应为整数，不能有小数'],
    ['a count written as text', 'applications.received.research', '2', '三、一、本年新收申请「科研机构」填的是文字“2”，应为不小于0的整数'],
    ['a count beyond exact integers', 'active.penalties.decisions', 2 ** 60, '二、行政处罚「本年处理决定数量」为1152921504606847000，数值过大，请核对'],
    ['a fee with 7 decimals', 'active.fees.amount', '1.1234567', '二、行政事业性收费「本年收费金额（单位：万元）」为“1.1234567”，有7位小数；以万元为单位最多保留6位小数（精确到分）'],
    ['a negative fee', 'active.fees.amount', '-3', '二、行政事业性收费「本年收费金额（单位：万元）」为“-3”，收费金额不能为负数'],
    ['a fee that is not a number', 'active.fees.amount', '二百万', '二、行政事业性收费「本年收费金额（单位：万元）」为“二百万”，不是有效的金额（以万元为单位的数字，如“1482.5623”）'],
    ['a fee as a binary float', 'active.fees.amount', 1482.5623, '二、行政事业性收费「本年收费金额（单位：万元）」为数字1482.5623，收费金额须保存为十进制文字（如“1482.5623”），以免二进制小数造成误差'],
    ['a missing fee', 'active.fees.amount', null, '二、行政事业性收费「本年收费金额（单位：万元）」缺少数据（应填金额，没有的填0）'],
  ])('flags %s in its cell with the printed labels', (_what, cell, value, message) => {
    expect(findingsOf(withCells(seedReport(), { [cell]: value }), 'V-1')).toEqual([
      { rule: 'V-1', severity: 'error', cells: [cell], message },
    ]);
  });

  it('accepts a fee with exactly 6 decimals (exact to the fen)', () => {
    expect(findingsOf(withCells(seedReport(), { 'active.fees.amount': '0.000001' }), 'V-1')).toEqual([]);
  });

  it('reports every missing cell of a report with no cells at all', () => {
    const report = seedReport();
    const empty = { ...report, cells: Object.fromEntries(Object.keys(report.cells).map((id) => [id, null])) };
    expect(findingsOf(empty, 'V-1')).toHaveLength(200);
  });
});
