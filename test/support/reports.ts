/**
 * Report builders for tests. `seedReport()` carries the real published figures of 巴楚县人民政府 2023 (facts);
 * the prose is ours, written to contain the three statements the rules read (受理…申请2件,
 * 未引起行政诉讼或复议, no 信息处理费).
 */
import { blankReport } from '../../shared/report/blank.js';
import type { CellValue, Report } from '../../shared/report/schema.js';

export const SEED_FIGURES: Record<string, CellValue> = {
  'active.normativeDocuments.issued': 3,
  'active.normativeDocuments.inForce': 11,
  'active.licensing.decisions': 33959,
  'active.penalties.decisions': 229909,
  'active.enforcement.decisions': 8376,
  'active.fees.amount': '1482.5623',
  'applications.received.natural': 2,
  'applications.received.total': 2,
  'applications.granted.natural': 1,
  'applications.granted.total': 1,
  'applications.unavailable.notHeld.natural': 1,
  'applications.unavailable.notHeld.total': 1,
  'applications.resultsTotal.natural': 2,
  'applications.resultsTotal.total': 2,
};

export const SEED_PROSE = {
  overview:
    '（一）主动公开。本机关围绕财政预决算、重大建设项目和重大行政决策等重点领域做好主动公开，' +
    '在政府门户网站及时更新机构职能、政策文件和动态信息栏目。\n' +
    '（二）依申请公开。2023年受理政府信息公开申请2件，均在法定期限内答复，未引起行政诉讼或复议。\n' +
    '（三）政府信息管理。落实发布前保密审查，规范审核签批流程。\n' +
    '（四）平台建设。政府门户网站运行平稳，完成等级保护测评整改。\n' +
    '（五）监督保障。将政务公开纳入年度绩效考核，全年未发生责任追究情况。',
  problems:
    '一是部分栏目更新还不够及时；二是政策解读形式较为单一；三是对所属单位的业务指导有待加强。' +
    '下一步将完善审核机制，加强业务培训，丰富解读形式，提升公开质量。',
  other: '本机关执行《政府信息公开信息处理费管理办法》规定的收费标准，本年度没有产生信息处理费。',
};

/**
 * The seed's table 三 with two applications still pending on 31 December (one natural person, one company):
 * carrying it forward moves figures that are not 0. Used by the carry-forward rules and the browser tests.
 */
export const PENDING_APPLICATIONS: Record<string, CellValue> = {
  'applications.received.natural': 3,
  'applications.received.commercial': 1,
  'applications.received.total': 4,
  'applications.carriedForward.natural': 1,
  'applications.carriedForward.commercial': 1,
  'applications.carriedForward.total': 2,
};

export function makeReport(overrides: Partial<Report> = {}, cells: Record<string, CellValue> = {}): Report {
  const report = blankReport({ agency: '巴楚县人民政府', level: 'county', year: 2023, issuer: '巴楚县人民政府办公室' });
  return {
    ...report,
    sections: { ...SEED_PROSE },
    date: '2024-01-18',
    ...overrides,
    cells: { ...report.cells, ...SEED_FIGURES, ...cells, ...(overrides.cells ?? {}) },
  };
}

export const seedReport = (): Report => makeReport();

/** The same report with some cells changed. */
export function withCells(report: Report, cells: Record<string, CellValue>): Report {
  return { ...report, cells: { ...report.cells, ...cells } };
}
