/**
 * The roll-up (汇总) of many units' reports of one year: which file counts for each agency, which are listed
 * and not counted, who on the roster is missing, and the exact sums of the 200 cells. Pure: the files are read
 * by the services (electron/services/rollup/), the CLI and the 汇总 screen call this.
 */
import { AGENCY_LEVEL_SHORT_LABELS, type AgencyLevel } from '../catalogue/sections.js';
import { reportFingerprint } from '../report/fingerprint.js';
import type { Report } from '../report/schema.js';
import { signatureMatches, verifyReportSignature, type SignatureChecks, type SignatureStatus } from '../report/signature.js';
import { checkReport, countFindings } from '../rules/engine.js';
import type { Finding } from '../rules/types.js';
import { summableCells, sumCells, type SummableCells } from './cellValues.js';
import { agencyKey } from './names.js';
import type { RosterEntry } from './roster.js';
import {
  ROLLUP_FORMAT,
  ROLLUP_FORMAT_VERSION,
  type FingerprintState,
  type Rollup,
  type RollupDuplicate,
  type RollupUnit,
  type RollupUnusable,
  type UnitStatus,
} from './schema.js';

/** One file that was read: a unit's report, or a roll-up made a level below. */
export type UnitSource =
  | {
      readonly kind: 'report';
      readonly file: string;
      readonly report: Report;
      /** The n-th file received from this unit (the app's records); 1 for a file read from disk. */
      readonly revision?: number;
      /** A report the unit has already published (the app's records); otherwise signed or draft from its sign-off. */
      readonly published?: boolean;
    }
  | { readonly kind: 'rollup'; readonly file: string; readonly rollup: Rollup };

export interface RollupOptions {
  /** The year to roll up; default the year most files have (the later one on a tie). */
  readonly year?: number;
  /** Units expected to report; null or absent: no roster (nothing is `missing`). */
  readonly roster?: readonly RosterEntry[] | null;
  /** Roster names not required to report this year: never `missing`. */
  readonly notRequired?: readonly string[];
  /** Files already found unusable while reading (damaged, too large …): listed under `unusable`. */
  readonly unusable?: readonly RollupUnusable[];
  /** The office making the roll-up, written into it so that the level above sees it under this name. */
  readonly agency?: string;
  readonly level?: AgencyLevel;
  /**
   * How a signed report's fingerprint is recomputed and its signature checked (default: the pure ones; the
   * services pass Node's crypto — same answers, test/security/rollup-signatures.test.ts).
   */
  readonly signatureChecks?: SignatureChecks;
  /** The public keys the office making the roll-up trusts: a unit signed with one of them is `verified`. */
  readonly trusted?: ReadonlySet<string>;
  /** The findings of one report (default: every rule, legal deadlines). */
  readonly check?: (report: Report) => readonly Finding[];
}

const PURE_CHECKS: SignatureChecks = { fingerprintOf: reportFingerprint, signatureMatches };
const NO_KEYS: ReadonlySet<string> = new Set();

/** The words for a unit whose signed report is never counted. */
export const NOT_COUNTED_NOTES = {
  fingerprint: '已签发，但内容与签发时的指纹不符（签发后被改动过），未计入',
  signature: '已签发，但数字签名与签发信息不符（签发后被改动过，或签名是伪造的），未计入',
} as const;

/** A counted unit's figures, for "which units make up this sum". */
export interface Contribution {
  readonly agency: string;
  readonly file: string;
  readonly cells: SummableCells;
}

export interface RollupComputation {
  readonly rollup: Rollup;
  readonly contributions: readonly Contribution[];
}

/**
 * What the roll-up keeps of one file once it has been read, checked and fingerprinted: plain data (it crosses
 * from a worker thread in the services), without the report's prose.
 */
export interface UnitDigest {
  readonly kind: UnitSource['kind'];
  readonly file: string;
  readonly year: number;
  readonly unit: RollupUnit;
  readonly key: string;
  readonly cells: SummableCells | null;
  /** Higher wins among files of the same agency. */
  readonly tier: number;
  readonly signedAt: string;
  /** 成文日期 ('' when none): the tie-break after signedAt. */
  readonly date: string;
}
type Candidate = UnitDigest;

const collator = new Intl.Collator('zh-CN');

/** Reads, checks and fingerprints one file for the roll-up (the part that can run in parallel). */
export function digestSource(source: UnitSource, options: UnitCheckOptions = {}): UnitDigest {
  return source.kind === 'report' ? reportCandidate(source, options) : rollupCandidate(source);
}

export function rollUp(sources: readonly UnitSource[], options: RollupOptions = {}): RollupComputation {
  const year = options.year ?? mostCommonYear(sources.map((s) => (s.kind === 'report' ? s.report.year : s.rollup.year)));
  // Files of another year are not checked: they are only listed.
  const digests = sources.map((s): UnitDigest => ((s.kind === 'report' ? s.report.year : s.rollup.year) === year ? digestSource(s, options) : otherYear(s)));
  return rollUpDigests(digests, { ...options, year });
}

function otherYear(source: UnitSource): UnitDigest {
  const year = source.kind === 'report' ? source.report.year : source.rollup.year;
  return { kind: source.kind, file: source.file, year, unit: { agency: '', level: null, file: source.file, status: 'draft', revision: 1, fingerprint: 'none', counted: false, errors: 0, warnings: 0, signature: 'unsigned' }, key: '', cells: null, tier: 0, signedAt: '', date: '' };
}

export function rollUpDigests(digests: readonly UnitDigest[], options: RollupOptions = {}): RollupComputation {
  const unusable: RollupUnusable[] = [...(options.unusable ?? [])];
  const year = options.year ?? mostCommonYear(digests.map((d) => d.year));
  const candidates: Candidate[] = [];
  for (const digest of digests) {
    if (digest.year !== year) {
      unusable.push({ file: digest.file, message: `“${digest.file}”是${digest.year}年度的${digest.kind === 'report' ? '报告' : '汇总'}，本次汇总的是${year}年度，未计入` });
      continue;
    }
    candidates.push(digest);
  }

  const duplicates: RollupDuplicate[] = [];
  const counted: Candidate[] = [];
  const groups = groupBy(candidates, (c) => c.key);
  const units: RollupUnit[] = [];
  for (const group of groups.values()) {
    const countable = group.filter((c) => c.cells !== null);
    const winner = countable.sort(compareCandidates).at(-1) ?? null;
    for (const candidate of group) {
      const isWinner = candidate === winner;
      let unit = { ...candidate.unit, counted: isWinner };
      if (!isWinner && candidate.cells !== null && winner) {
        const level = candidate.unit.level !== winner.unit.level && candidate.unit.level && winner.unit.level ? `；两份文件的机关层级不同（此文件为${AGENCY_LEVEL_SHORT_LABELS[candidate.unit.level]}，计入的为${AGENCY_LEVEL_SHORT_LABELS[winner.unit.level]}），请核实` : '';
        unit = { ...unit, note: `同一单位另有“${winner.file}”${describeWin(winner, candidate)}，此文件未计入${level}` };
      }
      units.push(unit);
    }
    if (winner) counted.push(winner);
    if (group.length > 1) {
      duplicates.push({ agency: (winner ?? group[0]!).unit.agency, files: group.map((c) => c.file).sort(collator.compare), counted: winner?.file ?? '' });
    }
  }
  units.sort((a, b) => collator.compare(a.agency, b.agency) || collator.compare(a.file, b.file));
  duplicates.sort((a, b) => collator.compare(a.agency, b.agency));

  const notRequiredKeys = new Set((options.notRequired ?? []).map(agencyKey));
  const presentKeys = new Set(candidates.map((c) => c.key));
  const roster = options.roster ?? null;
  const missing = roster ? roster.filter((e) => !presentKeys.has(agencyKey(e.name)) && !notRequiredKeys.has(agencyKey(e.name))).map((e) => e.name) : [];
  const rosterKeys = new Set((roster ?? []).map((e) => agencyKey(e.name)));
  const notOnRoster = roster ? [...new Set(counted.filter((c) => !rosterKeys.has(c.key)).map((c) => c.unit.agency))].sort(collator.compare) : undefined;
  const notRequired = roster && options.notRequired?.length ? [...options.notRequired] : undefined;

  const rollup: Rollup = {
    format: ROLLUP_FORMAT,
    formatVersion: ROLLUP_FORMAT_VERSION,
    year,
    ...(options.agency ? { agency: options.agency } : {}),
    ...(options.level ? { level: options.level } : {}),
    units,
    missing,
    duplicates,
    unusable: unusable.sort((a, b) => collator.compare(a.file, b.file)),
    ...(notRequired ? { notRequired } : {}),
    ...(notOnRoster ? { notOnRoster } : {}),
    cells: sumCells(counted.map((c) => c.cells!)),
  };
  const contributions = counted
    .map((c) => ({ agency: c.unit.agency, file: c.file, cells: c.cells! }))
    .sort((a, b) => collator.compare(a.agency, b.agency));
  return { rollup, contributions };
}

/**
 * 0 all well · 1 a counted unit with errors, a unit changed after signing (fingerprint mismatch or invalid
 * signature), or a roster unit missing · 2 nothing usable.
 */
export function rollupExitCode(rollup: Rollup): 0 | 1 | 2 {
  if (!rollup.units.some((u) => u.counted)) return 2;
  const troubled = rollup.units.some((u) => (u.counted && u.errors > 0) || u.fingerprint === 'mismatch' || u.signature === 'invalid') || rollup.missing.length > 0;
  return troubled ? 1 : 0;
}

/** Each counted unit's share of one cell (for the 汇总 screen's drill-down), largest first; zeros left out. */
export function contributionsTo(computation: RollupComputation, cellId: string): { agency: string; file: string; value: number | string }[] {
  return computation.contributions
    .map((c) => ({ agency: c.agency, file: c.file, value: c.cells[cellId]! }))
    .filter((c) => c.value !== 0 && c.value !== '0')
    .sort((a, b) => Number(b.value) - Number(a.value) || collator.compare(a.agency, b.agency));
}

/**
 * True when `candidate` should not replace `current` as an agency's file (the app's records): a draft never
 * replaces a signed report, a report changed after signing (fingerprint or signature) never replaces an intact
 * one, and a signed report never replaces one signed later. Otherwise the newer file (a correction) replaces the older.
 */
export function ranksBelow(candidate: UnitSource, current: UnitSource, checks: SignatureChecks = PURE_CHECKS): boolean {
  const rank = (s: UnitSource) =>
    s.kind === 'rollup' || s.report.signoff === null ? (s.kind === 'rollup' ? 2 : 1) : verifyReportSignature(s.report, NO_KEYS, checks) === 'invalid' ? 0 : 2;
  const signedAt = (s: UnitSource) => (s.kind === 'report' ? (s.report.signoff?.signedAt ?? '') : '');
  const a = rank(candidate);
  const b = rank(current);
  if (a !== b) return a < b;
  return a === 2 && candidate.kind === 'report' && current.kind === 'report' && compareTimes(signedAt(candidate), signedAt(current)) < 0;
}

/** The name a file is counted under: the report's agency, the roll-up's office, else the file's name. */
export function sourceAgency(source: UnitSource): string {
  const named = source.kind === 'report' ? source.report.agency : (source.rollup.agency ?? '');
  return named.trim() || fileStem(source.file);
}

/** What digesting one file needs: its rules, and how its sign-off is checked and against which keys. */
export type UnitCheckOptions = Pick<RollupOptions, 'check' | 'signatureChecks' | 'trusted'>;

function reportCandidate(source: Extract<UnitSource, { kind: 'report' }>, options: UnitCheckOptions): Candidate {
  const { report } = source;
  const findings = (options.check ?? ((r: Report) => checkReport(r)))(report);
  const counts = countFindings(findings);
  const checks = options.signatureChecks ?? PURE_CHECKS;
  // The fingerprint is computed once for both answers (a hash of the whole report).
  let computed: string | undefined;
  const once: SignatureChecks = { fingerprintOf: (r) => (computed ??= checks.fingerprintOf(r)), signatureMatches: checks.signatureMatches };
  const fingerprint: FingerprintState = report.signoff === null ? 'none' : once.fingerprintOf(report) === report.signoff.fingerprint ? 'ok' : 'mismatch';
  const signature: SignatureStatus = verifyReportSignature(report, options.trusted ?? NO_KEYS, once);
  const status: UnitStatus = source.published ? 'published' : report.signoff ? 'signed' : 'draft';
  const summable = signature === 'invalid' ? null : summableCells(report.cells);
  const note =
    fingerprint === 'mismatch'
      ? NOT_COUNTED_NOTES.fingerprint
      : signature === 'invalid'
        ? NOT_COUNTED_NOTES.signature
        : summable && !summable.ok
        ? summable.message
        : undefined;
  const agency = sourceAgency(source);
  return {
    kind: 'report',
    file: source.file,
    year: report.year,
    date: report.date ?? '',
    key: agencyKey(agency),
    cells: summable?.ok ? summable.cells : null,
    tier: status === 'draft' ? 1 : 2,
    signedAt: report.signoff?.signedAt ?? '',
    unit: {
      agency,
      level: report.level,
      file: source.file,
      status,
      revision: source.revision ?? 1,
      fingerprint,
      counted: false,
      errors: counts.errors,
      warnings: counts.warnings,
      ...(note ? { note } : {}),
      signature,
    },
  };
}

function rollupCandidate(source: Extract<UnitSource, { kind: 'rollup' }>): Candidate {
  const { rollup } = source;
  const agency = sourceAgency(source);
  const inner = rollup.units.filter((u) => u.counted);
  return {
    kind: 'rollup',
    file: source.file,
    year: rollup.year,
    date: '',
    key: agencyKey(agency),
    cells: rollup.cells,
    tier: 2,
    signedAt: '',
    unit: {
      agency,
      level: rollup.level ?? null,
      file: source.file,
      status: 'rollup',
      revision: 1,
      fingerprint: 'none',
      counted: false,
      errors: inner.reduce((n, u) => n + u.errors, 0),
      warnings: inner.reduce((n, u) => n + u.warnings, 0),
      // A roll-up file carries no sign-off of its own: nothing proves who made it.
      signature: 'unsigned',
    },
  };
}

/** Ascending: the last one wins. Signed (or published, or a roll-up) over draft; then the later signedAt; then 成文日期; then the file name. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return a.tier - b.tier || compareTimes(a.signedAt, b.signedAt) || compareTimes(a.date, b.date) || collator.compare(a.file, b.file);
}

function describeWin(winner: Candidate, loser: Candidate): string {
  if (winner.tier > loser.tier) return '（已签发）';
  if (compareTimes(winner.signedAt, loser.signedAt) > 0) return `（签发时间更晚：${winner.signedAt}）`;
  return '（按成文日期和文件名排在后面）';
}

/** ISO times compared as instants when both parse, as text otherwise. */
function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function mostCommonYear(years: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = new Date().getFullYear() - 1;
  let bestCount = 0;
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && y > best)) [best, bestCount] = [y, n];
  return best;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The file's name without folders and extension: the name a roll-up without `agency` is listed under. */
function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.nianbao-rollup\.json$|\.nianbao\.json$|\.json$|\.pdf$/i, '');
}
