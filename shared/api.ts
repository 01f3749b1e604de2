/**
 * The one contract for every call across the process boundary (renderer → main, browser → loopback bridge):
 * each channel maps to a zod input schema and a zod output schema. The dispatcher in electron/services/api
 * validates both ways; the renderer's client is typed from the same object. Channels and fields are added,
 * never renamed.
 *
 * Inputs are strict objects (an unknown field is refused, which also refuses `__proto__` and `constructor`
 * keys), every string has a length limit and every id is a positive integer.
 */
import * as z from 'zod';
import { CELL_BY_ID } from './catalogue/cells.js';
import { AGENCY_LEVELS } from './catalogue/sections.js';
import { parseIsoDate } from './calendar.js';
import { RULE_IDS } from './rules/catalogue.js';
import { cellValueSchema, EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, signoffSchema, TEMPLATE_2021 } from './report/schema.js';

// ── building blocks ────────────────────────────────────────────────────────────────────────────────────────

const id = z.number().int().positive().max(2_147_483_647);
const name = z.string().trim().min(1).max(100);
const personName = z.string().trim().min(1).max(50);
const isoDate = z.string().max(10).refine((text) => parseIsoDate(text) !== undefined, { message: '日期应写作 YYYY-MM-DD' });
const year = z.number().int().min(1990).max(2200);
const cellId = z.string().max(64).refine((cell) => CELL_BY_ID.has(cell), { message: '没有这个单元格' });
/** A cell as the clerk typed it: a count, the fee as a decimal string, or null (cleared). Judged by V-1. */
const editedCellValue = z.union([z.number().finite(), z.string().max(64), z.null()]);
const reason = z.string().trim().min(2).max(2000);
const timestamp = z.string().max(40);
const none = z.strictObject({});

/** Sections of text one edit may change. Agency name and level live on the agency (see agencies.update). */
export const EDITABLE_FIELDS = ['title', 'preamble', 'issuer', 'date', 'sections.overview', 'sections.problems', 'sections.other'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/** Longest text one field may hold: a section of about 60 printed pages. */
export const MAX_FIELD_CHARS = 100_000;
/** Largest exchange file accepted as text (the file reader's cap is the same). */
export const MAX_EXCHANGE_CHARS = 8 * 1024 * 1024;

export const REPORT_STATUSES = ['draft', 'signed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: '草稿', signed: '已签发' };

// ── outputs ────────────────────────────────────────────────────────────────────────────────────────────────

/** A report in memory, all 200 cells present (what `shared/report/schema.ts` calls Report). */
export const reportSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  template: z.literal(TEMPLATE_2021),
  agency: z.string(),
  level: z.enum(AGENCY_LEVELS),
  year,
  title: z.string(),
  preamble: z.string(),
  sections: z.strictObject({ overview: z.string(), problems: z.string(), other: z.string() }),
  cells: z.record(z.string(), cellValueSchema),
  issuer: z.string(),
  date: z.string().nullable(),
  signoff: signoffSchema.nullable(),
});

export const agencySchema = z.strictObject({
  id,
  name: z.string(),
  level: z.enum(AGENCY_LEVELS),
  issuer: z.string(),
  createdAt: timestamp,
});
export type Agency = z.infer<typeof agencySchema>;

export const findingCountsSchema = z.strictObject({
  errors: z.number().int(),
  /** Warnings neither fixed nor dismissed: each blocks sign-off. */
  warnings: z.number().int(),
  dismissed: z.number().int(),
  infos: z.number().int(),
});
export type FindingCounts = z.infer<typeof findingCountsSchema>;

export const reportSummarySchema = z.strictObject({
  id,
  agencyId: id,
  agency: z.string(),
  level: z.enum(AGENCY_LEVELS),
  year,
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** 1 for the first sign-off; each unlock starts the next revision. */
  revision: z.number().int().positive(),
  counts: findingCountsSchema,
  /** The fingerprint of the current sign-off, or null for a draft. */
  fingerprint: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const dismissalSchema = z.strictObject({
  id,
  rule: z.enum(RULE_IDS),
  cells: z.array(z.string()),
  fields: z.array(z.string()),
  reason: z.string(),
  dismissedBy: z.string(),
  dismissedAt: timestamp,
});
export type Dismissal = z.infer<typeof dismissalSchema>;

/** A finding of the rule engine, with the dismissal that covers it (warnings only). */
export const checkedFindingSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  cells: z.array(z.string()),
  fields: z.array(z.string()),
  message: z.string(),
  dismissalId: id.nullable(),
});
export type CheckedFinding = z.infer<typeof checkedFindingSchema>;

export const checkResultSchema = z.strictObject({
  summary: reportSummarySchema,
  findings: z.array(checkedFindingSchema),
  dismissals: z.array(dismissalSchema),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const reportDetailSchema = z.strictObject({
  summary: reportSummarySchema,
  report: reportSchema,
  findings: z.array(checkedFindingSchema),
  dismissals: z.array(dismissalSchema),
  /** Last year's report of the same agency when the records hold it (for C-rules and the 五 comparison). */
  lastYear: z.strictObject({ reportId: id, report: reportSchema }).nullable(),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const editResultSchema = checkResultSchema.extend({ savedAt: timestamp });
export type EditResult = z.infer<typeof editResultSchema>;

export const backupSchema = z.strictObject({
  name: z.string(),
  createdAt: timestamp,
  reason: z.enum(['rotation', 'migration', 'signoff', 'manual', 'before-restore']),
  bytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const auditEntrySchema = z.strictObject({
  id,
  at: timestamp,
  actor: z.string(),
  action: z.string(),
  /** What happened, in Chinese, e.g. 修改单元格. */
  actionLabel: z.string(),
  reportId: id.nullable(),
  /** The report as people name it (机关 + 年度), kept even after the report is deleted. */
  reportLabel: z.string().nullable(),
  /** A cell id or field name, or null. */
  target: z.string().nullable(),
  /** The printed label of the target. */
  targetLabel: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const databaseStates = ['ready', 'damaged', 'newer'] as const;
export const appStatusSchema = z.strictObject({
  state: z.enum(databaseStates),
  /** Why the records cannot be used (state damaged or newer), in Chinese; null when ready. */
  problem: z.string().nullable(),
  schemaVersion: z.number().int().nonnegative(),
  dataDir: z.string(),
  databasePath: z.string(),
  userName: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const importResultSchema = z.strictObject({
  detail: reportDetailSchema,
  /** What the import did that the person should know (an agency created, a signature that no longer matched…). */
  notes: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const cancelled = z.strictObject({ cancelled: z.literal(true) });

// ── the contract ───────────────────────────────────────────────────────────────────────────────────────────

export const API = {
  'app.status': { input: none, output: appStatusSchema },
  'settings.setUserName': { input: z.strictObject({ name: personName }), output: appStatusSchema },

  'agencies.list': { input: none, output: z.array(agencySchema) },
  'agencies.create': {
    input: z.strictObject({ name, level: z.enum(AGENCY_LEVELS), issuer: z.string().trim().max(100).optional() }),
    output: agencySchema,
  },
  'agencies.update': {
    input: z.strictObject({ agencyId: id, name: name.optional(), level: z.enum(AGENCY_LEVELS).optional(), issuer: z.string().trim().max(100).optional() }),
    output: agencySchema,
  },

  'reports.list': { input: none, output: z.array(reportSummarySchema) },
  'reports.create': {
    input: z.strictObject({ agencyId: id, year, start: z.enum(['blank', 'carryForward']) }),
    output: reportDetailSchema,
  },
  'reports.open': { input: z.strictObject({ reportId: id }), output: reportDetailSchema },
  'reports.delete': {
    input: z.strictObject({ reportId: id, confirm: z.literal(true) }),
    output: z.strictObject({ deleted: id }),
  },
  'reports.editCells': {
    input: z.strictObject({
      reportId: id,
      edits: z.array(z.strictObject({ cellId, value: editedCellValue })).min(1).max(200),
    }),
    output: editResultSchema,
  },
  'reports.editField': {
    input: z.strictObject({ reportId: id, field: z.enum(EDITABLE_FIELDS), value: z.string().max(MAX_FIELD_CHARS).nullable() }),
    output: editResultSchema,
  },
  'reports.check': { input: z.strictObject({ reportId: id }), output: checkResultSchema },
  'reports.createNextYear': { input: z.strictObject({ reportId: id }), output: reportDetailSchema },

  'findings.dismiss': {
    input: z.strictObject({
      reportId: id,
      rule: z.enum(RULE_IDS),
      cells: z.array(cellId).max(200),
      fields: z.array(z.string().max(40)).max(10).optional(),
      reason,
    }),
    output: checkResultSchema,
  },
  'findings.restore': { input: z.strictObject({ reportId: id, dismissalId: id }), output: checkResultSchema },

  'signoff.sign': {
    input: z.strictObject({ reportId: id, drafter: personName, reviewer: personName, approver: personName, signedAt: isoDate }),
    output: reportDetailSchema,
  },
  'signoff.unlock': { input: z.strictObject({ reportId: id, reason }), output: reportDetailSchema },

  'exchange.exportText': {
    input: z.strictObject({ reportId: id }),
    output: z.strictObject({ fileName: z.string(), text: z.string() }),
  },
  'exchange.exportFile': {
    input: z.strictObject({ reportId: id }),
    output: z.union([z.strictObject({ path: z.string() }), cancelled]),
  },
  'exchange.importText': {
    input: z.strictObject({
      fileName: z.string().max(260),
      text: z.string().max(MAX_EXCHANGE_CHARS),
      replaceDraft: z.boolean().optional(),
    }),
    output: importResultSchema,
  },
  'reports.exportPdf': {
    input: z.strictObject({ reportId: id, signoffSheet: z.boolean().optional() }),
    output: z.union([z.strictObject({ path: z.string() }), cancelled]),
  },
  'exchange.importFile': {
    input: z.strictObject({ replaceDraft: z.boolean().optional() }),
    output: z.union([importResultSchema, cancelled]),
  },

  'backups.list': { input: none, output: z.array(backupSchema) },
  'backups.create': { input: none, output: backupSchema },
  'backups.restore': {
    input: z.strictObject({ name: z.string().max(200) }),
    output: z.strictObject({ restored: z.string(), setAside: z.string().nullable(), status: appStatusSchema }),
  },

  'audit.history': {
    input: z.strictObject({ reportId: id.optional(), target: z.string().max(64).optional(), limit: z.number().int().min(1).max(5000).optional() }),
    output: z.array(auditEntrySchema),
  },
} as const;

export type Api = typeof API;
export type Channel = keyof Api;
export const CHANNELS = Object.keys(API) as Channel[];
export type ChannelInput<C extends Channel> = z.input<Api[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Api[C]['output']>;

/** Channels that still answer when the database is damaged or newer than the program. */
export const CHANNELS_WITHOUT_RECORDS: readonly Channel[] = ['app.status', 'backups.list', 'backups.restore'];

// ── results and errors ─────────────────────────────────────────────────────────────────────────────────────

export const API_ERROR_CODES = [
  'INVALID_INPUT', // the input does not match the contract
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'SIGNED', // the report is signed: read-only until unlocked
  'CONFLICT', // e.g. a report for that agency and year already exists
  'REFUSED', // the action is not allowed now (sign-off with errors, dismissing an error…)
  'BAD_FILE', // an imported file is damaged, wrong-shaped or from a newer version
  'DAMAGED', // the database is damaged: only backups can be listed and restored
  'NEWER_DATABASE', // the database was written by a newer version of the program
  'IO', // the disk refused (full, read-only, permissions)
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  readonly code: ApiErrorCode;
  /** One sentence of plain Chinese for the person at the desk. */
  readonly message: string;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** What the renderer calls: the preload's `invoke` and the bridge client both have this shape. */
export type Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;
