import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, CELL_IDS } from '../../shared/catalogue/cells.js';
import { carryForward, nextYearPreamble } from '../../shared/report/carryForward.js';
import { findingsOf } from '../support/findings.js';
import { makeReport, PENDING_APPLICATIONS, seedReport, withCells } from '../support/reports.js';

/** 2023 with two applications still pending on 31 Dec (one natural person, one company). */
const lastYearWithPending = () => withCells(seedReport(), PENDING_APPLICATIONS);

describe('carry-forward: next year’s draft from last year’s report', () => {
  it('carries 结转下年度 into 上年结转 for each of the 7 columns', () => {
    const last = lastYearWithPending();
    const draft = carryForward(last);
    for (const c of APPLICANT_COLUMNS) {
      expect(draft.cells[`applications.carriedOver.${c.key}`]).toBe(last.cells[`applications.carriedForward.${c.key}`]);
    }
    expect(draft.cells['applications.carriedOver.total']).toBe(2);
  });

  it('starts 现行有效件数 at last year’s value and everything else at 0', () => {
    const draft = carryForward(seedReport());
    expect(draft.cells['active.normativeDocuments.inForce']).toBe(11);
    expect(draft.cells['active.regulations.inForce']).toBe(0);
    const carried = new Set([...APPLICANT_COLUMNS.map((c) => `applications.carriedOver.${c.key}`), 'active.normativeDocuments.inForce', 'active.regulations.inForce']);
    for (const id of CELL_IDS) if (!carried.has(id)) expect(draft.cells[id], id).toBe(id === 'active.fees.amount' ? '0' : 0);
  });

  it('keeps agency, level and issuer, moves to the next year, and leaves prose, date and sign-off empty', () => {
    const draft = carryForward({ ...seedReport(), signoff: { drafter: '甲', reviewer: '乙', approver: '丙', signedAt: '2024-01-18', fingerprint: 'a'.repeat(64) } });
    expect(draft).toMatchObject({
      agency: '巴楚县人民政府',
      level: 'county',
      issuer: '巴楚县人民政府办公室',
      year: 2024,
      title: '巴楚县人民政府2024年政府信息公开工作年度报告',
      sections: { overview: '', problems: '', other: '' },
      date: null,
      signoff: null,
    });
  });

  it('gives a draft that raises no C-rule against last year, and asks (R3-1) for the carried-over applications to be concluded or carried on', () => {
    const last = lastYearWithPending();
    const draft = carryForward(last);
    expect(findingsOf(draft, 'C', { last })).toEqual([]);
    expect(findingsOf(draft, 'R3-1', { last }).map((f) => f.cells[1])).toEqual([
      'applications.carriedOver.natural',
      'applications.carriedOver.commercial',
      'applications.carriedOver.total',
    ]);
  });
});

describe('C-1: 上年结转 equals last year’s 结转下年度', () => {
  it('flags each column edited against last year, naming the column and both numbers', () => {
    const last = lastYearWithPending();
    const draft = withCells(carryForward(last), { 'applications.carriedOver.natural': 0, 'applications.carriedOver.total': 1 });
    expect(findingsOf(draft, 'C-1', { last })).toEqual([
      { rule: 'C-1', severity: 'warning', cells: ['applications.carriedOver.natural'], message: '三、「自然人」列：二、上年结转为0，但2023年度报告“四、结转下年度继续办理”为1，相差1' },
      { rule: 'C-1', severity: 'warning', cells: ['applications.carriedOver.total'], message: '三、「总计」列：二、上年结转为1，但2023年度报告“四、结转下年度继续办理”为2，相差1' },
    ]);
  });

  it('is silent without last year’s report', () => {
    const draft = withCells(carryForward(lastYearWithPending()), { 'applications.carriedOver.natural': 0 });
    expect(findingsOf(draft, 'C-1')).toEqual([]);
  });
});

describe('C-2: 现行有效 = last year + 本年制发 − 本年废止', () => {
  const last = seedReport(); // 行政规范性文件 现行有效 11
  it('passes 11 + 3 − 1 = 13', () => {
    const draft = withCells(carryForward(last), { 'active.normativeDocuments.issued': 3, 'active.normativeDocuments.repealed': 1, 'active.normativeDocuments.inForce': 13 });
    expect(findingsOf(draft, 'C-2', { last })).toEqual([]);
  });

  it('flags a draft whose 本年制发 was typed but 现行有效 left at the carried value', () => {
    const draft = withCells(carryForward(last), { 'active.normativeDocuments.issued': 3 });
    expect(findingsOf(draft, 'C-2', { last })).toEqual([
      {
        rule: 'C-2',
        severity: 'warning',
        cells: ['active.normativeDocuments.inForce', 'active.normativeDocuments.issued', 'active.normativeDocuments.repealed'],
        message: '二、行政规范性文件：现行有效件数为11，但2023年现行有效11＋本年制发3－本年废止0＝14，相差3（如因文件有效期届满失效、清理后重新统计或机构改革，请说明理由）',
      },
    ]);
  });

  it('checks the 规章 row too (a city)', () => {
    const cityLast = makeReport({ level: 'city' }, { 'active.regulations.inForce': 40 });
    const draft = withCells(carryForward(cityLast), { 'active.regulations.repealed': 2 });
    expect(findingsOf(draft, 'C-2', { last: cityLast }).map((f) => f.cells[0])).toEqual(['active.regulations.inForce']);
  });
});

describe('C-3: 本年废止 ≤ last year’s 现行有效 + 本年制发', () => {
  it('flags repealing more documents than there were', () => {
    const last = seedReport();
    const draft = withCells(carryForward(last), { 'active.normativeDocuments.issued': 1, 'active.normativeDocuments.repealed': 13, 'active.normativeDocuments.inForce': 0 });
    expect(findingsOf(draft, 'C-3', { last })).toEqual([
      {
        rule: 'C-3',
        severity: 'warning',
        cells: ['active.normativeDocuments.repealed', 'active.normativeDocuments.issued'],
        message: '二、行政规范性文件：本年废止件数为13，超过2023年现行有效11＋本年制发1＝12',
      },
    ]);
  });

  it('accepts repealing everything there was, and is skipped without last year', () => {
    const last = seedReport();
    const draft = withCells(carryForward(last), { 'active.normativeDocuments.issued': 1, 'active.normativeDocuments.repealed': 12, 'active.normativeDocuments.inForce': 0 });
    expect(findingsOf(draft, 'C-3', { last })).toEqual([]);
    expect(findingsOf(withCells(draft, { 'active.normativeDocuments.repealed': 99 }), 'C-3')).toEqual([]);
  });
});

describe('carry-forward keeps what stays (issue 15)', () => {
  it('keeps the 前言 — address, telephone, e-mail — with the statistical period moved to the new year, and the 署名 and level', () => {
    const preamble =
      '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与某县人民政府办公室联系（地址：某县人民路1号；邮编：843800；电话：0998-1234567；电子邮箱：gk@example.gov.cn）。2023年本机关共……';
    const draft = carryForward({ ...seedReport(), preamble, level: 'city', issuer: '某县人民政府办公室' });
    expect(draft.preamble).toBe(preamble.replace('2023年1月1日', '2024年1月1日').replace('2023年12月31日', '2024年12月31日'));
    expect(draft.preamble).toContain('电话：0998-1234567');
    expect(draft.preamble).toContain('2023年本机关共');
    expect(draft).toMatchObject({ issuer: '某县人民政府办公室', level: 'city' });
    expect(nextYearPreamble('统计期限为2023-01-01至2023-12-31。', 2023)).toBe('统计期限为2024-01-01至2024-12-31。');
  });
});
