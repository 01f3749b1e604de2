/**
 * Channels keys.*: this installation's public key (to give to the office that collects its reports) and the
 * units' keys this office trusts. A key is trusted only by the clerk's act — from a first file, after comparing
 * its short fingerprint with the unit over the telephone, or typed in from what the unit sent — and the act is
 * logged. What that trust is worth is in the README (安全与可靠性).
 */
import type { Keys, SignatureInfo } from '../../../../shared/api.js';
import { keyFingerprint, verifyReportSignature } from '../../../../shared/report/signature.js';
import type { Report } from '../../../../shared/report/schema.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { recordAudit } from '../../records/audit.js';
import { deleteTrustedKey, findTrustedKey, insertTrustedKey, listTrustedKeys } from '../../records/trustedKeys.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

export function keysOf(ws: Workspace): Keys {
  const own = ws.ownKey();
  return {
    own: own.publicKey ? { publicKey: own.publicKey, keyFingerprint: keyFingerprint(own.publicKey) } : null,
    problem: own.problem,
    trusted: listTrustedKeys(ws.db).map((k) => ({
      publicKey: k.public_key,
      keyFingerprint: keyFingerprint(k.public_key),
      name: k.name,
      source: k.source,
      addedBy: k.added_by,
      addedAt: k.added_at,
    })),
  };
}

/** What a report read from a file proves here, with whose key signed it. */
export function signatureInfo(ws: Workspace, report: Report): SignatureInfo {
  const status = verifyReportSignature(report, ws.trustedKeys());
  const publicKey = report.signoff?.publicKey && /^[0-9a-f]{64}$/.test(report.signoff.publicKey) ? report.signoff.publicKey : null;
  return {
    status,
    publicKey,
    keyFingerprint: publicKey ? keyFingerprint(publicKey) : null,
    trustedName: publicKey ? (findTrustedKey(ws.db, publicKey)?.name ?? null) : null,
  };
}

export function keyHandlers(ws: Workspace): Pick<Handlers, 'keys.list' | 'keys.trust' | 'keys.untrust'> {
  return {
    'keys.list': () => keysOf(ws),

    'keys.trust': ({ publicKey, name, source }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        if (publicKey === ws.ownKey().publicKey) refuse('REFUSED', '这是本机自己的密钥，本机签发的报告已自动按它核验，无需再信任。');
        const existing = findTrustedKey(db, publicKey);
        if (existing) refuse('CONFLICT', `这个密钥（指纹 ${keyFingerprint(publicKey)}）已被信任为“${existing.name}”的密钥。`);
        const at = ws.at();
        insertTrustedKey(db, { public_key: publicKey, name, source, added_by: ws.actor(), added_at: at });
        recordAudit(db, {
          at,
          actor: ws.actor(),
          action: 'key.trust',
          target: 'key',
          newValue: publicKey,
          detail: `信任“${name}”的签名密钥（指纹 ${keyFingerprint(publicKey)}，${source === 'file' ? '取自收到的文件' : '手工录入'}）`,
        });
      });
      return keysOf(ws);
    },

    'keys.untrust': ({ publicKey }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        const existing = findTrustedKey(db, publicKey);
        if (!existing || !deleteTrustedKey(db, publicKey)) refuse('NOT_FOUND', '没有这个信任的密钥。');
        recordAudit(db, {
          at: ws.at(),
          actor: ws.actor(),
          action: 'key.untrust',
          target: 'key',
          oldValue: publicKey,
          detail: `不再信任“${existing!.name}”的签名密钥（指纹 ${keyFingerprint(publicKey)}）`,
        });
      });
      return keysOf(ws);
    },
  };
}
