/**
 * The totals the editor computes as the clerk types: which cells are totals, what they sum, and which totals
 * follow an edit. Derived from the cell catalogue — the same equations the rules R3-2, R3-3 and R4-1…R4-3 judge.
 *
 * A total "follows" its parts (it is shown as computed and recomputed when a part changes) when it equals the sum
 * of its parts, or when it is blank. A total the clerk typed differently is left alone: the rules then judge it.
 */
import {
  APPEAL_GROUPS,
  APPEAL_PART_COLUMNS,
  APPLICANT_PART_COLUMNS,
  APPLICATION_ROWS,
  CELL_IDS,
  RESULT_ROW_KEYS,
  appealCellId,
  applicationCellId,
} from '../catalogue/cells.js';
import type { CellValue } from './schema.js';

/** One cell as the editor sends it to `reports.editCells`. */
export interface CellEdit {
  readonly cellId: string;
  readonly value: CellValue;
}

export type CellValues = Readonly<Record<string, CellValue>>;

/**
 * Every computed total with its parts:
 * - table 三, each row's 总计 = the six applicant columns (R3-3), including the （七）总计 row;
 * - table 三, each applicant column's （七）总计 = the 21 result rows (R3-2);
 * - table 四, each group's 总计 = 维持＋纠正＋其他＋尚未审结 (R4-1…R4-3).
 * `applications.resultsTotal.total` sits in two equations (its row and the 总计 column); it is computed from its
 * row, whose cells are themselves computed from the result rows, so both equations hold whenever the table's other
 * totals follow. When the clerk has typed one of them differently, R3-2 judges the 总计 column.
 */
function buildTotals(): ReadonlyMap<string, readonly string[]> {
  const totals = new Map<string, readonly string[]>();
  for (const row of APPLICATION_ROWS) {
    totals.set(
      applicationCellId(row.key, 'total'),
      APPLICANT_PART_COLUMNS.map((column) => applicationCellId(row.key, column)),
    );
  }
  for (const column of APPLICANT_PART_COLUMNS) {
    totals.set(
      applicationCellId('resultsTotal', column),
      RESULT_ROW_KEYS.map((row) => applicationCellId(row, column)),
    );
  }
  for (const group of APPEAL_GROUPS) {
    totals.set(
      appealCellId(group.key, 'total'),
      APPEAL_PART_COLUMNS.map((column) => appealCellId(group.key, column)),
    );
  }
  return totals;
}

const TOTALS = buildTotals();

/**
 * The totals in an order where each comes after every total among its parts (catalogue order otherwise), so one
 * pass computes chains: a result cell → its row 总计 and its column's （七）总计 → the （七）总计 row's 总计.
 */
function dependencyOrder(): readonly string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string, path: readonly string[]): void => {
    if (placed.has(id)) return;
    if (path.includes(id)) throw new Error(`totals form a cycle: ${[...path, id].join(' → ')}`);
    for (const part of TOTALS.get(id)!) if (TOTALS.has(part)) place(part, [...path, id]);
    placed.add(id);
    order.push(id);
  };
  for (const id of CELL_IDS) if (TOTALS.has(id)) place(id, []);
  return order;
}

/** Every computed total, each after the totals it sums (so the list can be computed in one pass). */
export const COMPUTED_TOTAL_IDS: readonly string[] = dependencyOrder();

/** The totals that directly sum each cell (a result cell is a part of its row 总计 and its column's （七）总计). */
const TOTALS_OF_PART: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const total of COMPUTED_TOTAL_IDS) {
    for (const part of TOTALS.get(total)!) {
      const list = map.get(part) ?? [];
      list.push(total);
      map.set(part, list);
    }
  }
  return map;
})();

export const isComputedTotal = (cellId: string): boolean => TOTALS.has(cellId);

/** The cells a total sums, in printed order; empty for a cell that is not a computed total. */
export const partsOf = (totalId: string): readonly string[] => TOTALS.get(totalId) ?? [];

const isCount = (value: CellValue | undefined): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The sum of a total's parts, or null when a part is not a non-negative integer (blank, text, negative, 2.5) —
 * the same values the rules compute with — or when the id is not a computed total.
 */
export function sumOfParts(cells: CellValues, totalId: string): number | null {
  const parts = TOTALS.get(totalId);
  if (!parts) return null;
  let total = 0;
  for (const part of parts) {
    const value = cells[part];
    if (!isCount(value)) return null;
    total += value;
  }
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * Whether a total is shown as computed: it equals the sum of its parts, or it is blank (null or empty — nothing
 * typed there, e.g. every part blank, or a total left empty by an import). False for a typed total that differs,
 * and for a cell that is not a computed total.
 *
 * A blank total follows even when its parts cannot be summed: typing "12件" into a part blanks its totals (they
 * cannot be computed), and correcting the part to 12 brings them back. A typed total whose parts cannot be summed
 * does not follow, so an imported total beside an unreadable part is never overwritten.
 */
export function totalFollows(cells: CellValues, totalId: string): boolean {
  if (!TOTALS.has(totalId)) return false;
  const value = cells[totalId];
  if (isBlank(value)) return true;
  return isCount(value) && value === sumOfParts(cells, totalId);
}

/**
 * The edits with the totals that follow them: every total downstream of an edited cell that followed its parts
 * before the edit is set to the new sum of its parts (null when they cannot be summed). An edit that sets a total
 * directly is kept as typed, and totals it feeds follow it. Returns the edits first (in their order; a cell edited
 * twice appears once, where it first appeared, with its last value), then the totals that changed, each after the
 * totals it sums. Cells whose computed value is unchanged are not repeated.
 */
export function followTotals(cells: CellValues, edits: readonly CellEdit[]): CellEdit[] {
  const typed = new Map<string, CellValue>();
  for (const edit of edits) typed.set(edit.cellId, edit.value);
  const result: CellEdit[] = [...typed].map(([cellId, value]) => ({ cellId, value }));

  const affected = new Set<string>();
  const mark = (cellId: string): void => {
    for (const total of TOTALS_OF_PART.get(cellId) ?? []) {
      if (affected.has(total)) continue;
      affected.add(total);
      mark(total);
    }
  };
  for (const cellId of typed.keys()) mark(cellId);

  const after: Record<string, CellValue> = { ...cells };
  for (const [cellId, value] of typed) after[cellId] = value;
  for (const total of COMPUTED_TOTAL_IDS) {
    if (!affected.has(total) || typed.has(total) || !totalFollows(cells, total)) continue;
    const value = sumOfParts(after, total);
    if (value === (after[total] ?? null)) continue;
    after[total] = value;
    result.push({ cellId: total, value });
  }
  return result;
}
