/** The printed words shared by the sign-off PDF and the print preview (shared/report/printedText.ts). */
import { describe, expect, it } from 'vitest';
import { leadingHeading, paragraphsOf, printedCell, printedTitle, titleSeam } from '../../shared/report/printedText.js';
import { seedReport, withCells } from '../support/reports.js';

describe('printed text', () => {
  it('breaks the title before 政府信息公开工作年度报告, its white space collapsed', () => {
    expect(printedTitle({ title: '  巴楚县人民政府2023年\n政府信息公开工作年度报告 ' })).toBe('巴楚县人民政府2023年 政府信息公开工作年度报告');
    expect(titleSeam('巴楚县人民政府2023年政府信息公开工作年度报告')).toEqual({ head: '巴楚县人民政府2023年', tail: '政府信息公开工作年度报告' });
    expect(titleSeam('政府信息公开工作年度报告')).toBeUndefined();
    expect(titleSeam('关于某事的报告')).toBeUndefined();
  });

  it('prints one paragraph per line, blank lines and the clerk’s indentation dropped', () => {
    expect(paragraphsOf('\u3000\u3000第一段。\r\n\n  第二段。\t末尾 \n')).toEqual(['第一段。', '第二段。 末尾']);
  });

  it('prints a leading sub-heading bold: up to an early full stop, or a short line whole', () => {
    expect(leadingHeading('（一）主动公开。本机关…')).toBe('（一）主动公开。');
    expect(leadingHeading('二、依申请公开')).toBe('二、依申请公开');
    expect(leadingHeading('本机关（一）…')).toBeUndefined();
    expect(leadingHeading(`（三）${'很'.repeat(40)}。`)).toBeUndefined();
  });

  it('prints a count as written, the fee as stored, a missing value blank', () => {
    const report = withCells(seedReport(), { 'applications.received.commercial': null });
    expect(printedCell(report, 'applications.received.natural')).toBe('2');
    expect(printedCell(report, 'active.fees.amount')).toBe('1482.5623');
    expect(printedCell(report, 'applications.received.commercial')).toBe('');
    expect(printedCell(report, 'no.such.cell')).toBe('');
  });
});
