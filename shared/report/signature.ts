/**
 * Ed25519 sign-off signatures (@noble/curves, the companion of the @noble/hashes SHA-256 of the fingerprint;
 * docs/decisions/0014). A sign-off signs its fingerprint together with its names and date, so neither the
 * content nor who signed it can change without the signature failing. Verifying is pure: the report, and which
 * public keys this office trusts, give one of four answers (cli.md, `check --json` `signature`):
 * - `verified`: the signature matches and was made with a key the office trusts;
 * - `unknown-key`: the signature matches, but nobody here has confirmed whose key it is;
 * - `invalid`: the content no longer matches the fingerprint, or the signature does not match;
 * - `unsigned`: no sign-off, or a sign-off from before signatures (a fingerprint only).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, reportFingerprint } from './fingerprint.js';
import type { Report, Signoff } from './schema.js';

export const SIGNATURE_STATUSES = ['verified', 'unknown-key', 'invalid', 'unsigned'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** Chinese words for each answer (lists, notes, the CLI's readable output). */
export const SIGNATURE_LABELS: Record<SignatureStatus, string> = {
  verified: '签名有效（已信任的密钥）',
  'unknown-key': '签名有效，但签名密钥未经本机确认',
  invalid: '签名或指纹不符（签发后被改动过）',
  unsigned: '没有数字签名',
};

const HEX_PUBLIC_KEY = /^[0-9a-f]{64}$/;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/;

/** The bytes a sign-off signs: its fingerprint, names and date, as canonical JSON. */
export function signoffMessage(signoff: Pick<Signoff, 'drafter' | 'reviewer' | 'approver' | 'signedAt' | 'fingerprint'>): Uint8Array {
  const { drafter, reviewer, approver, signedAt, fingerprint } = signoff;
  return new TextEncoder().encode(canonicalJson({ purpose: 'nianbao-signoff-v1', drafter, reviewer, approver, signedAt, fingerprint }));
}

export interface KeyPair {
  readonly privateKey: string;
  readonly publicKey: string;
}

export function newKeyPair(): KeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return { privateKey: bytesToHex(secretKey), publicKey: bytesToHex(publicKey) };
}

/** The public key belonging to a private key (both hex). */
export const publicKeyOf = (privateKey: string): string => bytesToHex(ed25519.getPublicKey(hexToBytes(privateKey)));

/** The sign-off with its signature and public key added. */
export function signSignoff(signoff: Signoff, keys: KeyPair): Signoff {
  const signature = bytesToHex(ed25519.sign(signoffMessage(signoff), hexToBytes(keys.privateKey)));
  return { ...signoff, signature, publicKey: keys.publicKey };
}

/** True when the sign-off carries a signature that matches its own public key (whoever that is). */
export function signatureMatches(signoff: Signoff): boolean {
  const { signature, publicKey } = signoff;
  if (signature === undefined || publicKey === undefined) return false;
  if (!HEX_SIGNATURE.test(signature) || !HEX_PUBLIC_KEY.test(publicKey)) return false;
  try {
    return ed25519.verify(hexToBytes(signature), signoffMessage(signoff), hexToBytes(publicKey));
  } catch {
    return false;
  }
}

export const isPublicKey = (text: string): boolean => HEX_PUBLIC_KEY.test(text);

/** How the fingerprint is recomputed and a signature checked (the services pass Node's crypto: same answers). */
export interface SignatureChecks {
  readonly fingerprintOf: (report: Report) => string;
  readonly signatureMatches: (signoff: Signoff) => boolean;
}

const PURE_CHECKS: SignatureChecks = { fingerprintOf: reportFingerprint, signatureMatches };

/** What a report's sign-off proves, given the public keys this office trusts. */
export function verifyReportSignature(report: Report, trusted: ReadonlySet<string>, checks: SignatureChecks = PURE_CHECKS): SignatureStatus {
  const signoff = report.signoff;
  if (signoff === null) return 'unsigned';
  if (signoff.fingerprint !== checks.fingerprintOf(report)) return 'invalid';
  if (signoff.signature === undefined && signoff.publicKey === undefined) return 'unsigned';
  if (!checks.signatureMatches(signoff)) return 'invalid';
  return trusted.has(signoff.publicKey!) ? 'verified' : 'unknown-key';
}

/**
 * A short form of a public key for people to compare over the telephone: the first 80 bits of its SHA-256 as
 * five groups of four characters (e.g. "3f2a-9c01-77de-b410-5e62").
 */
export function keyFingerprint(publicKey: string): string {
  const hex = bytesToHex(sha256(new TextEncoder().encode(publicKey))).slice(0, 20);
  return hex.match(/.{4}/g)!.join('-');
}
