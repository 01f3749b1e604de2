import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { canonicalJson, fingerprintMatches, reportFingerprint } from '../../shared/report/fingerprint.js';
import { seedReport, withCells } from '../support/reports.js';

describe('canonical JSON and fingerprint', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: '中', y: null }], c: '1.5' } })).toBe('{"a":{"c":"1.5","d":[2,{"y":null,"z":"中"}]},"b":1}');
  });

  it('is a SHA-256 hex digest that does not depend on key order or on the signoff', () => {
    const report = seedReport();
    const fingerprint = reportFingerprint(report);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { ...report, cells: Object.fromEntries(Object.entries(report.cells).reverse()) };
    expect(reportFingerprint(reordered)).toBe(fingerprint);
    const signed = { ...report, signoff: { drafter: '张三', reviewer: '李四', approver: '王五', signedAt: '2024-01-18', fingerprint } };
    expect(reportFingerprint(signed)).toBe(fingerprint);
    expect(fingerprintMatches(signed)).toBe(true);
  });

  it('changes when one number changes, and a signed report edited afterwards no longer matches', () => {
    const report = seedReport();
    const fingerprint = reportFingerprint(report);
    const edited = withCells(report, { 'applications.received.natural': 3 });
    expect(reportFingerprint(edited)).not.toBe(fingerprint);
    const signoff = { drafter: '张三', reviewer: '李四', approver: '王五', signedAt: '2024-01-18', fingerprint };
    expect(fingerprintMatches({ ...edited, signoff })).toBe(false);
  });

  it('equals SHA-256 of the canonical JSON of the exchange object without signoff (checked with node:crypto)', () => {
    const report = seedReport();
    const { signoff: _ignored, ...unsigned } = JSON.parse(writeExchangeText(report)) as Record<string, unknown>;
    const expected = createHash('sha256').update(canonicalJson(unsigned), 'utf8').digest('hex');
    expect(reportFingerprint(report)).toBe(expected);
  });
});
