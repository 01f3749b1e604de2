/**
 * S-2: a signed report still matches what was signed — its fingerprint and, where it carries one, its
 * signature. Whether the signing key is trusted is not this rule's business (that is the signature status,
 * report/signature.ts): a mismatch here means the report was changed after sign-off.
 */
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';

export const signoffStillMatches: Rule = ({ report, signoffChecks }, findings) => {
  const signoff = report.signoff;
  if (signoff === null) return;
  const computed = signoffChecks.fingerprintOf(report);
  if (signoff.fingerprint !== computed) {
    findings.push({
      rule: 'S-2',
      severity: severityOf('S-2'),
      cells: [],
      message: `此报告已签发，但内容与签发时不符：签发时的指纹为${signoff.fingerprint.slice(0, 16)}…，现在的内容算得${computed.slice(0, 16)}…，签发后被改动过`,
    });
    return;
  }
  if ((signoff.signature !== undefined || signoff.publicKey !== undefined) && !signoffChecks.signatureMatches(signoff)) {
    findings.push({
      rule: 'S-2',
      severity: severityOf('S-2'),
      cells: [],
      message: `此报告的数字签名与签发信息（拟稿 ${signoff.drafter}、审核 ${signoff.reviewer}、签发 ${signoff.approver}、${signoff.signedAt}）不符，签发信息在签名后被改动过`,
    });
  }
};
