/**
 * A fast path in front of the exchange file's zod schema (schema.ts `exchangeReportSchema`): plain code that
 * accepts only what the schema accepts and gives exactly what it gives (same fields, same key order, same
 * defaults), and answers null — "ask zod" — for anything else, so every refusal and its Chinese sentence still
 * come from the schema. It exists for speed: validating with zod was about 40 % of a 10,000-unit roll-up.
 * test/security/quick-exchange.test.ts feeds both many mutated files and requires the same result on every one.
 * When the schema changes, this must change with it (the test fails until it does).
 */
import { MAX_AGENCY_NAME, normaliseAgencyName } from '../agencyName.js';
import { AGENCY_LEVELS } from '../catalogue/sections.js';
import type * as z from 'zod';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type exchangeReportSchema } from './schema.js';

export type ParsedExchange = z.output<typeof exchangeReportSchema>;

const MAX_TEXT = 2_000_000;
const LEVELS: ReadonlySet<unknown> = new Set(AGENCY_LEVELS);
const FINGERPRINT = /^[0-9a-f]{64}$/;
/** Not decided here: ask the schema. */
const UNSURE = Symbol('unsure');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A field of `object`: absent (undefined), or its value; present-but-undefined is left to the schema. */
function field(object: Record<string, unknown>, key: string): unknown {
  if (!Object.hasOwn(object, key)) return undefined;
  const value = object[key];
  if (value === undefined) throw UNSURE;
  return value;
}

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

function text(object: Record<string, unknown>, key: string): string {
  const value = field(object, key);
  if (value === undefined) return '';
  if (!isString(value, MAX_TEXT)) throw UNSURE;
  return value;
}

function signoffOf(value: unknown): ParsedExchange['signoff'] {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) throw UNSURE;
  const drafter = field(value, 'drafter');
  const reviewer = field(value, 'reviewer');
  const approver = field(value, 'approver');
  const signedAt = field(value, 'signedAt');
  const fingerprint = field(value, 'fingerprint');
  const signature = field(value, 'signature');
  const publicKey = field(value, 'publicKey');
  if (typeof drafter !== 'string' || typeof reviewer !== 'string' || typeof approver !== 'string' || typeof signedAt !== 'string') throw UNSURE;
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) throw UNSURE;
  if (signature !== undefined && !isString(signature, 200)) throw UNSURE;
  if (publicKey !== undefined && !isString(publicKey, 200)) throw UNSURE;
  return {
    drafter,
    reviewer,
    approver,
    signedAt,
    fingerprint,
    ...(signature !== undefined ? { signature } : {}),
    ...(publicKey !== undefined ? { publicKey } : {}),
  };
}

function cellsOf(value: unknown): ParsedExchange['cells'] {
  if (!isPlainObject(value)) throw UNSURE;
  const cells: ParsedExchange['cells'] = {};
  for (const key of Object.keys(value)) {
    if (key.length > 200 || key === '__proto__') throw UNSURE; // (the reader refuses such keys before this)
    const cell = value[key];
    if (cell === null || typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell))) cells[key] = cell;
    else throw UNSURE;
  }
  return cells;
}

function parse(data: Record<string, unknown>): ParsedExchange {
  if (field(data, 'format') !== EXCHANGE_FORMAT || field(data, 'formatVersion') !== EXCHANGE_FORMAT_VERSION) throw UNSURE;
  const template = field(data, 'template');
  if (template !== undefined && template !== TEMPLATE_2021) throw UNSURE;

  const rawAgency = field(data, 'agency');
  let agency = '';
  if (rawAgency !== undefined) {
    if (!isString(rawAgency, 1000)) throw UNSURE;
    agency = normaliseAgencyName(rawAgency);
    if (agency.length > MAX_AGENCY_NAME) throw UNSURE;
  }
  const level = field(data, 'level');
  if (!LEVELS.has(level)) throw UNSURE;
  const year = field(data, 'year');
  if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 1990 || year > 2200) throw UNSURE;
  const title = field(data, 'title');
  if (title !== undefined && !isString(title, 400)) throw UNSURE;

  const rawSections = field(data, 'sections');
  let sections: ParsedExchange['sections'] = { overview: '', problems: '', other: '' };
  if (rawSections !== undefined) {
    if (!isPlainObject(rawSections)) throw UNSURE;
    sections = { overview: text(rawSections, 'overview'), problems: text(rawSections, 'problems'), other: text(rawSections, 'other') };
  }
  const cells = cellsOf(field(data, 'cells'));
  const rawIssuer = field(data, 'issuer');
  if (rawIssuer !== undefined && rawIssuer !== null && !isString(rawIssuer, 200)) throw UNSURE;
  const rawDate = field(data, 'date');
  if (rawDate !== undefined && rawDate !== null && !isString(rawDate, 40)) throw UNSURE;
  const rawSignoff = field(data, 'signoff');

  // Key order as the schema's shape (what zod gives back); an optional field absent stays absent.
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    template: TEMPLATE_2021,
    agency,
    level: level as ParsedExchange['level'],
    year,
    ...(title !== undefined ? { title } : {}),
    preamble: text(data, 'preamble'),
    sections,
    cells,
    issuer: rawIssuer === undefined ? '' : (rawIssuer as string | null),
    date: rawDate === undefined ? null : (rawDate as string | null),
    signoff: signoffOf(rawSignoff),
  };
}

/** The schema's result for a file it accepts, or null when the schema must decide (a refusal, an odd value). */
export function quickExchangeReport(data: unknown): ParsedExchange | null {
  if (!isPlainObject(data)) return null;
  try {
    return parse(data);
  } catch (error) {
    if (error === UNSURE) return null;
    throw error;
  }
}
