import { describe, expect, it } from 'vitest';
import { applicantTypeOf, extendedOf, readLedgerDate, resultOf } from '../../shared/ledger/index.js';

describe('dates as offices type them in a ledger', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['２０２４．３．５', '2024-03-05'],
    ['2024-3-5 14:30', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'], // an Excel day number that lost its format
  ])('%s is %s', (text, iso) => expect(readLedgerDate(text)).toBe(iso));

  it.each(['', '3月5日', '2024年3月', '2024-02-30', '待定', '2024-13-01', '12345'])('%s is not a date', (text) =>
    expect(readLedgerDate(text)).toBeNull(),
  );
});

describe('applicant types and results in office words', () => {
  it('maps the applicant types to the six columns', () => {
    expect(applicantTypeOf('自然人')).toBe('natural');
    expect(applicantTypeOf('法人或其他组织（商业企业）')).toBe('commercial');
    expect(applicantTypeOf('某某律师事务所')).toBe('legalService');
    expect(applicantTypeOf('其他')).toBe('otherOrg');
    expect(applicantTypeOf('法人或其他组织')).toBeNull(); // which of the five is not said
    expect(applicantTypeOf('外星人')).toBeNull();
  });

  it('maps results with their reasons, from one column or two', () => {
    expect(resultOf('不予公开', '属于国家秘密')).toEqual({ kind: 'result', row: 'withheld.stateSecret' });
    expect(resultOf('无法提供（本机关不掌握相关政府信息）')).toEqual({ kind: 'result', row: 'unavailable.notHeld' });
    expect(resultOf('部分公开')).toEqual({ kind: 'result', row: 'partlyGranted' });
    expect(resultOf('经确认，信息不存在')).toEqual({ kind: 'result', row: 'unavailable.notHeld' });
    expect(resultOf('办理中')).toEqual({ kind: 'pending' });
    expect(resultOf('')).toEqual({ kind: 'pending' });
  });

  it('does not guess: a category without its reason, or a reason of another category, is unmapped', () => {
    expect(resultOf('不予公开').kind).toBe('unmapped');
    expect(resultOf('不予公开（信访举报）').kind).toBe('unmapped');
    expect(resultOf('已处理').kind).toBe('unmapped');
  });

  it('reads whether the time limit was extended', () => {
    expect(extendedOf('是')).toBe(true);
    expect(extendedOf('√')).toBe(true);
    expect(extendedOf('')).toBe(false);
    expect(extendedOf('否')).toBe(false);
    expect(extendedOf('也许')).toBeNull();
  });
});
