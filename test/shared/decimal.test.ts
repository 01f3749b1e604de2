import { describe, expect, it } from 'vitest';
import { formatFee, parseFee, sumFees } from '../../shared/report/decimal.js';

describe('fee as an exact decimal (万元)', () => {
  it.each([
    ['1482.5623', 1482562300n],
    ['0', 0n],
    ['0.000001', 1n],
    ['12.500000', 12500000n],
    ['99999999999.999999', 99999999999999999n],
  ])('reads %s exactly', (text, micros) => {
    expect(parseFee(text)).toEqual({ ok: true, micros });
  });

  it.each([
    ['1.1234567', 'tooManyDecimals'],
    ['-1', 'negative'],
    ['abc', 'notDecimal'],
    ['1e3', 'notDecimal'],
    ['', 'notDecimal'],
    ['1,234', 'notDecimal'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(parseFee(text)).toMatchObject({ ok: false, reason });
  });

  it('prints canonical decimals without trailing zeros', () => {
    expect(formatFee(1482562300n)).toBe('1482.5623');
    expect(formatFee(12500000n)).toBe('12.5');
    expect(formatFee(0n)).toBe('0');
  });

  it('adds fees without binary rounding (0.1 + 0.2 = 0.3 万元 exactly)', () => {
    expect(sumFees(['0.1', '0.2'])).toBe('0.3');
    expect(sumFees(['1482.5623', '0.000001', '17.4376'])).toBe('1499.999901');
  });
});
