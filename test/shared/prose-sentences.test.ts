/**
 * The sentences the editor offers for 一 and 六, built from the tables (shared/prose/): the exact words for the
 * real 2023 figures, what a blank report gets, and that a sentence put into its own report never raises X-1 …
 * X-4 (while X-1 does read its counts, so a wrong one would be caught).
 */
import { describe, expect, it } from 'vitest';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_PART_COLUMNS,
  RESULT_ROW_KEYS,
  appealCellId,
  applicationCellId,
} from '../../shared/catalogue/cells.js';
import { AGENCY_LEVELS } from '../../shared/catalogue/sections.js';
import { suggestSentences, type SuggestedSentence } from '../../shared/prose/sentences.js';
import { RESULT_WORDS } from '../../shared/prose/words.js';
import { blankReport } from '../../shared/report/blank.js';
import type { CellValue, Report } from '../../shared/report/schema.js';
import { checkReport } from '../../shared/rules/engine.js';
import { findQuantityStatements } from '../../shared/rules/prose/quantities.js';
import type { Finding } from '../../shared/rules/types.js';
import { seededRandom } from '../support/random.js';
import { seedReport, withCells } from '../support/reports.js';

const textOf = (sentences: readonly SuggestedSentence[], key: SuggestedSentence['key']): string | undefined =>
  sentences.find((s) => s.key === key)?.text;

/** The report with its 一 (and 六) replaced by the suggested sentences, the fee template filled in. */
function withSentences(report: Report, sentences: readonly SuggestedSentence[], other = '本年度未收取信息处理费。'): Report {
  const overview = sentences.filter((s) => s.section === 'overview').map((s) => s.text).join('');
  return { ...report, sections: { ...report.sections, overview, other } };
}

const proseFindings = (report: Report): Finding[] => checkReport(report).filter((f) => f.rule.startsWith('X-'));

const BROKEN_WORDS = /null|undefined|NaN|Infinity|\[object/;

describe('suggested sentences for the real 2023 figures (巴楚县人民政府)', () => {
  const sentences = suggestSentences(seedReport());

  it('offers exactly these sentences, in printed order', () => {
    expect(sentences.map((s) => [s.key, s.section, s.text])).toEqual([
      ['activeDocuments', 'overview', '本年度制发行政规范性文件3件，废止0件，现行有效11件。'],
      ['activeDecisions', 'overview', '本年度作出行政许可决定33959件、行政处罚决定229909件、行政强制决定8376件。'],
      ['activeFees', 'overview', '本年度行政事业性收费金额1482.5623万元。'],
      [
        'applications',
        'overview',
        '本年度新收政府信息公开申请2件，上年结转0件，办结2件，其中予以公开1件、无法提供1件；结转下年度继续办理0件。',
      ],
      ['appeals', 'overview', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。'],
      ['feeNone', 'other', '本年度未收取信息处理费。'],
      ['feeAmount', 'other', '本年度共收取信息处理费＿＿元。'],
    ]);
  });

  it('gives every sentence a short Chinese label, the fee ones saying which statement they make', () => {
    for (const s of sentences) expect(s.label).toMatch(/^[\u4e00-\u9fff：、（）]{4,20}$/);
    expect(sentences.find((s) => s.key === 'feeNone')!.label).toContain('未收取');
    expect(sentences.find((s) => s.key === 'feeAmount')!.label).toContain('填写');
    expect(new Set(sentences.map((s) => s.label)).size).toBe(sentences.length);
  });

  it('marks the blank of the fee template, and only there', () => {
    expect(sentences.filter((s) => s.blank).map((s) => [s.key, s.blank])).toEqual([['feeAmount', '＿＿']]);
    const template = sentences.find((s) => s.key === 'feeAmount')!;
    expect(template.text).toContain(template.blank);
  });

  it('raises no X-rule when the sentences replace 一 and 六 of the report', () => {
    expect(proseFindings(withSentences(seedReport(), sentences))).toEqual([]);
  });

  it('raises no X-rule when the sentences are added to the prose already there', () => {
    const report = seedReport();
    const added = sentences.filter((s) => s.section === 'overview').map((s) => s.text).join('');
    expect(proseFindings({ ...report, sections: { ...report.sections, overview: `${report.sections.overview}\n${added}` } })).toEqual([]);
  });

  it('raises no X-rule with the fee template filled in', () => {
    const filled = '本年度共收取信息处理费＿＿元。'.replace('＿＿', '120');
    expect(proseFindings(withSentences(seedReport(), sentences, filled))).toEqual([]);
  });

  it('leaves X-3 asking for the amount while the blank of the fee template is not filled', () => {
    const unfilled = textOf(sentences, 'feeAmount')!;
    expect(proseFindings(withSentences(seedReport(), sentences, unfilled)).map((f) => f.rule)).toEqual(['X-3']);
  });

  it('states its counts in words X-1 reads, so a wrong table number would be caught', () => {
    expect(findQuantityStatements(textOf(sentences, 'applications')!, 2023).map((s) => [s.quantity, s.value])).toEqual([
      ['received', 2],
      ['carriedOver', 0],
      ['concluded', 2],
      ['carriedForward', 0],
    ]);
    const changed = withCells(seedReport(), { 'applications.received.natural': 3, 'applications.received.total': 3 });
    const x1 = proseFindings(withSentences(changed, sentences)).filter((f) => f.rule === 'X-1');
    expect(x1.map((f) => f.cells)).toEqual([['applications.received.total']]);
  });

  it('says no 行政复议/诉讼 arose in words X-2 reads: one case in 表四 and the same sentence is flagged', () => {
    const changed = withCells(seedReport(), { 'appeals.review.pending': 1, 'appeals.review.total': 1 });
    expect(proseFindings(withSentences(changed, sentences)).map((f) => [f.rule, f.cells])).toEqual([
      ['X-2', ['appeals.review.total']],
    ]);
  });

  it('names the kinds of result with the catalogue’s labels, without list markers or notes', () => {
    expect(RESULT_WORDS.map((r) => r.word)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
  });
});

describe('suggested sentences for a blank report', () => {
  const blank = blankReport({ agency: '示例镇人民政府', level: 'township', year: 2024, issuer: '示例镇人民政府' });
  const sentences = suggestSentences(blank);

  it('says in words that nothing was made, received or brought, and offers both fee statements', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      '本年度未制发、废止行政规范性文件，现行有效行政规范性文件0件。',
      '本年度未收到政府信息公开申请，无上年结转的申请。',
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
      '本年度未收取信息处理费。',
      '本年度共收取信息处理费＿＿元。',
    ]);
  });

  it('raises no X-rule when put into the blank report', () => {
    expect(proseFindings(withSentences(blank, sentences))).toEqual([]);
  });
});

describe('sentences from cells that are not usable', () => {
  it('leaves out a sentence whose cells V-1 rejects, and never prints null, undefined or NaN', () => {
    const report = withCells(seedReport(), {
      'applications.received.total': null,
      'appeals.litigationDirect.other': 'x',
      'active.penalties.decisions': 2.5,
      'active.fees.amount': '12.3456789',
      'active.normativeDocuments.repealed': -1,
    });
    const sentences = suggestSentences(report);
    expect(sentences.map((s) => s.key)).toEqual(['feeNone', 'feeAmount']);
    for (const s of sentences) expect(s.text).not.toMatch(BROKEN_WORDS);
  });

  it('leaves out the applications sentence when one result row is missing, even outside the totals', () => {
    const report = withCells(seedReport(), { 'applications.withheld.stateSecret.total': null });
    expect(suggestSentences(report).map((s) => s.key)).not.toContain('applications');
  });

  it('prints the fee exactly as stored, and no fee sentence when it is 0', () => {
    expect(textOf(suggestSentences(withCells(seedReport(), { 'active.fees.amount': '0.000100' })), 'activeFees')).toBe(
      '本年度行政事业性收费金额0.000100万元。',
    );
    expect(textOf(suggestSentences(withCells(seedReport(), { 'active.fees.amount': '0.00' })), 'activeFees')).toBeUndefined();
  });
});

describe('sentences for other figures', () => {
  it('states 规章 for a city, and each kind of appeal with its outcomes', () => {
    const report = withCells(
      { ...seedReport(), level: 'city' },
      {
        'active.regulations.issued': 2,
        'active.regulations.inForce': 15,
        'appeals.review.upheld': 1,
        'appeals.review.pending': 1,
        'appeals.review.total': 2,
        'appeals.litigationAfterReview.corrected': 1,
        'appeals.litigationAfterReview.total': 1,
      },
    );
    const sentences = suggestSentences(report);
    expect(textOf(sentences, 'activeDocuments')).toBe(
      '本年度制发规章2件，废止0件，现行有效15件；制发行政规范性文件3件，废止0件，现行有效11件。',
    );
    expect(textOf(sentences, 'appeals')).toBe(
      '本年度因政府信息公开被申请行政复议2件（结果维持1件、尚未审结1件）；被提起行政诉讼1件，其中复议后起诉1件（结果纠正1件）。',
    );
    expect(proseFindings(withSentences(report, sentences))).toEqual([]);
  });

  it('denies the kind of appeal with no case in words X-2 reads', () => {
    const report = withCells(seedReport(), { 'appeals.litigationDirect.other': 3, 'appeals.litigationDirect.total': 3 });
    const text = textOf(suggestSentences(report), 'appeals');
    expect(text).toBe('本年度因政府信息公开未被申请行政复议；被提起行政诉讼3件，其中未经复议直接起诉3件（其他结果3件）。');
    expect(proseFindings(withSentences(report, suggestSentences(report)))).toEqual([]);
    // The same words against a table with a 行政复议: X-2 sees the denial.
    const withReview = withCells(report, { 'appeals.review.upheld': 1, 'appeals.review.total': 1 });
    expect(proseFindings({ ...withReview, sections: { ...withReview.sections, overview: text! } }).map((f) => f.rule)).toContain(
      'X-2',
    );
  });

  it('agrees with X-4: “未收取” stands beside a fee notice that went unpaid', () => {
    const report = withCells(seedReport(), {
      'applications.received.natural': 3,
      'applications.received.total': 3,
      'applications.otherHandling.feeUnpaid.natural': 1,
      'applications.otherHandling.feeUnpaid.total': 1,
      'applications.resultsTotal.natural': 3,
      'applications.resultsTotal.total': 3,
    });
    const sentences = suggestSentences(report);
    expect(textOf(sentences, 'applications')).toBe(
      '本年度新收政府信息公开申请3件，上年结转0件，办结3件，其中予以公开1件、无法提供1件、其他处理1件；结转下年度继续办理0件。',
    );
    expect(proseFindings(withSentences(report, sentences))).toEqual([]);
  });
});

// ---------------------------------------------------------------- many consistent reports

/** A report whose tables balance (every R-rule holds), with figures drawn from `random`; zeros are common. */
function consistentReport(random: () => number): Report {
  const int = (max: number): number => (random() < 0.3 ? 0 : Math.floor(random() * (max + 1)));
  const level = AGENCY_LEVELS[Math.floor(random() * AGENCY_LEVELS.length)]!;
  const report = blankReport({ agency: '示例县人民政府', level, year: 2023, issuer: '示例县人民政府办公室' });
  const cells: Record<string, CellValue> = report.cells;
  for (const row of ['regulations', 'normativeDocuments']) {
    if (row === 'regulations' && level !== 'city' && random() < 0.8) continue;
    for (const col of ['issued', 'repealed', 'inForce']) cells[`active.${row}.${col}`] = int(30);
  }
  for (const row of ['licensing', 'penalties', 'enforcement']) cells[`active.${row}.decisions`] = int(300_000);
  cells['active.fees.amount'] = random() < 0.5 ? '0' : `${int(5000)}.${String(int(9999)).padStart(4, '0')}`;

  const add = (row: string, column: string, n: number): void => {
    const id = applicationCellId(row, column as never);
    cells[id] = (cells[id] as number) + n;
  };
  for (const column of APPLICANT_PART_COLUMNS) {
    const received = int(column === 'natural' ? 40 : 4);
    const carriedOver = int(3);
    let open = received + carriedOver;
    add('received', column, received);
    add('carriedOver', column, carriedOver);
    while (open > 0 && random() >= 0.15) {
      // until the rest is carried forward
      const row = RESULT_ROW_KEYS[Math.floor(random() * RESULT_ROW_KEYS.length)]!;
      add(row, column, 1);
      add('resultsTotal', column, 1);
      open--;
    }
    add('carriedForward', column, open);
    for (const row of ['received', 'carriedOver', 'resultsTotal', 'carriedForward', ...RESULT_ROW_KEYS]) {
      add(row, 'total', cells[applicationCellId(row, column)] as number);
    }
  }
  for (const group of APPEAL_GROUPS) {
    let total = 0;
    for (const column of APPEAL_COLUMNS) {
      if (column.key === 'total') continue;
      const n = random() < 0.75 ? 0 : int(2);
      cells[appealCellId(group.key, column.key)] = n;
      total += n;
    }
    cells[appealCellId(group.key, 'total')] = total;
  }
  report.sections = { overview: '', problems: '部分栏目更新不够及时。', other: '' };
  report.date = '2024-01-18';
  return report;
}

describe('suggested sentences for 500 generated reports whose tables balance', () => {
  const random = seededRandom(20231);
  const reports = Array.from({ length: 500 }, () => consistentReport(random));

  it('are generated from reports that pass every arithmetic rule (the generator is right)', () => {
    for (const report of reports) {
      expect(checkReport(report).filter((f) => f.rule.startsWith('R') || f.rule === 'V-1')).toEqual([]);
    }
  });

  it('never print null, undefined or NaN, and always offer the 依申请公开, appeals and fee sentences', () => {
    for (const report of reports) {
      const sentences = suggestSentences(report);
      for (const s of sentences) expect(s.text).not.toMatch(BROKEN_WORDS);
      expect(sentences.map((s) => s.key)).toEqual(expect.arrayContaining(['activeDocuments', 'applications', 'appeals', 'feeNone', 'feeAmount']));
    }
  });

  it('raise no X-rule when put into their own report', () => {
    for (const report of reports) {
      const findings = proseFindings(withSentences(report, suggestSentences(report)));
      expect({ cells: report.cells, findings }).toEqual({ cells: report.cells, findings: [] });
    }
  });

  it('state every count X-1 compares, each one read back as the table holds it', () => {
    for (const report of reports) {
      const sentences = suggestSentences(report);
      const text = sentences.filter((s) => s.section === 'overview').map((s) => s.text).join('');
      const read = new Map(findQuantityStatements(text, report.year).map((s) => [s.quantity, s.value]));
      const total = (id: string): number => report.cells[id] as number;
      const received = total('applications.received.total');
      const anyApplication = ['received', 'carriedOver', 'resultsTotal', 'carriedForward'].some(
        (row) => total(applicationCellId(row, 'total')) > 0,
      );
      expect(read.get('received')).toBe(received);
      if (anyApplication) {
        expect(read.get('carriedOver')).toBe(total('applications.carriedOver.total'));
        expect(read.get('concluded')).toBe(total('applications.resultsTotal.total'));
        expect(read.get('carriedForward')).toBe(total('applications.carriedForward.total'));
      }
      const review = total('appeals.review.total');
      const litigation = total('appeals.litigationDirect.total') + total('appeals.litigationAfterReview.total');
      expect(read.get('review')).toBe(review > 0 ? review : undefined);
      expect(read.get('litigation')).toBe(litigation > 0 ? litigation : undefined);
    }
  });
});
