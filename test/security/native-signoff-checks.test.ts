// The roll-up and the batch check verify sign-offs with Node's crypto (fast); everything else with @noble (pure).
// Both must give the same answer on every sign-off, good or tampered, or a unit would count in one and not the other.
import { describe, expect, it } from 'vitest';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report, Signoff } from '../../shared/report/schema.js';
import { newKeyPair, signatureMatches, signSignoff } from '../../shared/report/signature.js';
import { checkReport } from '../../shared/rules/engine.js';
import { fingerprintOfNative, NATIVE_SIGNOFF_CHECKS, signatureMatchesNative } from '../../electron/services/rollup/fingerprint.js';
import { seedReport, withCells } from '../support/reports.js';

function signed(report: Report): Report {
  const signoff: Signoff = { drafter: '张三', reviewer: '李四', approver: '王五', signedAt: '2024-01-20', fingerprint: reportFingerprint(report) };
  return { ...report, signoff: signSignoff(signoff, newKeyPair()) };
}

const flip = (hex: string, at: number): string => hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);

describe('security: native sign-off checks answer as the pure ones', () => {
  const good = signed(seedReport());
  const s = good.signoff!;
  const cases: Array<[string, Signoff]> = [
    ['a good signature', s],
    ['names changed after signing', { ...s, approver: '赵六' }],
    ['date changed after signing', { ...s, signedAt: '2024-01-21' }],
    ['one bit of the signature changed', { ...s, signature: flip(s.signature!, 10) }],
    ['another office’s key put in', { ...s, publicKey: newKeyPair().publicKey }],
    ['a signature that is not hex', { ...s, signature: 'zz'.repeat(64) }],
    ['a key of the wrong length', { ...s, publicKey: s.publicKey!.slice(2) }],
    ['no signature at all (before signatures)', { drafter: s.drafter, reviewer: s.reviewer, approver: s.approver, signedAt: s.signedAt, fingerprint: s.fingerprint }],
  ];
  it.each(cases)('%s', (_name, signoff) => {
    expect(signatureMatchesNative(signoff)).toBe(signatureMatches(signoff));
  });

  it('a good signature is verified natively (the cases above are not all refusals)', () => {
    expect(signatureMatchesNative(s)).toBe(true);
  });

  it('the fingerprint is the same digest, and S-2 says the same with either, on a report changed after signing', () => {
    expect(fingerprintOfNative(good)).toBe(reportFingerprint(good));
    const changed = withCells(good, { 'applications.received.natural': 99 });
    expect(fingerprintOfNative(changed)).toBe(reportFingerprint(changed));
    const pure = checkReport(changed).filter((f) => f.rule === 'S-2');
    expect(pure).toHaveLength(1);
    expect(checkReport(changed, { signoffChecks: NATIVE_SIGNOFF_CHECKS }).filter((f) => f.rule === 'S-2')).toEqual(pure);
    const renamed = { ...good, signoff: { ...s, approver: '赵六' } };
    expect(checkReport(renamed, { signoffChecks: NATIVE_SIGNOFF_CHECKS }).map((f) => f.rule)).toEqual(checkReport(renamed).map((f) => f.rule));
    expect(checkReport(renamed).some((f) => f.rule === 'S-2')).toBe(true);
  });
});
