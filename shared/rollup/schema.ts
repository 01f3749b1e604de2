/**
 * The roll-up object and file (`format: "nianbao-rollup"`, ../shared/spec/cli.md "The roll-up"). Keys are a
 * contract: add, never rename. Reading a roll-up file never throws: the roll-up, or one Chinese sentence.
 */
import * as z from 'zod';
import { CELL_BY_ID, CELL_IDS, FEE_CELL_ID } from '../catalogue/cells.js';
import { AGENCY_LEVELS } from '../catalogue/sections.js';
import { parseFee } from '../report/decimal.js';
import { SIGNATURE_STATUSES } from '../report/signature.js';

export const ROLLUP_FORMAT = 'nianbao-rollup';
export const ROLLUP_FORMAT_VERSION = 1;

export const UNIT_STATUSES = ['signed', 'draft', 'published', 'rollup'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const FINGERPRINT_STATES = ['ok', 'mismatch', 'none'] as const;
export type FingerprintState = (typeof FINGERPRINT_STATES)[number];

/** One file of the roll-up. Later issues add fields (a `signature` per unit); none is ever renamed. */
export const rollupUnitSchema = z.object({
  agency: z.string().max(200),
  level: z.enum(AGENCY_LEVELS).nullable(),
  file: z.string().max(4096),
  status: z.enum(UNIT_STATUSES),
  revision: z.number().int().positive(),
  fingerprint: z.enum(FINGERPRINT_STATES),
  counted: z.boolean(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  /** Why a unit is not counted (a later file of the same agency, changed after signing, figures not numbers). */
  note: z.string().max(1000).optional(),
  /**
   * What the unit's sign-off proves to the office that made the roll-up (shared/report/signature.ts): verified ·
   * unknown-key · invalid (never counted) · unsigned (also a roll-up from a level below, which has no sign-off).
   * Added in issue 12; absent in roll-up files written before it (formatVersion stays 1).
   */
  signature: z.enum(SIGNATURE_STATUSES).optional(),
});
export type RollupUnit = z.infer<typeof rollupUnitSchema>;

export const rollupDuplicateSchema = z.object({ agency: z.string(), files: z.array(z.string()), counted: z.string() });
export type RollupDuplicate = z.infer<typeof rollupDuplicateSchema>;
export const rollupUnusableSchema = z.object({ file: z.string(), message: z.string() });
export type RollupUnusable = z.infer<typeof rollupUnusableSchema>;

/** Every count a non-negative integer, the fee an exact decimal string. */
const summedCellsSchema = z.record(z.string(), z.union([z.number(), z.string()])).superRefine((cells, ctx) => {
  for (const id of CELL_IDS) {
    const value = cells[id];
    const ok = id === FEE_CELL_ID ? typeof value === 'string' && parseFee(value).ok : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    if (!ok) ctx.addIssue({ code: 'custom', message: `单元格“${CELL_BY_ID.get(id)?.reference ?? id}”的合计${value === undefined ? '缺失' : '不是有效的数'}` });
  }
  for (const id of Object.keys(cells)) if (!CELL_BY_ID.has(id)) ctx.addIssue({ code: 'custom', message: `未知的单元格编号“${id.slice(0, 60)}”` });
});

export const rollupSchema = z.object({
  format: z.literal(ROLLUP_FORMAT),
  formatVersion: z.literal(ROLLUP_FORMAT_VERSION),
  year: z.number().int().min(1990).max(2200),
  /** The office that made the roll-up (when known): the name a city sees this roll-up under. */
  agency: z.string().max(200).optional(),
  level: z.enum(AGENCY_LEVELS).optional(),
  units: z.array(rollupUnitSchema),
  missing: z.array(z.string()),
  duplicates: z.array(rollupDuplicateSchema),
  unusable: z.array(rollupUnusableSchema),
  /** Units of the roster that were not expected to report this year (marked in the app). */
  notRequired: z.array(z.string()).optional(),
  /** Reports whose agency is not on the roster (only when a roster was given): a misspelt name, or a new unit. */
  notOnRoster: z.array(z.string()).optional(),
  cells: summedCellsSchema,
});
export type Rollup = z.infer<typeof rollupSchema>;

export type RollupReadResult = { readonly ok: true; readonly rollup: Rollup } | { readonly ok: false; readonly message: string };

/** True when parsed JSON announces itself as a roll-up (then it is read as one, or refused as a damaged one). */
export function isRollupValue(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).format === ROLLUP_FORMAT;
}

export function readRollupValue(data: unknown): RollupReadResult {
  if (!isRollupValue(data)) return { ok: false, message: `不是汇总文件：缺少格式标识 "format": "${ROLLUP_FORMAT}"` };
  const version = (data as Record<string, unknown>).formatVersion;
  if (typeof version === 'number' && version > ROLLUP_FORMAT_VERSION) {
    return { ok: false, message: `此汇总文件为第${version}版格式，由较新的年报软件生成；请升级年报软件后再读取` };
  }
  const parsed = rollupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `（${issue.path.map(String).join('.')}）` : '';
    return { ok: false, message: `汇总文件有误${where}：${issue.code === 'custom' ? issue.message : '内容不完整或类型不对'}` };
  }
  return { ok: true, rollup: parsed.data };
}

/** The roll-up file as written: fixed key order, cells in printed order, two-space indent. */
export function writeRollupText(rollup: Rollup): string {
  const cells: Record<string, number | string> = {};
  for (const id of CELL_IDS) cells[id] = rollup.cells[id]!;
  return `${JSON.stringify({ ...rollup, cells }, null, 2)}\n`;
}
