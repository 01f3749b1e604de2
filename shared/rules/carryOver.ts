/**
 * C-1, C-2, C-3: this year's report against last year's (only when last year's report is known).
 */
import { ACTIVE_DOCUMENT_ROWS, APPLICANT_COLUMNS, CELL_BY_ID, applicationCellId } from '../catalogue/cells.js';
import { severityOf } from './catalogue.js';
import type { Rule } from './types.js';
import { countOf, countsOf } from './values.js';

/** C-1: per column, 二、上年结转 ＝ last year's 四、结转下年度继续办理. */
export const carriedOverMatchesLastYear: Rule = ({ report, last }, findings) => {
  if (!last) return;
  for (const col of APPLICANT_COLUMNS) {
    const id = applicationCellId('carriedOver', col.key);
    const now = countOf(report, id);
    const before = countOf(last, applicationCellId('carriedForward', col.key));
    if (now === undefined || before === undefined || now === before) continue;
    findings.push({
      rule: 'C-1',
      severity: severityOf('C-1'),
      cells: [id],
      message: `三、「${col.label}」列：二、上年结转为${now}，但${last.year}年度报告“${CELL_BY_ID.get(applicationCellId('carriedForward', col.key))!.rowLabel}”为${before}，相差${Math.abs(now - before)}`,
    });
  }
};

const documentCells = (row: string) => ({
  issued: `active.${row}.issued`,
  repealed: `active.${row}.repealed`,
  inForce: `active.${row}.inForce`,
});

/** C-2: per row, 现行有效 ＝ last year's 现行有效 ＋ 本年制发 － 本年废止. */
export const inForceFollowsLastYear: Rule = ({ report, last }, findings) => {
  if (!last) return;
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const ids = documentCells(row.key);
    const now = countsOf(report, [ids.issued, ids.repealed, ids.inForce]);
    const before = countOf(last, ids.inForce);
    if (!now || before === undefined) continue;
    const [issued, repealed, inForce] = now as [number, number, number];
    const expected = before + issued - repealed;
    if (inForce === expected) continue;
    findings.push({
      rule: 'C-2',
      severity: severityOf('C-2'),
      cells: [ids.inForce, ids.issued, ids.repealed],
      message:
        `二、${row.label}：现行有效件数为${inForce}，但${last.year}年现行有效${before}＋本年制发${issued}－本年废止${repealed}＝${expected}，` +
        `相差${Math.abs(inForce - expected)}（如因文件有效期届满失效、清理后重新统计或机构改革，请说明理由）`,
    });
  }
};

/** C-3: per row, 本年废止 ≤ last year's 现行有效 ＋ 本年制发. */
export const repealedWithinStock: Rule = ({ report, last }, findings) => {
  if (!last) return;
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const ids = documentCells(row.key);
    const now = countsOf(report, [ids.issued, ids.repealed]);
    const before = countOf(last, ids.inForce);
    if (!now || before === undefined) continue;
    const [issued, repealed] = now as [number, number];
    if (repealed <= before + issued) continue;
    findings.push({
      rule: 'C-3',
      severity: severityOf('C-3'),
      cells: [ids.repealed, ids.issued],
      message: `二、${row.label}：本年废止件数为${repealed}，超过${last.year}年现行有效${before}＋本年制发${issued}＝${before + issued}`,
    });
  }
};
