import { describe, expect, it } from 'vitest';
import { CELL_IDS } from '../../shared/catalogue/cells.js';
import { readExchangeText, readExchangeValue, toExchangeObject, writeExchangeText } from '../../shared/report/exchange.js';
import { seedReport } from '../support/reports.js';

const seedObject = () => JSON.parse(writeExchangeText(seedReport())) as Record<string, unknown>;

describe('exchange file', () => {
  it('reads back exactly what it wrote', () => {
    const report = seedReport();
    const read = readExchangeText(writeExchangeText(report));
    expect(read).toEqual({ ok: true, report });
  });

  it('writes all 200 cells in printed order, counts as integers and the fee as a decimal string', () => {
    const object = toExchangeObject(seedReport());
    expect(Object.keys(object.cells as object)).toEqual(CELL_IDS);
    expect((object.cells as Record<string, unknown>)['active.fees.amount']).toBe('1482.5623');
    expect(writeExchangeText(seedReport())).toContain('"active.fees.amount": "1482.5623"');
  });

  it('keeps an incomplete report (empty prose, no issuer, null date) so that S-1 can name what is missing', () => {
    const object = seedObject();
    delete object.sections;
    delete object.issuer;
    object.date = null;
    const read = readExchangeValue(object);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.report).toMatchObject({ issuer: '', date: null, sections: { overview: '', problems: '', other: '' } });
  });

  it('keeps a missing cell as null and a wrong value as written, for V-1 to report', () => {
    const object = seedObject();
    const cells = object.cells as Record<string, unknown>;
    delete cells['applications.granted.total'];
    cells['applications.received.natural'] = 2.5;
    const read = readExchangeValue(object);
    expect(read.ok && read.report.cells['applications.granted.total']).toBeNull();
    expect(read.ok && read.report.cells['applications.received.natural']).toBe(2.5);
  });

  it('derives the title when the file has none', () => {
    const object = seedObject();
    delete object.title;
    const read = readExchangeValue(object);
    expect(read.ok && read.report.title).toBe('巴楚县人民政府2023年政府信息公开工作年度报告');
  });

  it('ignores a byte-order mark', () => {
    expect(readExchangeText(`\ufeff${writeExchangeText(seedReport())}`).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', '文件是空的'],
    ['whitespace only', '  \n ', '文件是空的'],
    ['text that is not JSON', '这不是报告', '不是有效的 JSON 文件'],
    ['truncated JSON', writeExchangeText(seedReport()).slice(0, 500), '不是有效的 JSON 文件（第'],
    ['a JSON array', '[1,2,3]', '不是年报交换文件'],
    ['another JSON object', '{"name":"package"}', '缺少格式标识'],
  ])('refuses %s with a clear Chinese message', (_what, text, message) => {
    const read = readExchangeText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('refuses a newer formatVersion and says to upgrade', () => {
    const read = readExchangeValue({ ...seedObject(), formatVersion: 2 });
    expect(read).toEqual({ ok: false, message: expect.stringContaining('此文件为第2版交换格式') });
    expect(!read.ok && read.message).toContain('请升级年报软件');
  });

  it.each([
    ['level', { level: 'province' }, '机关层级（level）取值不对'],
    ['year', { year: '2023' }, '年度（year）类型不对'],
    ['year', { year: 2023.5 }, '年度（year）类型不对'],
    ['cells', { cells: 'none' }, '表格数据（cells）类型不对'],
    ['cells', { cells: undefined }, '缺少表格数据（cells）'],
    ['a cell', { cells: { 'active.regulations.issued': true } }, '单元格“active.regulations.issued”类型不对'],
    ['sections', { sections: { overview: 5 } }, '一、总体情况（sections.overview）类型不对'],
  ])('refuses a wrong %s and names the field', (_what, patch, message) => {
    const read = readExchangeValue({ ...seedObject(), ...patch });
    expect(read).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses unknown cell ids and names them', () => {
    const object = seedObject();
    (object.cells as Record<string, unknown>)['active.regulatons.issued'] = 1;
    expect(readExchangeValue(object)).toEqual({ ok: false, message: expect.stringContaining('“active.regulatons.issued”') });
  });

  it('does not let a __proto__ key in cells pollute objects', () => {
    const text = writeExchangeText(seedReport()).replace('"cells": {', '"cells": {"__proto__": {"polluted": 1},');
    const read = readExchangeText(text);
    expect(read.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
