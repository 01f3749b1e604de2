/**
 * The exchange file (`*.nianbao.json`, formatVersion 1) as zod schemas, and the in-memory report type.
 * Cell values are read as they are written (number, string or null) so that a wrong number becomes a V-1
 * finding that names the cell, not a refusal of the whole file. Only a file that is not a report is refused.
 */
import * as z from 'zod';
import { MAX_AGENCY_NAME, normaliseAgencyName } from '../agencyName.js';
import { AGENCY_LEVELS } from '../catalogue/sections.js';

export const EXCHANGE_FORMAT = 'nianbao-report';
export const EXCHANGE_FORMAT_VERSION = 1;
export const TEMPLATE_2021 = 'gov-2021';

/** A cell as stored: a count is a JSON integer, the fee a decimal string; null = missing. */
export const cellValueSchema = z.union([z.number(), z.string(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const signoffSchema = z.object({
  drafter: z.string(),
  reviewer: z.string(),
  approver: z.string(),
  signedAt: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** Ed25519 signature (hex) of signoffMessage (report/signature.ts); absent in files signed before signatures. */
  signature: z.string().max(200).optional(),
  /** The signer's Ed25519 public key (hex), present with `signature`. */
  publicKey: z.string().max(200).optional(),
});
export type Signoff = z.infer<typeof signoffSchema>;

const text = z.string().max(2_000_000);

export const sectionsSchema = z.object({
  overview: text.default(''),
  problems: text.default(''),
  other: text.default(''),
});

/** Version 1 of the exchange file, after the envelope (format, formatVersion) has been checked. */
export const exchangeReportSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  template: z.literal(TEMPLATE_2021).default(TEMPLATE_2021),
  // Normalised as everywhere (shared/agencyName.ts), then limited as the records limit it: a longer name is
  // refused here with a clear sentence, not by the database with an internal error.
  agency: z.string().max(1000).overwrite(normaliseAgencyName).max(MAX_AGENCY_NAME).default(''),
  level: z.enum(AGENCY_LEVELS),
  year: z.number().int().min(1990).max(2200),
  title: z.string().max(400).optional(),
  preamble: text.default(''),
  sections: sectionsSchema.default({ overview: '', problems: '', other: '' }),
  cells: z.record(z.string().max(200), cellValueSchema),
  issuer: z.string().max(200).nullable().default(''),
  date: z.string().max(40).nullable().default(null),
  signoff: signoffSchema.nullable().default(null),
});

/** A report in memory: every one of the 200 cell ids is a key of `cells` (null when missing). */
export interface Report {
  format: typeof EXCHANGE_FORMAT;
  formatVersion: typeof EXCHANGE_FORMAT_VERSION;
  template: typeof TEMPLATE_2021;
  agency: string;
  level: (typeof AGENCY_LEVELS)[number];
  year: number;
  title: string;
  preamble: string;
  sections: { overview: string; problems: string; other: string };
  cells: Record<string, CellValue>;
  issuer: string;
  /** 成文日期, ISO `YYYY-MM-DD`; null when not known (S-1 reports it). */
  date: string | null;
  signoff: Signoff | null;
}

/** Chinese names of the exchange file's fields, for messages. */
export const FIELD_LABELS: Record<string, string> = {
  format: '格式标识',
  formatVersion: '格式版本',
  template: '模板',
  agency: '机关名称',
  level: '机关层级',
  year: '年度',
  title: '标题',
  preamble: '前言',
  sections: '正文',
  'sections.overview': '一、总体情况',
  'sections.problems': '五、存在的主要问题及改进情况',
  'sections.other': '六、其他需要报告的事项',
  cells: '表格数据',
  issuer: '署名',
  date: '成文日期',
  signoff: '签发信息',
};
