/**
 * The fingerprint and signature checks of shared/report with Node's native crypto: the same canonical JSON and
 * hex digest (SHA-256), the same signed message (Ed25519, OpenSSL). The pure-JS ones are most of the CPU of a
 * province's roll-up of 10,000 units (an Ed25519 verify in JS takes about a millisecond); the renderer keeps them.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { toExchangeObject } from '../../../shared/report/exchange.js';
import { canonicalJson } from '../../../shared/report/fingerprint.js';
import type { Report, Signoff } from '../../../shared/report/schema.js';
import { signoffMessage } from '../../../shared/report/signature.js';
import type { UnitCheckOptions } from '../../../shared/rollup/rollup.js';
import { checkReport } from '../../../shared/rules/engine.js';
import type { Finding, SignoffChecks } from '../../../shared/rules/types.js';

export function fingerprintOfNative(report: Report): string {
  const { signoff: _signoff, ...unsigned } = toExchangeObject(report);
  return createHash('sha256').update(canonicalJson(unsigned)).digest('hex');
}

export function fingerprintMatchesNative(report: Report): boolean {
  return report.signoff === null || fingerprintOfNative(report) === report.signoff.fingerprint;
}

export function signatureMatchesNative(signoff: Signoff): boolean {
  const { signature, publicKey } = signoff;
  if (signature === undefined || publicKey === undefined) return false;
  if (!/^[0-9a-f]{128}$/.test(signature) || !/^[0-9a-f]{64}$/.test(publicKey)) return false;
  try {
    // The 32 raw bytes as a JWK (RFC 8037): the same key as DER SubjectPublicKeyInfo, but OpenSSL imports it
    // about ten times faster (15 µs against 180 µs here) — a tenth of a 10,000-unit roll-up.
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'hex').toString('base64url') }, format: 'jwk' });
    return verify(null, signoffMessage(signoff), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

/** For checkReport's S-2 in the services and the CLI. */
export const NATIVE_SIGNOFF_CHECKS: SignoffChecks = { fingerprintOf: fingerprintOfNative, signatureMatches: signatureMatchesNative };

/** Every rule of a unit's report, S-2 with the native checks (the roll-up's and the batch check's). */
export const checkNative = (report: Report): Finding[] => checkReport(report, { signoffChecks: NATIVE_SIGNOFF_CHECKS });

/**
 * What digesting a roll-up's units needs, with Node's crypto: the rules (S-2 included), the fingerprint and the
 * signature, each report hashed and each signature verified once (remembered by object while the reports are
 * read, never changed), checked against the keys the office trusts.
 */
export function nativeUnitChecks(trusted: ReadonlySet<string>): UnitCheckOptions {
  const fingerprints = new WeakMap<Report, string>();
  const signatures = new WeakMap<Signoff, boolean>();
  const signatureChecks: SignoffChecks = {
    fingerprintOf: (report) => {
      let fingerprint = fingerprints.get(report);
      if (fingerprint === undefined) fingerprints.set(report, (fingerprint = fingerprintOfNative(report)));
      return fingerprint;
    },
    signatureMatches: (signoff) => {
      let matches = signatures.get(signoff);
      if (matches === undefined) signatures.set(signoff, (matches = signatureMatchesNative(signoff)));
      return matches;
    },
  };
  return { trusted, signatureChecks, check: (report) => checkReport(report, { signoffChecks: signatureChecks }) };
}
