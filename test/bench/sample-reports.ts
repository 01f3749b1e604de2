/**
 * Varied, realistic reports for benchmarks: consistent figures drawn from a seeded generator (so every run
 * measures the same work), prose of realistic length, and one report in ten carrying a typo.
 */
import { APPLICANT_PART_COLUMNS, RESULT_ROW_KEYS } from '../../shared/catalogue/cells.js';
import { blankReport } from '../../shared/report/blank.js';
import type { Report } from '../../shared/report/schema.js';

const OVERVIEW_PARAGRAPHS = [
  '（一）主动公开。本机关坚持以公开为常态、不公开为例外，围绕预决算、重大项目、行政执法和民生保障等重点领域及时发布信息，全年在门户网站发布各类政府信息{n}条，更新政策文件栏目和机构职能栏目，做好政策解读和回应关切。',
  '（二）依申请公开。本机关规范受理、登记、审核、答复和归档流程，{year}年受理政府信息公开申请{received}件，均在法定期限内答复，答复文书统一使用标准文本，并与申请人充分沟通，未引起行政诉讼或复议。',
  '（三）政府信息管理。严格执行发布前保密审查和三级审核制度，对历年发布的规范性文件进行清理并集中公开，动态调整主动公开目录，确保信息准确、完整、及时。',
  '（四）平台建设。门户网站运行平稳，完成安全等级保护测评整改，优化政务公开专栏和政策文件库，推进网站与政务新媒体信息同步发布。',
  '（五）监督保障。将政务公开纳入年度绩效考核，定期开展网站和新媒体检查，通报问题并督促整改，组织业务培训两次，全年未发生因公开不当引起的责任追究。',
];
const PROBLEMS =
  '一是部分栏目信息更新不够及时，基层单位的公开质量参差不齐；二是政策解读以文字为主，图解、视频等形式运用不多；三是依申请公开答复的说理还需加强。' +
  '下一步，本机关将完善信息发布审核机制，加强对所属单位的业务指导和培训，丰富政策解读形式，规范答复文书，持续提升政务公开质量和实效。';
const OTHER = '本机关执行《政府信息公开信息处理费管理办法》规定的收费标准，本年度没有产生信息处理费。本年度无其他需要报告的事项。';

export function sampleReport(random: () => number, year = 2023): Report {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const report = blankReport({ agency: '示例县人民政府', level: 'county', year, issuer: '示例县人民政府办公室' });
  const cells = report.cells;
  const issued = int(20);
  const repealed = int(5);
  cells['active.normativeDocuments.issued'] = issued;
  cells['active.normativeDocuments.repealed'] = repealed;
  cells['active.normativeDocuments.inForce'] = 50 + issued - repealed;
  cells['active.licensing.decisions'] = int(40000);
  cells['active.penalties.decisions'] = int(250000);
  cells['active.enforcement.decisions'] = int(9000);
  cells['active.fees.amount'] = `${int(3000)}.${String(int(9999)).padStart(4, '0')}`;

  const totals: Record<string, number> = {};
  const setRow = (row: string, values: number[]) => {
    APPLICANT_PART_COLUMNS.forEach((c, i) => (cells[`applications.${row}.${c}`] = values[i]!));
    cells[`applications.${row}.total`] = values.reduce((a, b) => a + b, 0);
    totals[row] = cells[`applications.${row}.total`] as number;
  };
  const results = RESULT_ROW_KEYS.map(() => APPLICANT_PART_COLUMNS.map(() => (random() < 0.15 ? int(6) : 0)));
  RESULT_ROW_KEYS.forEach((row, i) => setRow(row, results[i]!));
  const resultSums = APPLICANT_PART_COLUMNS.map((_, c) => results.reduce((sum, r) => sum + r[c]!, 0));
  setRow('resultsTotal', resultSums);
  const carriedOver = APPLICANT_PART_COLUMNS.map((_, c) => Math.min(int(2), resultSums[c]!));
  const carriedForward = APPLICANT_PART_COLUMNS.map(() => int(2));
  setRow('carriedOver', carriedOver);
  setRow('carriedForward', carriedForward);
  setRow('received', APPLICANT_PART_COLUMNS.map((_, c) => resultSums[c]! + carriedForward[c]! - carriedOver[c]!));

  const overview = OVERVIEW_PARAGRAPHS.map((p) =>
    p.replace('{n}', String(200 + int(800))).replace('{year}', String(year)).replace('{received}', String(totals.received)),
  ).join('\n');
  report.sections = { overview: overview.repeat(2), problems: PROBLEMS, other: OTHER };
  report.date = `${year + 1}-01-18`;
  if (random() < 0.1) report.cells['applications.granted.natural'] = (report.cells['applications.granted.natural'] as number) + 1;
  return report;
}
