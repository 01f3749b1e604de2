/**
 * Canonical JSON (keys sorted at every level, no whitespace) and the SHA-256 fingerprint of a report without
 * its `signoff`, as report-format.md defines it. @noble/hashes gives a synchronous, audited SHA-256 that runs
 * unchanged in the renderer, main process and CLI (see docs/decisions/0003-sha256-noble-hashes.md).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toExchangeObject } from './exchange.js';
import type { Report } from './schema.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of the report without `signoff`. */
export function reportFingerprint(report: Report): string {
  const { signoff: _signoff, ...unsigned } = toExchangeObject(report);
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(unsigned))));
}

/** True when the report is unsigned, or signed and its content still matches the fingerprint it was signed with. */
export function fingerprintMatches(report: Report): boolean {
  return report.signoff === null || report.signoff.fingerprint === reportFingerprint(report);
}
