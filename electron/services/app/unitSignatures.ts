/**
 * The signature of a unit's file in the county's collection, and the keys kept with the roster: a unit's key is
 * trusted under the unit's name (keys.trust, after the clerk compared its short fingerprint over the
 * telephone). A later file of that unit signed with another key must stand out (密钥与上次不同) — against the
 * key trusted for the unit, else against the key of the last validly signed file it sent — and so must a file
 * signed with a key trusted for another unit.
 */
import type Database from 'better-sqlite3';
import { readExchangeText } from '../../../shared/report/exchange.js';
import type { Report } from '../../../shared/report/schema.js';
import { isPublicKey, keyFingerprint, type SignatureStatus } from '../../../shared/report/signature.js';
import type { UnitSignature } from '../../../shared/rollup/contract.js';
import { agencyKey } from '../../../shared/rollup/names.js';
import { earlierReportReceipts } from '../records/rollup.js';
import { listTrustedKeys, type TrustedKeyRow } from '../records/trustedKeys.js';
import { fingerprintMatchesNative, signatureMatchesNative } from '../rollup/fingerprint.js';

/** Earlier files of a unit looked at for the key it signed with before. */
const EARLIER_FILES_LOOKED_AT = 10;

/** The trusted keys by public key, and by the agency key of the unit they were trusted for. */
export interface KeyBook {
  readonly byKey: ReadonlyMap<string, TrustedKeyRow>;
  readonly byUnit: ReadonlyMap<string, readonly TrustedKeyRow[]>;
  readonly ownKey: string | null;
}

export function keyBook(db: Database.Database, ownKey: string | null): KeyBook {
  const byKey = new Map<string, TrustedKeyRow>();
  const byUnit = new Map<string, TrustedKeyRow[]>();
  for (const row of listTrustedKeys(db)) {
    byKey.set(row.public_key, row);
    const unit = agencyKey(row.name);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), row]);
  }
  return { byKey, byUnit, ownKey };
}

/** The key of a report's sign-off when it carries a well-formed one. */
export function signingKeyOf(report: Report | null): string | null {
  const key = report?.signoff?.publicKey;
  return key !== undefined && isPublicKey(key) ? key : null;
}

/** The key a unit signed its last validly signed earlier file with (any year), if any. */
export function previousKeyOf(db: Database.Database, unitKey: string, receiptId: number): string | null {
  for (const row of earlierReportReceipts(db, unitKey, receiptId, EARLIER_FILES_LOOKED_AT)) {
    const read = readExchangeText(row.content);
    if (!read.ok) continue;
    const signoff = read.report.signoff;
    const key = signingKeyOf(read.report);
    if (signoff && key && fingerprintMatchesNative(read.report) && signatureMatchesNative(signoff)) return key;
  }
  return null;
}

/**
 * A received file's signature as the 汇总 screen shows it. `previousKey` is asked for only when the unit has no
 * trusted key (it reads earlier files).
 */
export function unitSignature(book: KeyBook, unitKey: string, status: SignatureStatus, report: Report | null, previousKey: () => string | null): UnitSignature {
  const publicKey = signingKeyOf(report);
  const trusted = publicKey ? (book.byKey.get(publicKey) ?? null) : null;
  return {
    status,
    publicKey,
    keyFingerprint: publicKey ? keyFingerprint(publicKey) : null,
    trustedName: trusted?.name ?? null,
    keyWarning: publicKey && status !== 'invalid' ? keyWarning(book, unitKey, publicKey, trusted, previousKey) : null,
  };
}

function keyWarning(book: KeyBook, unitKey: string, publicKey: string, trusted: TrustedKeyRow | null, previousKey: () => string | null): string | null {
  if (publicKey === book.ownKey) return null;
  if (trusted && agencyKey(trusted.name) !== unitKey) {
    return `签名密钥是已信任的“${trusted.name}”的密钥，不是本单位的密钥：请与两个单位电话核实`;
  }
  if (trusted) return null;
  const known = book.byUnit.get(unitKey) ?? [];
  if (known.length > 0) {
    return `密钥与上次不同：本单位已信任的密钥指纹为 ${known.map((k) => keyFingerprint(k.public_key)).join('、')}，此文件的签名密钥指纹为 ${keyFingerprint(publicKey)}；请与该单位电话核实，确认换了密钥后再信任`;
  }
  const previous = previousKey();
  if (previous && previous !== publicKey) {
    return `密钥与上次不同：此前收到的文件由指纹 ${keyFingerprint(previous)} 的密钥签名，此文件的签名密钥指纹为 ${keyFingerprint(publicKey)}；请与该单位电话核实`;
  }
  return null;
}
