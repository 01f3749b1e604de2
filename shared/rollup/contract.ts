/**
 * What the 汇总 screen receives through the contract (shared/api.ts, channels rollup.*): the view of one year's
 * collection (roster rows with their state, the roll-up object with its sums), one received unit, and the
 * history of an agency's files. Outputs only; the inputs are in the contract itself.
 */
import * as z from 'zod';
import { AGENCY_LEVELS } from '../catalogue/sections.js';
import { SIGNATURE_STATUSES } from '../report/signature.js';
import { FINGERPRINT_STATES, rollupSchema } from './schema.js';

const id = z.number().int().positive();

/** 未报送 / 草稿 / 已签发 / 已公开, a roll-up from a level below, or not required this year. */
export const UNIT_STATES = ['missing', 'draft', 'signed', 'published', 'rollup', 'notRequired'] as const;
export type UnitState = (typeof UNIT_STATES)[number];
export const UNIT_STATE_LABELS: Record<UnitState, string> = {
  missing: '未报送',
  draft: '草稿',
  signed: '已签发',
  published: '已公开',
  rollup: '汇总',
  notRequired: '本年不需报送',
};

export const receiptSchema = z.strictObject({
  id,
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  receivedAt: z.string(),
  receivedBy: z.string(),
  /** The receipt that replaced this one (a corrected file), or null for the current one. */
  replacedBy: id.nullable(),
  status: z.enum(['draft', 'signed', 'rollup']),
  signedAt: z.string().nullable(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * What a received unit's sign-off proves here (the office's trusted keys), whose key signed it, and — the keys
 * kept with the roster — whether that key differs from the one this unit used or was trusted with before.
 */
export const unitSignatureSchema = z.strictObject({
  status: z.enum(SIGNATURE_STATUSES),
  /** The signer's public key (null when the file carries none). */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Its short form for comparing over the telephone ("3f2a-9c01-77de-b410-5e62"). */
  keyFingerprint: z.string().nullable(),
  /** The name this office gave the key when it trusted it; null when not trusted (or this office's own key). */
  trustedName: z.string().nullable(),
  /** 密钥与上次不同 and the like, in Chinese: the key is not the one this unit signed or was trusted with before. */
  keyWarning: z.string().nullable(),
});
export type UnitSignature = z.infer<typeof unitSignatureSchema>;

export const rollupRowSchema = z.strictObject({
  /** Stable key of the row (the agency's name key). */
  key: z.string(),
  name: z.string(),
  level: z.enum(AGENCY_LEVELS).nullable(),
  /** The roster entry, or null for a unit that reported but is not on the roster. */
  rosterId: id.nullable(),
  state: z.enum(UNIT_STATES),
  /** The current receipt, or null when nothing was received. */
  receipt: receiptSchema.nullable(),
  /** How many files this unit has sent for the year (1 + corrections). */
  revisions: z.number().int().nonnegative(),
  fingerprint: z.enum(FINGERPRINT_STATES).nullable(),
  counted: z.boolean(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  /** Why a received report is not counted, in Chinese; null when counted or not received. */
  note: z.string().nullable(),
  /** The received file's signature; null when nothing was received. */
  signature: unitSignatureSchema.nullable(),
});
export type RollupRow = z.infer<typeof rollupRowSchema>;

export const rollupViewSchema = z.strictObject({
  year: z.number().int(),
  /** Years with received files (newest first), for the year picker. */
  years: z.array(z.number().int()),
  rows: z.array(rollupRowSchema),
  rollup: rollupSchema,
});
export type RollupView = z.infer<typeof rollupViewSchema>;

export const receiveOutcomeSchema = z.strictObject({
  fileName: z.string(),
  /** new · replaced (a correction, the older file kept in the history) · kept (the file stays in the history, an earlier one still counts) · same · unusable */
  outcome: z.enum(['new', 'replaced', 'kept', 'same', 'unusable']),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  /** What happened, in Chinese. */
  message: z.string(),
});
export type ReceiveOutcome = z.infer<typeof receiveOutcomeSchema>;

export const contributionSchema = z.strictObject({ agency: z.string(), receiptId: id, value: z.union([z.number(), z.string()]) });
export type ContributionOut = z.infer<typeof contributionSchema>;
