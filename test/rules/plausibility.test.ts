import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support/findings.js';
import { makeReport, seedReport, withCells } from '../support/reports.js';

describe('W-1: only 设区的市 and above make 规章', () => {
  it('flags a county report with a non-zero 规章 cell, naming those cells', () => {
    const report = withCells(seedReport(), { 'active.regulations.issued': 1, 'active.regulations.inForce': 1 });
    expect(findingsOf(report, 'W-1')).toEqual([
      {
        rule: 'W-1',
        severity: 'warning',
        cells: ['active.regulations.issued', 'active.regulations.inForce'],
        message: '二、规章行填有本年制发件数1、现行有效件数1，但县级人民政府（县、县级市、市辖区）不制定规章（只有设区的市及以上人民政府可以制定规章）；规范性文件应填在“行政规范性文件”行',
      },
    ]);
  });

  it.each(['department', 'township'] as const)('flags a %s report too', (level) => {
    expect(findingsOf(makeReport({ level }, { 'active.regulations.repealed': 2 }), 'W-1').map((f) => f.cells)).toEqual([['active.regulations.repealed']]);
  });

  it('accepts 规章 in a city report and 0/0/0 anywhere', () => {
    expect(findingsOf(makeReport({ level: 'city' }, { 'active.regulations.issued': 3, 'active.regulations.inForce': 50 }), 'W-1')).toEqual([]);
    expect(findingsOf(seedReport(), 'W-1')).toEqual([]);
  });
});

describe('W-2: dated by the legal deadline', () => {
  it.each([
    ['county', '2024-03-31', false],
    ['county', '2024-04-01', true],
    ['city', '2024-03-31', false],
    ['department', '2024-01-31', false],
    ['department', '2024-02-01', true],
    ['township', '2024-02-20', true],
  ] as const)('%s report dated %s → warning %s', (level, date, fires) => {
    expect(findingsOf(makeReport({ level, date }), 'W-2')).toHaveLength(fires ? 1 : 0);
  });

  it('names both dates in Chinese', () => {
    expect(findingsOf(makeReport({ date: '2024-04-02' }), 'W-2')).toEqual([
      { rule: 'W-2', severity: 'warning', cells: [], fields: ['date'], message: '成文日期2024年4月2日晚于县级人民政府年度报告的公开期限2024年3月31日' },
    ]);
  });

  it('uses a local deadline when one is configured (e.g. a city that wants county reports by 15 Feb)', () => {
    const report = makeReport({ date: '2024-02-20' });
    expect(findingsOf(report, 'W-2')).toEqual([]);
    expect(findingsOf(report, 'W-2', { deadlines: { county: { month: 2, day: 15 } } })[0]!.message).toContain('2024年2月15日');
  });
});

describe('I-1: the fee looks wrong', () => {
  it('is silent for the real county figure 1482.5623 万元', () => {
    expect(findingsOf(seedReport(), 'I-1')).toEqual([]);
  });

  it('hints that the same figure typed in 元 (14825623) was meant in 万元', () => {
    expect(findingsOf(withCells(seedReport(), { 'active.fees.amount': '14825623' }), 'I-1')).toEqual([
      {
        rule: 'I-1',
        severity: 'info',
        cells: ['active.fees.amount'],
        message: '二、行政事业性收费为14825623万元（即148256230000元），对县级人民政府（县、县级市、市辖区）而言过大，疑似按“元”填报；本栏单位为万元（按元填报时应为1482.5623万元左右）',
      },
    ]);
  });

  it('uses the level: 20000 万元 is plausible for a county but not for a township', () => {
    expect(findingsOf(withCells(seedReport(), { 'active.fees.amount': '20000' }), 'I-1')).toEqual([]);
    expect(findingsOf(makeReport({ level: 'township' }, { 'active.fees.amount': '20000' }), 'I-1')).toHaveLength(1);
  });

  it('hints at a count pasted into the fee (fee equal to 行政强制 8376)', () => {
    expect(findingsOf(withCells(seedReport(), { 'active.fees.amount': '8376' }), 'I-1')).toEqual([
      {
        rule: 'I-1',
        severity: 'info',
        cells: ['active.fees.amount', 'active.enforcement.decisions'],
        message: '二、行政事业性收费金额（8376万元）与行政强制本年处理决定数量（8376）相同，疑似粘贴错位，请核对',
      },
    ]);
  });
});
