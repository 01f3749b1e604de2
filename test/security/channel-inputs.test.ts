/**
 * Every channel of the contract refuses a malformed call before any service runs: in Chinese, with the
 * INVALID_INPUT code, and without touching the records (the audit log included). The channels are read from
 * shared/api.ts, so a channel added later is covered by the same tests the moment it is in VALID_INPUTS.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, CHANNELS, type ApiResult, type Channel } from '../../shared/api.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { BACKUPS_DIR } from '../../electron/services/app/workspace.js';
import { categoryOf, channelsWithoutFields, HUGE_STRING, malformedVariants, VALID_INPUTS, withManyExtraFields } from '../support/channelInputs.js';
import { makeReport, seedReport } from '../support/reports.js';
import { openTestServices, snapshotTables, type TestServices } from '../support/services.js';

const CJK = /[\u3400-\u9fff]/;
/** Words of zod's own English messages: none may reach the person at the desk. */
const ENGLISH_ZOD = /\b(invalid|expected|received|unrecognized|required|too_big|too_small|must|should)\b/i;
/** One sentence for the person at the desk, never an echo of a huge input. */
const MAX_MESSAGE_CHARS = 500;

/** Why `result` is not a proper refusal of malformed input (empty when it is one). */
function refusalProblem(result: ApiResult<unknown>): string | null {
  if (result.ok) return 'accepted';
  const { code, message } = result.error;
  if (code !== 'INVALID_INPUT') return `code ${code} (${message.slice(0, 80)})`;
  if (typeof message !== 'string') return 'message is not text';
  if (!message.startsWith('输入不符合约定')) return `message does not start with 输入不符合约定: ${message.slice(0, 80)}`;
  if (!CJK.test(message.slice('输入不符合约定'.length))) return `message explains nothing in Chinese: ${message.slice(0, 80)}`;
  if (ENGLISH_ZOD.test(message)) return `message has English: ${message.slice(0, 120)}`;
  if (message.length > MAX_MESSAGE_CHARS) return `message is ${message.length} characters long: ${message.slice(0, 80)}…`;
  return null;
}

const backupNames = (s: TestServices): string[] => readdirSync(join(s.dataDir, BACKUPS_DIR)).sort();

/**
 * The data set: one agency; its 2022 report, signed (report 1); its 2023 seed report as a draft (report 2) with
 * one warning dismissed (dismissal 1). Every id of VALID_INPUTS exists.
 */
async function openDataSet(): Promise<TestServices> {
  const s = openTestServices();
  const last = makeReport({ year: 2022, title: '巴楚县人民政府2022年政府信息公开工作年度报告', date: '2023-01-18' });
  const signed = (await s.call('exchange.importText', { fileName: '巴楚县2022.nianbao.json', text: writeExchangeText(last) })).detail;
  await s.call('signoff.sign', { reportId: signed.summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2023-01-18' });
  const draft = (await s.call('exchange.importText', { fileName: '巴楚县2023.nianbao.json', text: writeExchangeText(seedReport()) })).detail;
  const warning = draft.findings.find((f) => f.severity === 'warning')!;
  await s.call('findings.dismiss', { reportId: draft.summary.id, rule: warning.rule, cells: warning.cells, fields: warning.fields, reason: '机构改革后重新清理了规范性文件' });
  expect([signed.summary.id, draft.summary.id, signed.summary.agencyId]).toEqual([1, 2, 1]);
  return s;
}

let s: TestServices;
beforeAll(async () => {
  s = await openDataSet();
});
afterAll(() => s.remove());

describe('the valid inputs the variants are made from', () => {
  it('security: the table of valid inputs covers every channel, so no channel escapes these tests', () => {
    expect(Object.keys(VALID_INPUTS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const parsed = API[channel].input.safeParse(VALID_INPUTS[channel]);
      expect(parsed.success, `${channel}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('security: each valid input reaches its service (a refusal below is for the malformation, not for the base input)', async () => {
    const fresh = await openDataSet();
    try {
      for (const channel of CHANNELS) {
        const result = await fresh.raw(channel, VALID_INPUTS[channel]);
        expect(result.ok || result.error.code !== 'INVALID_INPUT' || !result.error.message.startsWith('输入不符合约定'), `${channel}: ${JSON.stringify(result).slice(0, 200)}`).toBe(
          true,
        );
      }
    } finally {
      fresh.remove();
    }
  });

  it('security: every channel gets malformed variants, and channels without fields still get the non-object and extra-field ones', () => {
    for (const channel of CHANNELS) {
      const labels = malformedVariants(channel).map((v) => v.label);
      expect(labels).toEqual(expect.arrayContaining(['input null', 'input a string', 'input an empty array', 'input a number', '(input): an extra field']));
    }
    expect(channelsWithoutFields()).toEqual(expect.arrayContaining(['app.status', 'agencies.list', 'reports.list', 'backups.list', 'backups.create']));
    const edits = malformedVariants('reports.editCells').map((v) => v.label);
    expect(edits).toEqual(
      expect.arrayContaining([
        'reportId: 0',
        'reportId: -1',
        'reportId: 1.5',
        'reportId: 2**53',
        'reportId: "NaN"',
        'edits: 0 items (min 1)',
        'edits: 201 items (max 200)',
        'edits.0: __proto__ key',
        'edits.0: constructor key',
        'edits.0.cellId: 65 characters (max 64)',
        'edits.0.value: a 10 MB string',
        'edits.0.value: NaN',
        'reportId: missing',
        'edits.0.cellId: missing',
      ]),
    );
    const importText = malformedVariants('exchange.importText').map((v) => v.label);
    expect(importText).toEqual(expect.arrayContaining(['text: 8388609 characters (max 8388608)', 'fileName: 261 characters (max 260)', 'replaceDraft: wrong type "42"']));
    expect(malformedVariants('reports.editField').map((v) => v.label)).toContain('value: 100001 characters (max 100000)');
    expect(malformedVariants('imports.readFile').map((v) => v.label)).toEqual(
      expect.arrayContaining(['base64: a 10 MB string', 'base64: 11184813 characters (max 11184812)', 'fileName: 261 characters (max 260)']),
    );
    expect(malformedVariants('imports.save').map((v) => v.label)).toEqual(
      expect.arrayContaining([
        'cells: an extra field',
        'cells: __proto__ key',
        'cells.active.regulations.issued: NaN',
        'cells.active.regulations.issued: 65 characters (max 64)',
        'newAgency.name: 101 characters (max 100)',
        'source.sha256: 65 characters (max 64)',
        'source.type: not one of the allowed values',
        'agencyId: 0',
        'sections.overview: 100001 characters (max 100000)',
        'date: 11 characters (max 10)',
      ]),
    );
  });
});

describe('malformed input', () => {
  it.each(CHANNELS)('security: a malformed call to %s is refused in Chinese and the records stay exactly as they were', async (channel: Channel) => {
    const before = snapshotTables(s.databasePath);
    const backupsBefore = backupNames(s);
    const failures: string[] = [];
    for (const { label, input } of malformedVariants(channel)) {
      const problem = refusalProblem(await s.raw(channel, input));
      if (problem) failures.push(`${label} → ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(snapshotTables(s.databasePath)).toEqual(before);
    expect(backupNames(s)).toEqual(backupsBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('security: a huge string is refused without being echoed back in the message', async () => {
    const result = await s.raw('reports.editField', { reportId: 2, field: 'sections.overview', value: HUGE_STRING });
    expect(refusalProblem(result)).toBeNull();
    expect(!result.ok && result.error.message).toBe('输入不符合约定：value：太长（最多 100000 个字符）');
  });

  it('security: a __proto__ key is refused, and the values hidden under it are not taken as the input', async () => {
    const input: unknown = JSON.parse('{"__proto__":{"reportId":2,"confirm":true}}');
    expect(categoryOf(input)).toBe('object');
    const result = await s.raw('reports.delete', input);
    expect(refusalProblem(result)).toBeNull();
    expect((await s.call('reports.list', {})).map((r) => r.id)).toEqual([2, 1]);
  });

  it('security: an input with hundreds of unknown fields gets a one-sentence refusal, not a list of every field as long as the input', async () => {
    const before = snapshotTables(s.databasePath);
    const result = await s.raw('reports.open', withManyExtraFields(VALID_INPUTS['reports.open'], 500));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = !result.ok ? result.error.message : '';
    expect(message.startsWith('输入不符合约定：不接受的字段：extra_field_number_')).toBe(true);
    expect(message.length, message.slice(0, 120)).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });
});

describe('unknown channels', () => {
  const names: unknown[] = [
    'reports.nope',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    'Reports.Open',
    ' reports.open',
    'reports.open\u0000',
    '',
    HUGE_STRING,
    42,
    null,
    undefined,
    ['reports.open'],
    { toString: () => 'reports.open' },
  ];

  it('security: a call to a channel the contract does not have is refused as UNKNOWN_CHANNEL and changes nothing', async () => {
    const before = snapshotTables(s.databasePath);
    for (const name of names) {
      const result = await s.dispatch(name as string, VALID_INPUTS['reports.delete']);
      expect(result, String(name).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      const message = !result.ok ? result.error.message : '';
      expect(message.startsWith('没有这个调用')).toBe(true);
      expect(message.length).toBeLessThanOrEqual(100);
    }
    expect(snapshotTables(s.databasePath)).toEqual(before);
  });

  it('security: after every malformed call above, no object in the program has gained a "polluted" property', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(Object.hasOwn(Array.prototype, 'polluted')).toBe(false);
    expect(Object.hasOwn(Function.prototype, 'polluted')).toBe(false);
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
