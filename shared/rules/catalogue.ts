/**
 * The rule catalogue of ../shared/spec/rules.md: ids (a contract — never renumber), severities and a
 * short Chinese title for lists and the sign-off sheet.
 */
import type { Severity } from './types.js';

export const RULE_IDS = [
  'R3-1', 'R3-2', 'R3-3', 'R4-1', 'R4-2', 'R4-3', 'V-1', 'S-1',
  'C-1', 'C-2', 'C-3', 'W-1', 'W-2', 'X-1', 'X-2', 'X-3', 'X-4', 'X-5', 'I-1', 'S-2', 'L-1', 'I-2',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: string;
  /** True when the rule needs last year's report. */
  readonly needsLastYear?: boolean;
  /** True when the rule needs the tally of the office's 依申请公开 ledger. */
  readonly needsLedger?: boolean;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'R3-1', severity: 'error', title: '表三各列：本年新收＋上年结转＝办理结果总计＋结转下年度' },
  { id: 'R3-2', severity: 'error', title: '表三各列：（七）总计＝（一）至（六）各项之和' },
  { id: 'R3-3', severity: 'error', title: '表三各行：总计＝自然人至其他六列之和' },
  { id: 'R4-1', severity: 'error', title: '表四行政复议：总计＝维持＋纠正＋其他＋尚未审结' },
  { id: 'R4-2', severity: 'error', title: '表四未经复议直接起诉：总计＝维持＋纠正＋其他＋尚未审结' },
  { id: 'R4-3', severity: 'error', title: '表四复议后起诉：总计＝维持＋纠正＋其他＋尚未审结' },
  { id: 'V-1', severity: 'error', title: '数值有效：件数为非负整数，收费金额为最多6位小数的非负数，无缺项' },
  { id: 'S-1', severity: 'error', title: '报告完整：一、五、六有内容，机关名称、年度、署名、成文日期齐全' },
  { id: 'C-1', severity: 'warning', title: '上年结转与上年度报告“结转下年度继续办理”一致', needsLastYear: true },
  { id: 'C-2', severity: 'warning', title: '现行有效件数＝上年现行有效＋本年制发－本年废止', needsLastYear: true },
  { id: 'C-3', severity: 'warning', title: '本年废止件数不超过上年现行有效＋本年制发', needsLastYear: true },
  { id: 'W-1', severity: 'warning', title: '设区的市以下机关不制定规章，规章行应为0' },
  { id: 'W-2', severity: 'warning', title: '成文日期不晚于法定公开期限' },
  { id: 'X-1', severity: 'warning', title: '正文所述件数与表格一致' },
  { id: 'X-2', severity: 'warning', title: '正文关于行政复议、行政诉讼的表述与表四一致' },
  { id: 'X-3', severity: 'warning', title: '六、其他需要报告的事项写明信息处理费收取情况' },
  { id: 'X-4', severity: 'warning', title: '有逾期未缴费的申请，但正文称未产生处理费或收费通知' },
  { id: 'X-5', severity: 'warning', title: '一、五与上年度报告内容不雷同', needsLastYear: true },
  { id: 'I-1', severity: 'info', title: '收费金额疑似单位或位置填错' },
  { id: 'S-2', severity: 'error', title: '已签发的报告与签发时一致：指纹和数字签名相符' },
  { id: 'L-1', severity: 'warning', title: '表三与依申请公开台账的统计一致', needsLedger: true },
  { id: 'I-2', severity: 'info', title: '表二至表四的数字比上年增大五倍以上或减少到五分之一以下', needsLastYear: true },
];

export const RULE_BY_ID: ReadonlyMap<RuleId, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));
export const severityOf = (id: RuleId): Severity => RULE_BY_ID.get(id)!.severity;
