/** S-1: the prose sections have text; agency, year, issuer and date are present; the date follows the year. */
import { parseIsoDate, chineseDate } from '../calendar.js';
import { PROSE_SECTION_KEYS, SECTION_HEADINGS } from '../catalogue/sections.js';
import { severityOf } from './catalogue.js';
import type { Finding, Rule } from './types.js';

const finding = (field: string, message: string): Finding => ({
  rule: 'S-1',
  severity: severityOf('S-1'),
  cells: [],
  fields: [field],
  message,
});

export const reportIsComplete: Rule = ({ report }, findings) => {
  for (const key of PROSE_SECTION_KEYS) {
    if (report.sections[key].trim() === '') findings.push(finding(`sections.${key}`, `${SECTION_HEADINGS[key]}还没有内容`));
  }
  if (report.agency.trim() === '') findings.push(finding('agency', '缺少机关名称'));
  if (report.issuer.trim() === '') findings.push(finding('issuer', '缺少署名（落款机关）'));
  if (report.date === null || report.date.trim() === '') {
    findings.push(finding('date', '缺少成文日期'));
    return;
  }
  const date = parseIsoDate(report.date);
  if (!date) {
    findings.push(finding('date', `成文日期“${report.date}”不是有效日期（应为“年-月-日”，如 ${report.year + 1}-01-18）`));
  } else if (report.date <= `${report.year}-12-31`) {
    findings.push(
      finding('date', `成文日期${chineseDate(report.date)}早于${report.year}年度结束：年度报告应在${report.year + 1}年1月1日以后成文`),
    );
  }
};
