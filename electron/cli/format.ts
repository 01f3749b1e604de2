/** How `nianbao check` prints findings: a readable list, or the JSON of cli.md. */
import type { Report } from '../../shared/report/schema.js';
import { SIGNATURE_LABELS, type SignatureStatus } from '../../shared/report/signature.js';
import { countFindings } from '../../shared/rules/engine.js';
import type { Finding } from '../../shared/rules/types.js';
import { SEVERITY_WORDS, messages } from './messages.js';

export function formatCheckText(report: Report, findings: readonly Finding[], signature?: SignatureStatus): string {
  const { errors, warnings, infos } = countFindings(findings);
  const lines = [report.title, messages.summary(errors, warnings, infos)];
  if (signature !== undefined && report.signoff !== null) lines.push(`签发：${SIGNATURE_LABELS[signature]}`);
  if (findings.length === 0) lines.push(messages.allClear);
  for (const f of findings) lines.push(`[${SEVERITY_WORDS[f.severity]} ${f.rule}] ${f.message}`);
  return `${lines.join('\n')}\n`;
}

export function formatCheckJson(findings: readonly Finding[], signature?: SignatureStatus): string {
  const counts = countFindings(findings);
  return `${JSON.stringify({
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message, ...(f.fields ? { fields: f.fields } : {}) })),
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
    ...(signature !== undefined ? { signature } : {}),
  })}\n`;
}
