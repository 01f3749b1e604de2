/** How `nianbao rollup` prints the roll-up for people: counts, the main sums, every unit, what is missing. */
import { CELL_BY_ID, FEE_CELL_ID } from '../../shared/catalogue/cells.js';
import type { SignatureStatus } from '../../shared/report/signature.js';
import type { Rollup, RollupUnit } from '../../shared/rollup/schema.js';

/** The sums a county office reads first (every sum is in the JSON and the .xlsx). */
const MAIN_SUMS = [
  'active.normativeDocuments.issued',
  'active.licensing.decisions',
  'active.penalties.decisions',
  FEE_CELL_ID,
  'applications.received.total',
  'applications.carriedOver.total',
  'applications.granted.total',
  'applications.carriedForward.total',
  'appeals.review.total',
  'appeals.litigationDirect.total',
  'appeals.litigationAfterReview.total',
];

const STATUS_WORDS: Record<RollupUnit['status'], string> = { signed: '已签发', draft: '草稿', published: '已公开', rollup: '汇总' };
/** The short words of the summary (SIGNATURE_LABELS says each at length). */
export const SIGNATURE_SHORT_WORDS: Record<SignatureStatus, string> = { verified: '已验证', 'unknown-key': '密钥未确认', invalid: '签名不符', unsigned: '无签名' };
const NOT_VERIFIED: { status: Exclude<SignatureStatus, 'verified'>; heading: string }[] = [
  { status: 'invalid', heading: '签名不符（签发后被改动过或签名是伪造的，未计入）' },
  { status: 'unknown-key', heading: '密钥未确认（签名有效，但签名密钥不在 --trust 给出的密钥中）' },
  { status: 'unsigned', heading: '无签名（草稿、旧版本签发只有指纹，或下级的汇总文件）' },
];

function signatureCounts(units: readonly RollupUnit[]): Record<SignatureStatus, RollupUnit[]> {
  const by: Record<SignatureStatus, RollupUnit[]> = { verified: [], 'unknown-key': [], invalid: [], unsigned: [] };
  for (const u of units) by[u.signature ?? 'unsigned'].push(u);
  return by;
}

export function formatRollupText(rollup: Rollup): string {
  const counted = rollup.units.filter((u) => u.counted);
  // Changed after signing: the content (fingerprint) or the names and date (signature).
  const mismatched = rollup.units.filter((u) => u.fingerprint === 'mismatch' || u.signature === 'invalid');
  const signatures = signatureCounts(rollup.units);
  const lines = [
    `${rollup.year}年度政府信息公开工作年度报告汇总${rollup.agency ? `（${rollup.agency}）` : ''}`,
    `计入${counted.length}个单位（读取${rollup.units.length}个文件），未报送${rollup.missing.length}个，重复${rollup.duplicates.length}处，` +
      `签发后被改动${mismatched.length}个，无法使用${rollup.unusable.length}个文件`,
    `数字签名：${(['verified', 'unknown-key', 'invalid', 'unsigned'] as const).map((s) => `${SIGNATURE_SHORT_WORDS[s]}${signatures[s].length}个`).join('，')}`,
    '',
    '主要合计：',
    ...MAIN_SUMS.map((id) => `  ${CELL_BY_ID.get(id)!.reference}：${String(rollup.cells[id])}`),
    '',
    '单位：',
    ...rollup.units.map(
      (u) =>
        `  ${u.counted ? '计入  ' : '未计入'} [${STATUS_WORDS[u.status]}${u.fingerprint === 'mismatch' ? '·指纹不符' : ''}${u.signature ? `·${SIGNATURE_SHORT_WORDS[u.signature]}` : ''}] ${u.agency}  ` +
        `错误${u.errors} 警告${u.warnings}  ${u.file}${u.note ? `\n         ${u.note}` : ''}`,
    ),
  ];
  const notVerified = NOT_VERIFIED.filter((n) => signatures[n.status].length > 0);
  if (notVerified.length > 0) {
    lines.push('', '数字签名未验证的单位：');
    for (const n of notVerified) lines.push(`  ${n.heading}：${signatures[n.status].map((u) => u.agency).join('、')}`);
  }
  if (rollup.missing.length > 0) lines.push('', `未报送（名单中有、未收到报告）：${rollup.missing.join('、')}`);
  if (rollup.notOnRoster && rollup.notOnRoster.length > 0) lines.push('', `不在名单中的单位（名称是否写错？）：${rollup.notOnRoster.join('、')}`);
  if (rollup.duplicates.length > 0) {
    lines.push('', '同一单位有多份文件：');
    for (const d of rollup.duplicates) lines.push(`  ${d.agency}：计入“${d.counted || '（无可计入的文件）'}”，共${d.files.length}份：${d.files.join('、')}`);
  }
  if (rollup.unusable.length > 0) {
    lines.push('', '无法使用的文件：');
    for (const u of rollup.unusable) lines.push(`  ${u.message}`);
  }
  return `${lines.join('\n')}\n`;
}
