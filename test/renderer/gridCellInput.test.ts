import { describe, expect, it } from 'vitest';
import { API } from '../../shared/api.js';
import type { CellValue } from '../../shared/report/schema.js';
import { MAX_CELL_TEXT, countFromText, displayValue, feeFromText, valueFromText } from '../../renderer/src/editor/grid/cellInput.js';
import { findingsOf } from '../support/findings.js';
import { seedReport, withCells } from '../support/reports.js';

const COUNT = 'applications.received.natural';
const FEE = 'active.fees.amount';
const v1Messages = (cellId: string, value: CellValue): string[] =>
  findingsOf(withCells(seedReport(), { [cellId]: value }), 'V-1').map((f) => f.message);

describe('typing a count', () => {
  it('reads plain, spaced, full-width and thousands-grouped numbers as the number', () => {
    expect(countFromText('12')).toBe(12);
    expect(countFromText(' 12 ')).toBe(12);
    expect(countFromText('\u300012\u3000')).toBe(12); // ideographic spaces
    expect(countFromText('１２３')).toBe(123);
    expect(countFromText('1,234')).toBe(1234);
    expect(countFromText('1，234')).toBe(1234);
    expect(countFromText('229,909')).toBe(229909);
    expect(countFromText('1,234,567')).toBe(1234567);
    expect(countFromText('0')).toBe(0);
    expect(countFromText('007')).toBe(7);
    expect(countFromText('12\n')).toBe(12); // a cell copied with its line break
  });

  it('clears the cell when the text is empty or only spaces', () => {
    expect(countFromText('')).toBeNull();
    expect(countFromText('   ')).toBeNull();
    expect(countFromText('\u3000')).toBeNull();
  });

  it('keeps a negative or fractional count as that number, so V-1 says exactly what is wrong with it', () => {
    expect(countFromText('-1')).toBe(-1);
    expect(countFromText('－１')).toBe(-1);
    expect(countFromText('2.5')).toBe(2.5);
    expect(countFromText('-0')).toBe(0);
    expect(v1Messages(COUNT, countFromText('-1'))).toEqual(['三、一、本年新收申请「自然人」为-1，件数不能为负数']);
    expect(v1Messages(COUNT, countFromText('2.5'))).toEqual(['三、一、本年新收申请「自然人」为2.5，件数应为整数，不能有小数']);
  });

  it('never guesses a number out of text: "12件", "1,2", "+5", "1 234", "1e3" stay text and V-1 flags them', () => {
    for (const text of ['12件', '1,2', '12,34', '+5', '1 234', '1e3', '—', '/', '无', 'NaN', '0x10']) {
      const value = countFromText(text);
      expect(value).toBe(text);
      expect(v1Messages(COUNT, value)).toHaveLength(1);
    }
    expect(countFromText(' 12件 ')).toBe('12件');
    expect(v1Messages(COUNT, countFromText('12件'))).toEqual(['三、一、本年新收申请「自然人」填的是文字“12件”，应为不小于0的整数']);
  });

  it('keeps a number too large to hold exactly as the digits typed, not a rounded number', () => {
    expect(countFromText('12345678901234567890')).toBe('12345678901234567890');
    expect(countFromText(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('typing the fee (万元)', () => {
  it('keeps the decimal exactly as typed, as text, never as a binary number', () => {
    expect(feeFromText('1482.5623')).toBe('1482.5623');
    expect(feeFromText(' 1482.5623 ')).toBe('1482.5623');
    expect(feeFromText('12.50')).toBe('12.50');
    expect(feeFromText('0')).toBe('0');
    expect(feeFromText('０．５')).toBe('0.5');
    expect(feeFromText('１，４８２．５６')).toBe('1482.56');
    expect(feeFromText('1,482.5623')).toBe('1482.5623');
    expect(feeFromText('')).toBeNull();
    expect(v1Messages(FEE, feeFromText('1,482.5623'))).toEqual([]);
  });

  it('passes a fee V-1 rejects through unchanged so the clerk sees why (7 decimals, negative, 万元 typed)', () => {
    expect(feeFromText('1.1234567')).toBe('1.1234567');
    expect(v1Messages(FEE, '1.1234567')[0]).toContain('有7位小数');
    expect(feeFromText('-3')).toBe('-3');
    expect(v1Messages(FEE, '-3')[0]).toContain('不能为负数');
    expect(feeFromText('12万元')).toBe('12万元');
    expect(v1Messages(FEE, '12万元')[0]).toContain('不是有效的金额');
  });

  it('reads by the kind of cell: the fee as text, every other cell as a count', () => {
    expect(valueFromText(FEE, '12')).toBe('12');
    expect(valueFromText(COUNT, '12')).toBe(12);
    expect(valueFromText('appeals.review.total', '３')).toBe(3);
  });
});

describe('what is sent always fits the contract', () => {
  it('cuts text longer than reports.editCells accepts, which is text and flagged either way', () => {
    const long = '这是一段很长的说明文字'.repeat(10);
    const value = valueFromText(COUNT, long);
    expect(value).toBe(long.slice(0, MAX_CELL_TEXT));
    for (const [cellId, text] of [[COUNT, long], [FEE, long], [COUNT, '12件'], [COUNT, '2.5'], [FEE, '1.1234567'], [COUNT, '']] as const) {
      const edit = { cellId, value: valueFromText(cellId, text) };
      expect(API['reports.editCells'].input.safeParse({ reportId: 1, edits: [edit] }).success).toBe(true);
    }
  });
});

describe('showing a stored value', () => {
  it('shows numbers as printed, text as it is and nothing for a missing value', () => {
    expect(displayValue(229909)).toBe('229909');
    expect(displayValue(0)).toBe('0');
    expect(displayValue(-0)).toBe('0');
    expect(displayValue(2.5)).toBe('2.5');
    expect(displayValue('1482.5623')).toBe('1482.5623');
    expect(displayValue('12件')).toBe('12件');
    expect(displayValue(null)).toBe('');
    expect(displayValue(undefined)).toBe('');
  });

  it('reads back every shown value of the real 2023 report as the same value (editing without a change changes nothing)', () => {
    for (const [cellId, value] of Object.entries(seedReport().cells)) expect(valueFromText(cellId, displayValue(value))).toEqual(value);
  });
});
