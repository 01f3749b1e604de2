/**
 * Complete reports (every table and section) in the layouts real published reports are found in, built from
 * figures: the real published figures of the seed (巴楚县 2023, facts) and figure sets of our own in the shapes
 * real reports have (a district office, a township with 规章 in force, a 设区的市 that makes 规章). The prose is ours.
 * Used by the score test (realCorpus.test.ts): every cell of every report in every layout must come back.
 */
import { ACTIVE_DOCUMENT_COLUMNS, APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, CELLS, FEE_CELL_ID } from '../../shared/catalogue/cells.js';
import type { CellValue } from '../../shared/report/schema.js';
import { SEED_FIGURES } from '../support/reports.js';

export type Figures = Readonly<Record<string, CellValue>>;

export interface CorpusReport {
  readonly name: string;
  readonly agency: string;
  /** Lines of the title as printed (the agency alone on a line above is the common WPS layout). */
  readonly titleLines: readonly string[];
  readonly level: 'county' | 'city' | 'township' | 'department';
  readonly figures: Figures;
  readonly preamble: string;
  readonly issuer: string;
}

const row = (key: string, values: readonly number[]): Record<string, number> =>
  Object.fromEntries(APPLICANT_COLUMNS.map((c, k) => [`applications.${key}.${c.key}`, values[k]!]));

const district: Figures = {
  'active.normativeDocuments.issued': 5,
  'active.normativeDocuments.repealed': 12,
  'active.normativeDocuments.inForce': 8,
  'active.licensing.decisions': 16,
  ...row('received', [8, 0, 0, 0, 0, 0, 8]),
  ...row('granted', [2, 0, 0, 0, 0, 0, 2]),
  ...row('partlyGranted', [2, 0, 0, 0, 0, 0, 2]),
  ...row('withheld.processInformation', [1, 0, 0, 0, 0, 0, 1]),
  ...row('unavailable.notHeld', [2, 0, 0, 0, 0, 0, 2]),
  ...row('otherHandling.other', [1, 0, 0, 0, 0, 0, 1]),
  ...row('resultsTotal', [8, 0, 0, 0, 0, 0, 8]),
};

const township: Figures = {
  'active.regulations.inForce': 6,
  'active.normativeDocuments.inForce': 3,
  'active.penalties.decisions': 41,
  'active.enforcement.decisions': 4,
  ...row('received', [3, 1, 0, 0, 0, 0, 4]),
  ...row('carriedOver', [1, 0, 0, 0, 0, 0, 1]),
  ...row('granted', [2, 1, 0, 0, 0, 0, 3]),
  ...row('unavailable.needsCreation', [1, 0, 0, 0, 0, 0, 1]),
  ...row('resultsTotal', [3, 1, 0, 0, 0, 0, 4]),
  ...row('carriedForward', [1, 0, 0, 0, 0, 0, 1]),
  'appeals.review.upheld': 1,
  'appeals.review.total': 1,
};

const city: Figures = {
  'active.regulations.issued': 2,
  'active.regulations.repealed': 1,
  'active.regulations.inForce': 35,
  'active.normativeDocuments.issued': 14,
  'active.normativeDocuments.repealed': 9,
  'active.normativeDocuments.inForce': 126,
  'active.licensing.decisions': 10432,
  'active.penalties.decisions': 2981,
  'active.enforcement.decisions': 77,
  [FEE_CELL_ID]: '12.36',
  ...row('received', [120, 14, 3, 0, 2, 1, 140]),
  ...row('carriedOver', [6, 1, 0, 0, 0, 0, 7]),
  ...row('granted', [50, 6, 1, 0, 1, 0, 58]),
  ...row('partlyGranted', [12, 2, 0, 0, 0, 0, 14]),
  ...row('withheld.stateSecret', [1, 0, 0, 0, 0, 0, 1]),
  ...row('withheld.processInformation', [4, 1, 0, 0, 0, 0, 5]),
  ...row('unavailable.notHeld', [30, 3, 1, 0, 1, 1, 36]),
  ...row('unavailable.needsCreation', [6, 0, 0, 0, 0, 0, 6]),
  ...row('notProcessed.complaint', [9, 1, 0, 0, 0, 0, 10]),
  ...row('notProcessed.duplicate', [3, 0, 0, 0, 0, 0, 3]),
  ...row('otherHandling.noCorrection', [2, 0, 0, 0, 0, 0, 2]),
  ...row('otherHandling.other', [1, 0, 0, 0, 0, 0, 1]),
  ...row('resultsTotal', [118, 13, 2, 0, 2, 1, 136]),
  ...row('carriedForward', [8, 2, 1, 0, 0, 0, 11]),
  'appeals.review.upheld': 3,
  'appeals.review.corrected': 1,
  'appeals.review.total': 4,
  'appeals.litigationDirect.upheld': 2,
  'appeals.litigationDirect.pending': 1,
  'appeals.litigationDirect.total': 3,
};

export const CORPUS_REPORTS: readonly CorpusReport[] = [
  {
    name: '县政府（巴楚县2023年的公开数字），标题一行',
    agency: '巴楚县人民政府',
    titleLines: ['巴楚县人民政府2023年政府信息公开工作年度报告'],
    level: 'county',
    figures: SEED_FIGURES,
    preamble: '本报告根据《中华人民共和国政府信息公开条例》编制。',
    issuer: '巴楚县人民政府办公室',
  },
  {
    name: '区政府办公室，机关名称单独一行在标题之上',
    agency: '某市某区人民政府办公室',
    titleLines: ['某市某区人民政府办公室', '2023年政府信息公开工作年度报告'],
    level: 'department',
    figures: district,
    preamble: '按照条例要求，现将本年度政府信息公开工作情况报告如下。',
    issuer: '某市某区人民政府办公室',
  },
  {
    name: '镇政府，县名与镇名分两行在标题之上',
    agency: '某县某镇人民政府',
    titleLines: ['某县', '某镇人民政府', '2023年政府信息公开工作年度报告'],
    level: 'township',
    figures: township,
    preamble: '本报告由某县某镇人民政府编制，所列数据统计期限为2023年1月1日至12月31日。',
    issuer: '某县某镇人民政府',
  },
  {
    name: '设区的市政府，标题两行，表二有规章',
    agency: '某某市人民政府',
    titleLines: ['某某市人民政府', '2023年政府信息公开工作年度报告'],
    level: 'city',
    figures: city,
    preamble: '本报告由某某市人民政府办公室根据《中华人民共和国政府信息公开条例》编制。',
    issuer: '某某市人民政府办公室',
  },
];

type Row = readonly string[];
const value = (figures: Figures, id: string): string => String(figures[id] ?? (id === FEE_CELL_ID ? '0' : 0));

/** The tables as the official template prints them: label cells first (group headers as their own cells), then the values. */
export function tableRows(figures: Figures): { active: Row[]; applications: Row[]; appeals: Row[] } {
  const docs = (key: string) => ACTIVE_DOCUMENT_COLUMNS.map((c) => value(figures, `active.${key}.${c.key}`));
  const active: Row[] = [
    ['第二十条第（一）项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', ...docs('regulations')],
    ['行政规范性文件', ...docs('normativeDocuments')],
    ['第二十条第（五）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政许可', value(figures, 'active.licensing.decisions')],
    ['第二十条第（六）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政处罚', value(figures, 'active.penalties.decisions')],
    ['行政强制', value(figures, 'active.enforcement.decisions')],
    ['第二十条第（八）项'],
    ['信息内容', '本年收费金额（单位：万元）'],
    ['行政事业性收费', value(figures, FEE_CELL_ID)],
  ];
  const applications: Row[] = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
    ['自然人', '法人或其他组织', '总计'],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ...APPLICATION_ROWS.map((r) => [r.label, ...APPLICANT_COLUMNS.map((c) => value(figures, `applications.${r.key}.${c.key}`))]),
  ];
  const appeals: Row[] = [
    ['行政复议', '行政诉讼'],
    ['未经复议直接起诉', '复议后起诉'],
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => value(figures, `appeals.${g.key}.${c.key}`))),
  ];
  return { active, applications, appeals };
}

/** The whole report as text, its tables in `layout` (a function from table rows to lines). */
export function reportText(report: CorpusReport, layout: (rows: Row[]) => string[]): string {
  const tables = tableRows(report.figures);
  return [
    ...report.titleLines,
    report.preamble,
    '一、总体情况',
    '本年度我们按时更新公开栏目，依法办理收到的申请。',
    '二、主动公开政府信息情况',
    ...layout(tables.active),
    '三、收到和处理政府信息公开申请情况',
    ...layout(tables.applications),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...layout(tables.appeals),
    '五、存在的主要问题及改进情况',
    '栏目更新还不够及时，明年按月检查。',
    '六、其他需要报告的事项',
    '本年度没有收取信息处理费。',
    report.issuer,
    '2024年1月20日',
  ].join('\n');
}

/** Text layouts copied out of real pages (decision 0010, "Measured on real published reports"). */
export const TEXT_LAYOUTS: Readonly<Record<string, (rows: Row[]) => string[]>> = {
  'pipes " | "': (rows) => rows.map((r) => r.join(' | ')),
  tabs: (rows) => rows.map((r) => r.join('\t')),
  '"| a | b |"': (rows) => rows.map((r) => `| ${r.join(' | ')} |`),
  'one cell per line, blank line between rows': (rows) => rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']),
  'each cell ending " |"': (rows) => rows.flatMap((r) => r.map((c) => `${c} |`)),
  'a lone "|" after each cell': (rows) => rows.flatMap((r) => r.flatMap((c) => [c, '|'])),
  'rows opened by a lone "|"': (rows) => rows.flatMap((r) => ['|', ...r.map((c) => `${c} |`)]),
  'runs of spaces': (rows) => rows.map((r) => r.join('   ')),
  // Offices that leave zeros blank do so in rows that have a figure; a row of zeros prints its zeros.
  'one cell per line, nothing between rows, blank cells as empty lines': (rows) =>
    rows.flatMap((r) => (r.some((c) => /^[1-9]/.test(c)) ? r.map((c) => (c === '0' ? '' : c)) : r)),
};

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A page's article: each table a <table>, blank cells as &nbsp;; with `lostMerges`, table 三's labels stand in three label columns with the empty cells merged cells leave, and zeros are left blank. */
export function reportHtml(report: CorpusReport, lostMerges: boolean): string {
  const tables = tableRows(report.figures);
  const cell = (c: string) => `<td>${c === '' ? '&nbsp;' : escape(c)}</td>`;
  const table = (rows: Row[], pad: boolean) =>
    `<table border="1">${rows
      .map((r) => {
        if (!pad || r.length !== 8) return `<tr>${r.map(cell).join('')}</tr>`;
        const values = r.slice(1).map((v) => (v === '0' && r.slice(1).some((x) => x !== '0') ? '' : v));
        return `<tr>${[r[0]!, '', '', ...values].map(cell).join('')}</tr>`;
      })
      .join('')}</table>`;
  const p = (t: string) => `<p>${escape(t)}</p>`;
  return [
    '<html><head><meta charset="utf-8"><title>年报</title></head><body><div class="nav">首页 &gt; 政府信息公开年报</div><div class="article">',
    ...report.titleLines.map((t) => `<h1>${escape(t)}</h1>`),
    p(report.preamble),
    p('一、总体情况'),
    p('本年度我们按时更新公开栏目，依法办理收到的申请。'),
    p('二、主动公开政府信息情况'),
    table(tables.active, false),
    p('三、收到和处理政府信息公开申请情况'),
    table(tables.applications, lostMerges),
    p('四、政府信息公开行政复议、行政诉讼情况'),
    table(tables.appeals, false),
    p('五、存在的主要问题及改进情况'),
    p('栏目更新还不够及时，明年按月检查。'),
    p('六、其他需要报告的事项'),
    p('本年度没有收取信息处理费。'),
    p(report.issuer),
    p('2024年1月20日'),
    '</div></body></html>',
  ].join('\n');
}

/** Every cell id of the report and the value the report prints. */
export const expectedCells = (figures: Figures): [string, CellValue][] =>
  CELLS.map((c) => [c.id, figures[c.id] ?? (c.kind === 'fee' ? '0' : 0)]);
