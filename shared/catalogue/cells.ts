/**
 * The cell catalogue: every number of the 2021 report format (国办公开办函〔2021〕30号), with its stable id and
 * its exact printed labels. Declared once; screens, PDF, importer, rules and tests read it from here.
 * Source of truth: ../shared/spec/report-format.md ("Cell ids").
 */

export type CellKind = 'count' | 'fee';

export interface CellDef {
  /** Stable id, e.g. `applications.received.natural`. Never rename. */
  readonly id: string;
  readonly table: 'active' | 'applications' | 'appeals';
  readonly kind: CellKind;
  /** Printed row label (the most specific one, e.g. "1.属于国家秘密"). */
  readonly rowLabel: string;
  /** Printed column label (e.g. "自然人", "本年制发件数"). */
  readonly columnLabel: string;
  /** Human reference used in messages: "三、（三）不予公开 1.属于国家秘密 ·「自然人」". */
  readonly reference: string;
}

// ---------------------------------------------------------------- table 二 (主动公开)

export const ACTIVE_DOCUMENT_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '行政规范性文件' },
] as const;
export type ActiveDocumentRow = (typeof ACTIVE_DOCUMENT_ROWS)[number]['key'];

export const ACTIVE_DOCUMENT_COLUMNS = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'inForce', label: '现行有效件数' },
] as const;
export type ActiveDocumentColumn = (typeof ACTIVE_DOCUMENT_COLUMNS)[number]['key'];

export const ACTIVE_DECISION_ROWS = [
  { key: 'licensing', label: '行政许可', caption: '第二十条第（五）项' },
  { key: 'penalties', label: '行政处罚', caption: '第二十条第（六）项' },
  { key: 'enforcement', label: '行政强制', caption: '第二十条第（六）项' },
] as const;
export type ActiveDecisionRow = (typeof ACTIVE_DECISION_ROWS)[number]['key'];

export const DECISIONS_COLUMN_LABEL = '本年处理决定数量';
export const FEE_ROW_LABEL = '行政事业性收费';
export const FEE_COLUMN_LABEL = '本年收费金额（单位：万元）';
export const FEE_CELL_ID = 'active.fees.amount';

// ---------------------------------------------------------------- table 三 (依申请公开)

export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key'];
/** The six columns whose sum is the 总计 column. */
export const APPLICANT_PART_COLUMNS = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key) as Exclude<
  ApplicantColumn,
  'total'
>[];

/** Result groups of 三、本年度办理结果, as printed (（三）–（六） span several rows). */
export const RESULT_GROUPS = [
  { key: 'granted', label: '（一）予以公开' },
  { key: 'partlyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { key: 'withheld', label: '（三）不予公开' },
  { key: 'unavailable', label: '（四）无法提供' },
  { key: 'notProcessed', label: '（五）不予处理' },
  { key: 'otherHandling', label: '（六）其他处理' },
  { key: 'resultsTotal', label: '（七）总计' },
] as const;
export type ResultGroup = (typeof RESULT_GROUPS)[number]['key'];

export interface ApplicationRowDef {
  readonly key: string;
  /** The row's own printed label (level 2 or 3). */
  readonly label: string;
  /** Result group for rows under 三、本年度办理结果; undefined for 一、二、四. */
  readonly group?: ResultGroup;
  /** A short label for messages ("一、本年新收", "（三）不予公开 1.属于国家秘密"). */
  readonly shortLabel: string;
}

function resultRow(group: ResultGroup, key: string, label: string): ApplicationRowDef {
  const groupLabel = RESULT_GROUPS.find((g) => g.key === group)!.label;
  const single = key === group;
  return { key, label, group, shortLabel: single ? groupLabel.replace(/（区分处理.*）$/, '') : `${groupLabel}${label}` };
}

export const APPLICATION_ROWS: readonly ApplicationRowDef[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', shortLabel: '一、本年新收申请' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', shortLabel: '二、上年结转申请' },
  resultRow('granted', 'granted', '（一）予以公开'),
  resultRow('partlyGranted', 'partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  resultRow('withheld', 'withheld.stateSecret', '1.属于国家秘密'),
  resultRow('withheld', 'withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开'),
  resultRow('withheld', 'withheld.securityStability', '3.危及“三安全一稳定”'),
  resultRow('withheld', 'withheld.thirdPartyRights', '4.保护第三方合法权益'),
  resultRow('withheld', 'withheld.internalAffairs', '5.属于三类内部事务信息'),
  resultRow('withheld', 'withheld.processInformation', '6.属于四类过程性信息'),
  resultRow('withheld', 'withheld.enforcementFiles', '7.属于行政执法案卷'),
  resultRow('withheld', 'withheld.administrativeQuery', '8.属于行政查询事项'),
  resultRow('unavailable', 'unavailable.notHeld', '1.本机关不掌握相关政府信息'),
  resultRow('unavailable', 'unavailable.needsCreation', '2.没有现成信息需要另行制作'),
  resultRow('unavailable', 'unavailable.stillUnclear', '3.补正后申请内容仍不明确'),
  resultRow('notProcessed', 'notProcessed.complaint', '1.信访举报投诉类申请'),
  resultRow('notProcessed', 'notProcessed.duplicate', '2.重复申请'),
  resultRow('notProcessed', 'notProcessed.publication', '3.要求提供公开出版物'),
  resultRow('notProcessed', 'notProcessed.excessive', '4.无正当理由大量反复申请'),
  resultRow('notProcessed', 'notProcessed.reconfirmation', '5.要求行政机关确认或重新出具已获取信息'),
  resultRow(
    'otherHandling',
    'otherHandling.noCorrection',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  ),
  resultRow(
    'otherHandling',
    'otherHandling.feeUnpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  ),
  resultRow('otherHandling', 'otherHandling.other', '3.其他'),
  resultRow('resultsTotal', 'resultsTotal', '（七）总计'),
  { key: 'carriedForward', label: '四、结转下年度继续办理', shortLabel: '四、结转下年度继续办理' },
];

/** The 21 result rows whose sum is （七）总计 (granted … otherHandling.other). */
export const RESULT_ROW_KEYS = APPLICATION_ROWS.filter((r) => r.group && r.group !== 'resultsTotal').map(
  (r) => r.key,
);

export const applicationCellId = (row: string, column: ApplicantColumn): string => `applications.${row}.${column}`;

// ---------------------------------------------------------------- table 四 (复议、诉讼)

export const APPEAL_GROUPS = [
  { key: 'review', label: '行政复议', shortLabel: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉', shortLabel: '行政诉讼（未经复议直接起诉）' },
  { key: 'litigationAfterReview', label: '复议后起诉', shortLabel: '行政诉讼（复议后起诉）' },
] as const;
export type AppealGroup = (typeof APPEAL_GROUPS)[number]['key'];

export const APPEAL_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type AppealColumn = (typeof APPEAL_COLUMNS)[number]['key'];
export const APPEAL_PART_COLUMNS = APPEAL_COLUMNS.slice(0, 4).map((c) => c.key) as Exclude<AppealColumn, 'total'>[];

export const appealCellId = (group: AppealGroup, column: AppealColumn): string => `appeals.${group}.${column}`;

// ---------------------------------------------------------------- the flat catalogue

function buildCatalogue(): CellDef[] {
  const cells: CellDef[] = [];
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    for (const col of ACTIVE_DOCUMENT_COLUMNS) {
      cells.push({
        id: `active.${row.key}.${col.key}`,
        table: 'active',
        kind: 'count',
        rowLabel: row.label,
        columnLabel: col.label,
        reference: `二、${row.label}「${col.label}」`,
      });
    }
  }
  for (const row of ACTIVE_DECISION_ROWS) {
    cells.push({
      id: `active.${row.key}.decisions`,
      table: 'active',
      kind: 'count',
      rowLabel: row.label,
      columnLabel: DECISIONS_COLUMN_LABEL,
      reference: `二、${row.label}「${DECISIONS_COLUMN_LABEL}」`,
    });
  }
  cells.push({
    id: FEE_CELL_ID,
    table: 'active',
    kind: 'fee',
    rowLabel: FEE_ROW_LABEL,
    columnLabel: FEE_COLUMN_LABEL,
    reference: `二、${FEE_ROW_LABEL}「${FEE_COLUMN_LABEL}」`,
  });
  for (const row of APPLICATION_ROWS) {
    for (const col of APPLICANT_COLUMNS) {
      cells.push({
        id: applicationCellId(row.key, col.key),
        table: 'applications',
        kind: 'count',
        rowLabel: row.label,
        columnLabel: col.label,
        reference: `三、${row.shortLabel}「${col.label}」`,
      });
    }
  }
  for (const group of APPEAL_GROUPS) {
    for (const col of APPEAL_COLUMNS) {
      cells.push({
        id: appealCellId(group.key, col.key),
        table: 'appeals',
        kind: 'count',
        rowLabel: group.label,
        columnLabel: col.label,
        reference: `四、${group.shortLabel}「${col.label}」`,
      });
    }
  }
  return cells;
}

/** All 200 cells in printed order (table 二, then 三 row by row, then 四). */
export const CELLS: readonly CellDef[] = buildCatalogue();
export const CELL_IDS: readonly string[] = CELLS.map((c) => c.id);
export const CELL_BY_ID: ReadonlyMap<string, CellDef> = new Map(CELLS.map((c) => [c.id, c]));
export const COUNT_CELL_IDS: readonly string[] = CELLS.filter((c) => c.kind === 'count').map((c) => c.id);

export const isCellId = (id: string): boolean => CELL_BY_ID.has(id);
