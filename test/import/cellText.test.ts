// How a printed cell becomes a number: units, separators, full-width digits, placeholders, blanks, nonsense.
import { describe, expect, it } from 'vitest';
import { readCell } from '../../shared/import/cellText.js';

describe('a printed cell read as a number', () => {
  it.each([
    ['3 件', 3],
    ['1,234', 1234],
    ['１２', 12],
    [' 7 ', 7],
    ['3.0', 3],
  ])('count "%s" reads as %s', (text, value) => {
    expect(readCell(text, 'count')).toEqual({ kind: 'number', value });
  });

  it.each(['/', '-', '—', '－', '无'])('"%s" is a placeholder (0 with a note)', (text) => {
    expect(readCell(text, 'count').kind).toBe('placeholder');
  });

  it('an empty cell or &nbsp; is blank', () => {
    expect(readCell('', 'count').kind).toBe('blank');
    expect(readCell('\u00a0', 'count').kind).toBe('blank');
  });

  it.each(['约3', '2.5', '三', 'N/A', '99999999999999999999'])('"%s" is not a count and is left to the person', (text) => {
    expect(readCell(text, 'count').kind).toBe('unparsed');
  });

  it('a fee keeps every decimal exactly and 元 becomes 万元 exactly', () => {
    expect(readCell('1482.5623', 'fee')).toEqual({ kind: 'number', value: '1482.5623' });
    expect(readCell('251000元', 'fee')).toEqual({ kind: 'number', value: '25.1', yuan: true });
    expect(readCell('12.34元', 'fee')).toEqual({ kind: 'number', value: '0.001234', yuan: true });
    expect(readCell('3.5万元', 'fee')).toEqual({ kind: 'number', value: '3.5' });
    expect(readCell('1.1234567', 'fee').kind).toBe('unparsed');
  });

  it('a negative count is kept as printed so the rules can name it (never silently made positive)', () => {
    expect(readCell('-3', 'count')).toEqual({ kind: 'number', value: -3 });
  });
});
