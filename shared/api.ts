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
import { CELL_BY_ID, CELL_IDS } from './catalogue/cells.js';
import { AGENCY_LEVELS } from './catalogue/sections.js';
import { parseIsoDate } from './calendar.js';
import { NOTE_KINDS, type SourceTemplate, type SourceType } from './import/types.js';
import { contributionSchema, receiptSchema, receiveOutcomeSchema, rollupViewSchema, unitSignatureSchema } from './rollup/contract.js';
import { rollupSchema } from './rollup/schema.js';
import { RULE_IDS } from './rules/catalogue.js';
import { LEDGER_FIELDS, MAX_LEDGER_CELL_CHARS, type LedgerField } from './ledger/types.js';
import { cellValueSchema, EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, signoffSchema, TEMPLATE_2021 } from './report/schema.js';
import { SIGNATURE_STATUSES } from './report/signature.js';
import { MAX_AGENCY_NAME, normaliseAgencyName } from './agencyName.js';

// ── building blocks ────────────────────────────────────────────────────────────────────────────────────────

const id = z.number().int().positive().max(2_147_483_647);
/** An agency's name: normalised (shared/agencyName.ts) before it is limited, the same as file and records. */
const name = z.string().max(1000).overwrite(normaliseAgencyName).min(1, '请填写机关名称').max(MAX_AGENCY_NAME, `机关名称不能超过${MAX_AGENCY_NAME}个字`);
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

/** Largest file `imports.readFile` reads: the 8 MB cap of every file the person picks. */
export const MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024;
/** The same cap as base64 text (4 characters per 3 bytes, padded). */
export const MAX_IMPORT_BASE64_CHARS = 4 * Math.ceil(MAX_IMPORT_FILE_BYTES / 3);

/** What a file read for import turned out to be (sniffed from its bytes, never from its name). */
export const IMPORT_SOURCE_TYPES = ['exchange', 'app-pdf', 'pdf', 'docx', 'html', 'text'] as const satisfies readonly SourceType[];
export const IMPORT_SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  exchange: '年报交换文件',
  'app-pdf': '本软件生成的 PDF',
  pdf: '已公开的 PDF',
  docx: 'Word 文档',
  html: '网页',
  text: '文本',
};
export const IMPORT_TEMPLATES = ['gov-2021', 'gov-2019'] as const satisfies readonly SourceTemplate[];

/**
 * Why a report is read-only: `signed` — signed off (in this program, or in our signed exchange file) by named
 * people; `published-import` — imported as the report the office had already published, with no names.
 */
export const REPORT_ORIGINS = ['signed', 'published-import'] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];

export const REPORT_STATUSES = ['draft', 'signed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: '草稿', signed: '已签发' };

const sha256Hex = z.string().length(64).regex(/^[0-9a-f]{64}$/);
const base64 = z
  .string()
  .max(MAX_IMPORT_BASE64_CHARS)
  .refine((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text), { message: '不是 base64 编码的文件内容' });
const proseText = z.string().max(MAX_FIELD_CHARS);

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
  /** Why a signed report is read-only (REPORT_ORIGINS); null for a draft. */
  origin: z.enum(REPORT_ORIGINS).nullable(),
  /** The published file the report was imported from (`imports.save`), kept after an unlock; else null. */
  importedFrom: z.strictObject({ fileName: z.string(), sha256: z.string() }).nullable(),
  /** What the sign-off proves (report/signature.ts), recomputed on every read; null for a draft. */
  signature: z.enum(SIGNATURE_STATUSES).nullable().optional(),
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

/**
 * ready · damaged (restore a backup) · newer (install the newer program) · and, told apart so that none is
 * mistaken for damage (issue 12): locked (another program holds the file: close it, retry), readOnly (no write
 * permission: move it or get permission, retry), diskFull (free space, retry), missing (no records file, or an
 * empty one, while backups exist: restore one, or start empty on purpose).
 */
export const databaseStates = ['ready', 'damaged', 'newer', 'locked', 'readOnly', 'diskFull', 'missing'] as const;
/** States where a restore is the wrong advice: the file is fine, its surroundings are not. */
export const RETRY_STATES: readonly (typeof databaseStates)[number][] = ['locked', 'readOnly', 'diskFull'];
export const appStatusSchema = z.strictObject({
  state: z.enum(databaseStates),
  /** Why the records cannot be used (state damaged or newer), in Chinese; null when ready. */
  problem: z.string().nullable(),
  schemaVersion: z.number().int().nonnegative(),
  dataDir: z.string(),
  databasePath: z.string(),
  /** Where the backups are kept (shown in the backups drawer). */
  backupsDir: z.string().optional(),
  userName: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

// ── signatures and trusted keys (issue 12) ───────────────────────────────────────────────────────────────

const publicKey = z.string().regex(/^[0-9a-f]{64}$/, '公钥应为64位十六进制字符');
/** Whose key it is, as the clerk confirmed it: the unit's name (normalised and limited like an agency name). */
const keyOwnerName = z.string().max(1000).overwrite(normaliseAgencyName).min(1, '请填写密钥属于哪个单位').max(MAX_AGENCY_NAME, `单位名称不能超过${MAX_AGENCY_NAME}个字`);

/** Who signed a file that was read, and what that proves here. */
export const signatureInfoSchema = z.strictObject({
  status: z.enum(SIGNATURE_STATUSES),
  /** The signer's public key (null when the file carries none). */
  publicKey: publicKey.nullable(),
  /** Its short form for comparing over the telephone ("3f2a-9c01-77de-b410-5e62"). */
  keyFingerprint: z.string().nullable(),
  /** The name this office gave the key when it trusted it; null when not trusted (or this office's own key). */
  trustedName: z.string().nullable(),
});
export type SignatureInfo = z.infer<typeof signatureInfoSchema>;

export const trustedKeySchema = z.strictObject({
  publicKey,
  keyFingerprint: z.string(),
  name: z.string(),
  source: z.enum(['file', 'imported']),
  addedBy: z.string(),
  addedAt: timestamp,
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export const keysSchema = z.strictObject({
  /** This installation's own public key (what other offices confirm), or null when the key file is unusable. */
  own: z.strictObject({ publicKey, keyFingerprint: z.string() }).nullable(),
  /** Why this installation cannot sign (a damaged key file), else null. */
  problem: z.string().nullable(),
  trusted: z.array(trustedKeySchema),
});
export type Keys = z.infer<typeof keysSchema>;

const signatureChannels = {
  'keys.list': { input: z.strictObject({}), output: keysSchema },
  /** Trust a unit's key: from a file just read (`file`) or typed/pasted from what the unit sent (`imported`). */
  'keys.trust': { input: z.strictObject({ publicKey, name: keyOwnerName, source: z.enum(['file', 'imported']) }), output: keysSchema },
  'keys.untrust': { input: z.strictObject({ publicKey }), output: keysSchema },
  /** Opens the records file again (after the clerk closed the program holding it, freed space…). */
  'records.retry': { input: z.strictObject({}), output: appStatusSchema },
  /** A backup written to a folder the clerk picks (a USB stick), read back and checked after writing. */
  'backups.exportTo': { input: z.strictObject({}), output: z.union([z.strictObject({ path: z.string(), bytes: z.number().int().nonnegative() }), z.strictObject({ cancelled: z.literal(true) })]) },
  /** A backup file from elsewhere (another machine) taken into the backups list, to restore like any other. */
  'backups.takeIn': { input: z.strictObject({}), output: z.union([backupSchema, z.strictObject({ cancelled: z.literal(true) })]) },
  /** With no records file but backups present: start with empty records anyway (asked for explicitly). */
  'records.startEmpty': { input: z.strictObject({ confirm: z.literal(true) }), output: appStatusSchema },
  // ── issue 12 part b: 打开所在文件夹 (the renderer names WHICH folder, never a path) ──
  /** Shows the records file (selected in its folder) or opens the backups folder in the system's file manager. */
  'records.showInFolder': { input: z.strictObject({ target: z.enum(['records', 'backups']) }), output: z.strictObject({ done: z.literal(true) }) },
} as const;

export const importResultSchema = z.strictObject({
  detail: reportDetailSchema,
  /** What the import did that the person should know (an agency created, a signature that no longer matched…). */
  notes: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importNoteSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  /** The cells the note is about (empty for the whole report, a table or a prose section). */
  cells: z.array(z.string()),
  message: z.string(),
});
export type ImportNoteOut = z.infer<typeof importNoteSchema>;

/** Longest source text `imports.readFile` returns, in lines and characters (a report is a few hundred lines). */
export const MAX_SOURCE_LINES = 5000;
export const MAX_SOURCE_CHARS = 1_000_000;

/** A file read for the import review screen: nothing saved yet. */
export const importReviewSchema = z.strictObject({
  fileName: z.string(),
  /** SHA-256 (hex) of the file's bytes: passed back to `imports.save` as `source.sha256`. */
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  source: z.strictObject({ type: z.enum(IMPORT_SOURCE_TYPES), template: z.enum(IMPORT_TEMPLATES) }),
  /** The report as read: all 200 cells, the prose, agency, level (guessed from the name), year, issuer, date. */
  report: reportSchema,
  /** False when the file names no year (report.year is then only a placeholder the person must correct). */
  yearFound: z.boolean(),
  /** Every note of the importer: blank, placeholder, unparsed, missing, variant, template. */
  notes: z.array(importNoteSchema),
  /** The ordinary rules on the report as read (with last year's report when the records hold it). */
  findings: z.array(checkedFindingSchema),
  lastYear: z.strictObject({ reportId: id, report: reportSchema }).nullable(),
  /** The text the importer read, line by line (table rows with their cells joined by tabs). */
  sourceText: z.strictObject({ lines: z.array(z.string()), truncated: z.boolean() }),
  /** What the file's sign-off proves (only files that carry one: our own exchange file or PDF). */
  signature: signatureInfoSchema.optional(),
  /** The agency of the records with the report's agency name, and that agency's report for the year if any. */
  match: z.strictObject({
    agencyId: id.nullable(),
    existing: z
      .strictObject({
        reportId: id,
        status: z.enum(REPORT_STATUSES),
        origin: z.enum(REPORT_ORIGINS).nullable(),
        /** True when `imports.save` with `replaceDraft: true` may replace it (a draft never signed). */
        replaceable: z.boolean(),
      })
      .nullable(),
  }),
});
export type ImportReview = z.infer<typeof importReviewSchema>;

const cancelled = z.strictObject({ cancelled: z.literal(true) });

// ── the 依申请公开 ledger (issue 14) ───────────────────────────────────────────────────────────────────────────

/** Largest ledger file `ledger.readFile` / `ledger.importFile` take (a 10,000-row workbook is about 1 MB). */
export const MAX_LEDGER_FILE_BYTES = 20 * 1024 * 1024;
const ledgerBase64 = z
  .string()
  .max(4 * Math.ceil(MAX_LEDGER_FILE_BYTES / 3))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Most rows one call may add, change or delete. */
export const MAX_LEDGER_BATCH = 20_000;
const ledgerCellText = z.string().max(MAX_LEDGER_CELL_CHARS);
const ledgerCellsSchema = z.strictObject(
  Object.fromEntries(LEDGER_FIELDS.map((f) => [f, ledgerCellText])) as Record<LedgerField, typeof ledgerCellText>,
);
const ledgerMappingSchema = z.strictObject(
  Object.fromEntries(LEDGER_FIELDS.map((f) => [f, z.number().int().min(1).max(500).optional()])) as Record<
    LedgerField,
    z.ZodOptional<z.ZodNumber>
  >,
);
export const ledgerEntrySchema = z.strictObject({
  id,
  /** The row number the screen shows (1…n, in the ledger's order). */
  row: z.number().int().positive(),
  cells: ledgerCellsSchema,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export const holidayScheduleSchema = z.strictObject({
  year,
  source: z.string().trim().min(1).max(200),
  holidays: z.array(isoDate).max(366),
  workdays: z.array(isoDate).max(366),
});
export const ledgerViewSchema = z.strictObject({
  agencyId: id,
  entries: z.array(ledgerEntrySchema),
  /** Years whose State Council schedule ships with the program, and the schedules the office added. */
  schedules: z.strictObject({ shippedYears: z.array(year), added: z.array(holidayScheduleSchema) }),
});
export type LedgerView = z.infer<typeof ledgerViewSchema>;
const ledgerFindingSchema = z.strictObject({ kind: z.enum(['overdue', 'unmapped', 'invalid', 'outOfYear']), row: z.number().int(), message: z.string() });
const ledgerFileInput = {
  fileName: z.string().max(260),
  base64: ledgerBase64,
  sheet: z.string().max(200).optional(),
  /** The header's row number as the spreadsheet shows it (1 = the first row). */
  headerRow: z.number().int().min(1).max(200_000).optional(),
  /** Column numbers as the spreadsheet counts them (1 = column A). */
  mapping: ledgerMappingSchema.optional(),
};
/** A ledger file read for the mapping step: nothing saved yet. */
export const ledgerFilePreviewSchema = z.strictObject({
  fileName: z.string(),
  sheet: z.string(),
  sheets: z.array(z.string()),
  /** The header's row number as the spreadsheet shows it. */
  headerRow: z.number().int().positive(),
  /** Column numbers (1 = column A) of each field found or chosen. */
  headers: z.array(z.string()),
  mapping: ledgerMappingSchema,
  /** The first rows of the sheet as text, from the top (title rows included), for the preview. */
  rows: z.array(z.array(z.string())),
  /** Rows that would be imported. */
  recordCount: z.number().int().nonnegative(),
  /** The needed columns not found, as one sentence; null when all four are mapped. */
  missingColumns: z.string().nullable(),
  /** Rows whose applicant type, result or dates cannot be read (they would not be counted until fixed). */
  problems: z.array(ledgerFindingSchema),
});
export type LedgerFilePreview = z.infer<typeof ledgerFilePreviewSchema>;
export const ledgerTallySchema = z.strictObject({
  year,
  rows: z.number().int().nonnegative(),
  counted: z.number().int().nonnegative(),
  cells: z.record(z.string(), z.number().int().nonnegative()),
  findings: z.array(ledgerFindingSchema),
  notes: z.array(z.string()),
});
export type LedgerTallyOut = z.infer<typeof ledgerTallySchema>;

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
  // ── the report in the office's formats (issue 13): Word, a web page for the 公开专栏 ──
  'reports.exportDocx': {
    input: z.strictObject({ reportId: id }),
    output: z.union([z.strictObject({ path: z.string() }), cancelled]),
  },
  'reports.exportHtml': {
    input: z.strictObject({ reportId: id }),
    output: z.union([z.strictObject({ path: z.string() }), cancelled]),
  },
  /** The web page's article (inline styles, no script) and a plain-text copy, for 复制为网页. */
  'reports.webPage': {
    input: z.strictObject({ reportId: id }),
    output: z.strictObject({ html: z.string(), text: z.string() }),
  },
  /** Every signed revision with its names; `kept` when the report as signed is in the records (issue 13). */
  'reports.revisions': {
    input: z.strictObject({ reportId: id }),
    output: z.array(
      z.strictObject({
        revision: z.number().int().positive(),
        kind: z.enum(['signed', 'published']),
        drafter: z.string(),
        reviewer: z.string(),
        approver: z.string(),
        signedAt: z.string(),
        fingerprint: z.string(),
        kept: z.boolean(),
      }),
    ),
  },
  /** An earlier signed revision as it was signed, to show read-only. */
  'reports.openRevision': {
    input: z.strictObject({ reportId: id, revision: z.number().int().positive().max(100_000) }),
    output: z.strictObject({ revision: z.number().int().positive(), report: reportSchema }),
  },
  /** That revision's PDF printed again: the same bytes as when it was signed. */
  'reports.exportRevisionPdf': {
    input: z.strictObject({ reportId: id, revision: z.number().int().positive().max(100_000), signoffSheet: z.boolean().optional() }),
    output: z.union([z.strictObject({ path: z.string() }), cancelled]),
  },
  /** Which font sets each part of the report on this machine, and the characters left to Noto Serif SC. */
  'reports.printFonts': {
    input: z.strictObject({ reportId: id }),
    output: z.strictObject({
      roles: z.array(
        z.strictObject({ role: z.string(), label: z.string(), family: z.string().nullable(), file: z.string().nullable(), fallbackChars: z.string() }),
      ),
      lines: z.array(z.string()),
      problems: z.array(z.string()),
    }),
  },
  'exchange.importFile': {
    input: z.strictObject({ replaceDraft: z.boolean().optional() }),
    output: z.union([importResultSchema, cancelled]),
  },

  'imports.readFile': {
    input: z.strictObject({ fileName: z.string().max(260), base64 }),
    output: importReviewSchema,
  },
  'imports.save': {
    input: z
      .strictObject({
        /** An agency of the records, or … */
        agencyId: id.optional(),
        /** … a new one (exactly one of the two). */
        newAgency: z.strictObject({ name, level: z.enum(AGENCY_LEVELS), issuer: z.string().trim().max(100).optional() }).optional(),
        year,
        title: z.string().trim().min(1).max(400),
        preamble: proseText,
        sections: z.strictObject({ overview: proseText, problems: proseText, other: proseText }),
        /** All 200 cells, as reviewed (a wrong value is kept as typed and judged by V-1). */
        cells: z.record(z.enum(CELL_IDS as unknown as [string, ...string[]]), editedCellValue),
        issuer: z.string().trim().max(200),
        date: isoDate.nullable(),
        /** The file read by imports.readFile: its name and the SHA-256 it gave. */
        source: z.strictObject({ fileName: z.string().trim().min(1).max(260), sha256: sha256Hex, type: z.enum(IMPORT_SOURCE_TYPES) }),
        replaceDraft: z.boolean().optional(),
      })
      .refine((input) => (input.agencyId === undefined) !== (input.newAgency === undefined), { message: '请指定已有的机关（agencyId）或新机关（newAgency），只能二选一' }),
    output: reportDetailSchema,
  },

  // ── the county's collection (汇总): received units, the roster, the summed tables, exports ──
  'rollup.view': { input: z.strictObject({ year: year.optional() }), output: rollupViewSchema },
  'rollup.receive': {
    input: z.strictObject({ files: z.array(z.strictObject({ fileName: z.string().trim().min(1).max(1000), base64 })).min(1).max(10) }),
    output: z.strictObject({ outcomes: z.array(receiveOutcomeSchema) }),
  },
  'rollup.unit': {
    input: z.strictObject({ receiptId: id }),
    output: z.strictObject({
      receipt: receiptSchema,
      /** The unit's report (null when the file was a roll-up from a level below). */
      report: reportSchema.nullable(),
      rollup: rollupSchema.nullable(),
      findings: z.array(checkedFindingSchema),
      fingerprint: z.enum(['ok', 'mismatch', 'none']),
      /** What the file's sign-off proves here, and whose key signed it (issue 12). */
      signature: unitSignatureSchema,
      /** Every file this unit sent for the year, oldest first (the current one last). */
      history: z.array(receiptSchema),
    }),
  },
  'rollup.contributions': { input: z.strictObject({ year, cellId }), output: z.array(contributionSchema) },
  'rollup.setPublished': { input: z.strictObject({ receiptId: id, published: z.boolean() }), output: z.strictObject({ done: z.literal(true) }) },
  'rollup.roster.import': {
    input: z.strictObject({ fileName: z.string().trim().min(1).max(260), base64 }),
    output: z.strictObject({ added: z.number().int(), alreadyListed: z.number().int(), notes: z.array(z.string()) }),
  },
  'rollup.roster.add': {
    input: z.strictObject({ name: z.string().trim().min(1).max(200), level: z.enum(AGENCY_LEVELS).nullable() }),
    output: z.strictObject({ done: z.literal(true) }),
  },
  'rollup.roster.update': {
    input: z.strictObject({ rosterId: id, name: z.string().trim().min(1).max(200), level: z.enum(AGENCY_LEVELS).nullable() }),
    output: z.strictObject({ done: z.literal(true) }),
  },
  'rollup.roster.setRequired': {
    /** exempt: true — this unit is not required to report in `year` (never listed as missing). */
    input: z.strictObject({ rosterId: id, year, exempt: z.boolean() }),
    output: z.strictObject({ done: z.literal(true) }),
  },
  'rollup.exportXlsx': { input: z.strictObject({ year }), output: z.union([z.strictObject({ path: z.string() }), cancelled]) },
  'rollup.exportFile': { input: z.strictObject({ year }), output: z.union([z.strictObject({ path: z.string() }), cancelled]) },

  'backups.list': { input: none, output: z.array(backupSchema) },
  'backups.create': { input: none, output: backupSchema },
  'backups.restore': {
    /** `acceptSignedLoss`: the clerk confirmed restoring a backup from before a sign-off (else CONFLICT naming them). */
    input: z.strictObject({ name: z.string().max(200), acceptSignedLoss: z.boolean().optional() }),
    output: z.strictObject({ restored: z.string(), setAside: z.string().nullable(), status: appStatusSchema }),
  },

  'ledger.open': { input: z.strictObject({ agencyId: id }), output: ledgerViewSchema },
  'ledger.addRows': {
    input: z.strictObject({ agencyId: id, rows: z.array(ledgerCellsSchema.partial()).min(1).max(MAX_LEDGER_BATCH) }),
    output: z.strictObject({ entries: z.array(ledgerEntrySchema) }),
  },
  'ledger.editCells': {
    input: z.strictObject({
      agencyId: id,
      edits: z.array(z.strictObject({ entryId: id, field: z.enum(LEDGER_FIELDS), value: ledgerCellText })).min(1).max(MAX_LEDGER_BATCH),
    }),
    output: z.strictObject({ entries: z.array(ledgerEntrySchema) }),
  },
  'ledger.deleteRows': { input: z.strictObject({ agencyId: id, entryIds: z.array(id).min(1).max(MAX_LEDGER_BATCH) }), output: ledgerViewSchema },
  'ledger.readFile': { input: z.strictObject(ledgerFileInput), output: ledgerFilePreviewSchema },
  'ledger.importFile': {
    input: z.strictObject({ ...ledgerFileInput, agencyId: id, mode: z.enum(['append', 'replace']) }),
    output: z.strictObject({ view: ledgerViewSchema, imported: z.number().int().nonnegative() }),
  },
  'ledger.addSchedule': { input: holidayScheduleSchema, output: ledgerViewSchema.shape.schedules },
  /** The tally of the report's agency's ledger for the report's year (null without a ledger), for 由台账生成 and L-1. */
  'ledger.tallyForReport': {
    input: z.strictObject({ reportId: id }),
    output: z.strictObject({
      tally: ledgerTallySchema.nullable(),
      /** Last year's report's 四、结转下年度继续办理, when the ledger holds no application from before the year. */
      carriedOverFromLastReport: z.record(z.string(), z.number()).nullable(),
    }),
  },

  'audit.history': {
    input: z.strictObject({ reportId: id.optional(), target: z.string().max(64).optional(), limit: z.number().int().min(1).max(5000).optional() }),
    output: z.array(auditEntrySchema),
  },

  // ── year over year (issue 15): the key figures of every year the records hold for a report's agency ──
  'reports.history': {
    input: z.strictObject({ reportId: id }),
    output: z.array(
      z.strictObject({
        reportId: id,
        year,
        received: z.number().int().nonnegative().nullable(),
        concluded: z.number().int().nonnegative().nullable(),
        appeals: z.number().int().nonnegative().nullable(),
        inForce: z.number().int().nonnegative().nullable(),
      }),
    ),
  },
  ...signatureChannels,
} as const;

export type Api = typeof API;
export type Channel = keyof Api;
export const CHANNELS = Object.keys(API) as Channel[];
export type ChannelInput<C extends Channel> = z.input<Api[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Api[C]['output']>;

/** Channels that still answer when the database is damaged or newer than the program. */
export const CHANNELS_WITHOUT_RECORDS: readonly Channel[] = ['app.status', 'backups.list', 'backups.restore', 'records.retry', 'records.startEmpty', 'backups.takeIn', 'records.showInFolder'];

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
