import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support/findings.js';
import { makeReport, seedReport } from '../support/reports.js';

describe('S-1: the report is complete', () => {
  it('passes a complete report dated 2024-01-18', () => {
    expect(findingsOf(seedReport(), 'S-1')).toEqual([]);
  });

  it.each([
    ['overview', '一、总体情况还没有内容'],
    ['problems', '五、存在的主要问题及改进情况还没有内容'],
    ['other', '六、其他需要报告的事项还没有内容'],
  ] as const)('flags an empty section %s (blank space counts as empty)', (key, message) => {
    const report = seedReport();
    report.sections[key] = ' \n　';
    expect(findingsOf(report, 'S-1')).toEqual([{ rule: 'S-1', severity: 'error', cells: [], fields: [`sections.${key}`], message }]);
  });

  it.each([
    ['agency', { agency: '' }, '缺少机关名称'],
    ['issuer', { issuer: '  ' }, '缺少署名（落款机关）'],
    ['date', { date: null }, '缺少成文日期'],
    ['date', { date: '2024-02-30' }, '成文日期“2024-02-30”不是有效日期（应为“年-月-日”，如 2024-01-18）'],
    ['date', { date: '2024年1月18日' }, '成文日期“2024年1月18日”不是有效日期（应为“年-月-日”，如 2024-01-18）'],
    ['date', { date: '2023-12-31' }, '成文日期2023年12月31日早于2023年度结束：年度报告应在2024年1月1日以后成文'],
  ] as const)('flags %s: %j', (field, patch, message) => {
    expect(findingsOf(makeReport(patch), 'S-1')).toEqual([{ rule: 'S-1', severity: 'error', cells: [], fields: [field], message }]);
  });

  it('accepts the first day after the reported year', () => {
    expect(findingsOf(makeReport({ date: '2024-01-01' }), 'S-1')).toEqual([]);
  });
});
