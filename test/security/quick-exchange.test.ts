/**
 * security: the fast path in front of the exchange schema (shared/report/quickExchange.ts) is exactly as strict
 * as the schema. Thousands of mutated files — every field removed, nulled, given a wrong type, a value just
 * inside and just outside each limit, look-alike agency names, odd numbers (Infinity, 1.5, -0), unknown fields —
 * and random combinations of those: on every one the fast path either gives the schema's own result (same
 * values, same key order) or leaves the file to the schema, and it leaves to the schema exactly the files the
 * schema refuses. So reading a file answers the same with or without it.
 */
import { describe, expect, it } from 'vitest';
import { toExchangeObject } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import { quickExchangeReport } from '../../shared/report/quickExchange.js';
import type { Report } from '../../shared/report/schema.js';
import { exchangeReportSchema } from '../../shared/report/schema.js';
import { newKeyPair, signSignoff } from '../../shared/report/signature.js';
import { makeReport } from '../support/reports.js';
import { seededRandom } from '../support/random.js';

type Json = Record<string, unknown>;

const plain = makeReport();
const keys = newKeyPair();
const signed: Report = { ...plain, signoff: signSignoff({ drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2025-01-20', fingerprint: reportFingerprint(plain) }, keys) };
const legacy: Report = { ...plain, signoff: { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2025-01-20', fingerprint: reportFingerprint(plain) } };
const bases: Json[] = [toExchangeObject(plain), toExchangeObject(signed), toExchangeObject(legacy)].map((o) => JSON.parse(JSON.stringify(o)) as Json);
// A minimal file: only what has no default.
bases.push({ format: 'nianbao-report', formatVersion: 1, level: 'township', year: 2024, cells: { 'active.licensing.decisions': 3 } });

const long = (n: number, ch = '字') => ch.repeat(n);
/** Values every field is tried with: wrong types, empty, and lengths and numbers at and beyond each limit. */
const PALETTE: unknown[] = [
  null, true, false, 0, -0, 1, -1, 1.5, Infinity, -Infinity, NaN, 1989, 1990, 2024, 2200, 2201, 2 ** 53, '', ' ', 'x', '2024',
  'nianbao-report', 'gov-2021', 'gov-2019', 'county', 'department', 'township', 'city', 'province',
  long(40), long(41), long(100), long(101), long(200), long(201), long(400), long(401), long(1000), long(1001),
  'a'.repeat(64), 'A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64), 'ab'.repeat(64), 'ab'.repeat(100), 'ab'.repeat(101),
  '巴楚县\u200B人民政府', ' 巴楚县人民政府 ', '巴楚县(人民)政府', `${long(99)}\u200B\u200B`, `${long(100)} `, `${long(101)}\u200B`, '\u0000', 'ＡＢＣ',
  [], ['x'], {}, { overview: 'x' }, { 'active.licensing.decisions': 1 }, Object.create(null) as object,
];

const PATHS = [
  'format', 'formatVersion', 'template', 'agency', 'level', 'year', 'title', 'preamble', 'sections', 'sections.overview', 'sections.problems',
  'sections.other', 'cells', 'cells.active.licensing.decisions', 'cells.active.fees.amount', 'issuer', 'date', 'signoff', 'signoff.drafter',
  'signoff.reviewer', 'signoff.approver', 'signoff.signedAt', 'signoff.fingerprint', 'signoff.signature', 'signoff.publicKey', 'extra', 'signoff.extra',
  'sections.extra',
];

/** The object and key a path names (cells' ids contain dots: everything after "cells." is one key). */
function locate(root: Json, path: string): { parent: Json | null; key: string } {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { parent: root, key: head! };
  const inner = root[head!];
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return { parent: null, key: '' };
  return { parent: inner as Json, key: head === 'cells' ? rest.join('.') : rest[0]! };
}

function mutate(base: Json, path: string, value: unknown | typeof REMOVE): Json {
  const copy = structuredClone(base);
  const { parent, key } = locate(copy, path);
  if (!parent) return copy;
  if (value === REMOVE) delete parent[key];
  else parent[key] = value;
  return copy;
}
const REMOVE = Symbol('remove');

function expectSame(data: Json): 'fast' | 'schema' {
  const quick = quickExchangeReport(data);
  const schema = exchangeReportSchema.safeParse(data, { reportInput: true });
  expect(quick !== null, JSON.stringify(data).slice(0, 300)).toBe(schema.success);
  if (quick !== null && schema.success) {
    expect(quick).toStrictEqual(schema.data);
    expect(JSON.stringify(quick)).toBe(JSON.stringify(schema.data)); // the same key order
  }
  return quick !== null ? 'fast' : 'schema';
}

describe('security: the exchange fast path is exactly as strict as the schema', () => {
  it('security: every field removed or given each value of the palette, on four kinds of file', () => {
    const seen = { fast: 0, schema: 0 };
    for (const base of bases) {
      seen[expectSame(base)]++;
      for (const path of PATHS) {
        seen[expectSame(mutate(base, path, REMOVE))]++;
        for (const value of PALETTE) seen[expectSame(mutate(base, path, value))]++;
      }
    }
    // Both roads were taken many times: the comparison is not empty on either side.
    expect(seen.fast).toBeGreaterThan(500);
    expect(seen.schema).toBeGreaterThan(1000);
  });

  it('security: 5,000 random combinations of two to four mutations', () => {
    const random = seededRandom(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const seen = { fast: 0, schema: 0 };
    for (let i = 0; i < 5000; i++) {
      let data = pick(bases);
      const count = 2 + Math.floor(random() * 3);
      for (let m = 0; m < count; m++) data = mutate(data, pick(PATHS), random() < 0.2 ? REMOVE : pick(PALETTE));
      seen[expectSame(data)]++;
    }
    expect(seen.fast).toBeGreaterThan(200);
    expect(seen.schema).toBeGreaterThan(200);
  });

  it('leaves to the schema what JSON cannot hold: a field present but undefined, a class instance', () => {
    const base = bases[1]!;
    expect(quickExchangeReport({ ...base, title: undefined })).toBeNull();
    expect(quickExchangeReport({ ...base, signoff: { ...(base.signoff as Json), signature: undefined } })).toBeNull();
    expect(quickExchangeReport({ ...base, cells: new Map() })).toBeNull();
    expect(quickExchangeReport(new Date())).toBeNull();
    expect(exchangeReportSchema.safeParse({ ...base, title: undefined }).success).toBe(true); // the schema still reads it
  });
});
