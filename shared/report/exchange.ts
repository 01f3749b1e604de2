/**
 * Reading and writing the exchange file. `readExchangeText` never throws: it returns the report or one clear
 * Chinese sentence that says what is wrong. Unknown fields of version 1 are ignored; a newer formatVersion is
 * refused; cell values are kept as written so the rules (V-1) can name a wrong one.
 */
import type * as z from 'zod';
import { CELL_IDS, isCellId } from '../catalogue/cells.js';
import { reportTitle } from '../catalogue/sections.js';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  FIELD_LABELS,
  exchangeReportSchema,
  type CellValue,
  type Report,
} from './schema.js';
import { quickExchangeReport } from './quickExchange.js';

export type ReadResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly message: string };

const refuse = (message: string): ReadResult => ({ ok: false, message });

export function readExchangeText(text: string): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('文件是空的，没有任何内容');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return refuse(`不是有效的 JSON 文件${jsonErrorPlace(body, error)}，可能已损坏或不是年报交换文件`);
  }
  return readExchangeValue(data);
}

export function readExchangeValue(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('不是年报交换文件：内容不是一份报告（应为 JSON 对象）');
  }
  const envelope = data as Record<string, unknown>;
  const dangerous = findDangerousKey(envelope);
  if (dangerous) return refuse(`文件含有不允许的字段“${dangerous}”，可能被篡改或不是年报交换文件`);
  if (envelope.format !== EXCHANGE_FORMAT) {
    return refuse(`不是年报交换文件：缺少格式标识 "format": "${EXCHANGE_FORMAT}"`);
  }
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('年报交换文件的格式版本（formatVersion）缺失或无效');
  }
  if (version > EXCHANGE_FORMAT_VERSION) {
    return refuse(
      `此文件为第${version}版交换格式，由较新的年报软件生成；本程序只能读取第${EXCHANGE_FORMAT_VERSION}版，请升级年报软件后再打开`,
    );
  }
  if (envelope.template !== undefined && envelope.template !== 'gov-2021') {
    return refuse(`不支持的报告模板“${String(envelope.template)}”：本程序支持 2021 年版格式（gov-2021）`);
  }
  const rawCells = envelope.cells;
  if (typeof rawCells === 'object' && rawCells !== null && !Array.isArray(rawCells)) {
    const unknown = Object.keys(rawCells).filter((id) => !isCellId(id));
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 3).map((id) => `“${id.slice(0, 60)}”`).join('、');
      return refuse(`表格数据中有${unknown.length}个未知的单元格编号：${shown}${unknown.length > 3 ? '等' : ''}`);
    }
  }
  // The plain-code fast path gives the schema's own result for a file the schema accepts; zod decides the rest.
  let value = quickExchangeReport(data);
  if (value === null) {
    const parsed = exchangeReportSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) return refuse(describeIssue(parsed.error.issues[0]!));
    value = parsed.data;
  }

  const cells: Record<string, CellValue> = {};
  for (const id of CELL_IDS) cells[id] = Object.hasOwn(value.cells, id) ? value.cells[id]! : null;

  return {
    ok: true,
    report: {
      format: EXCHANGE_FORMAT,
      formatVersion: EXCHANGE_FORMAT_VERSION,
      template: 'gov-2021',
      agency: value.agency,
      level: value.level,
      year: value.year,
      title: value.title && value.title.trim() ? value.title : reportTitle(value.agency, value.year),
      preamble: value.preamble,
      sections: { overview: value.sections.overview, problems: value.sections.problems, other: value.sections.other },
      cells,
      issuer: value.issuer ?? '',
      date: value.date,
      signoff: value.signoff,
    },
  };
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A key that could reach an object's prototype, anywhere in the parsed file (a JSON file nests only a few levels). */
function findDangerousKey(value: unknown, depth = 0): string | null {
  if (typeof value !== 'object' || value === null || depth > 8) return null;
  for (const key of Object.keys(value)) {
    if (DANGEROUS_KEYS.has(key)) return key;
    const inner = findDangerousKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

/** The exchange file as written to disk: fixed key order, cells in printed order, two-space indent. */
export function writeExchangeText(report: Report): string {
  return `${JSON.stringify(toExchangeObject(report), null, 2)}\n`;
}

export function toExchangeObject(report: Report): Record<string, unknown> {
  const cells: Record<string, CellValue> = {};
  for (const id of CELL_IDS) cells[id] = report.cells[id] ?? null;
  return {
    format: report.format,
    formatVersion: report.formatVersion,
    template: report.template,
    agency: report.agency,
    level: report.level,
    year: report.year,
    title: report.title,
    preamble: report.preamble,
    sections: { overview: report.sections.overview, problems: report.sections.problems, other: report.sections.other },
    cells,
    issuer: report.issuer,
    date: report.date,
    signoff: report.signoff,
  };
}

function fieldName(path: readonly PropertyKey[]): string {
  const key = path.map(String).join('.');
  if (path[0] === 'cells' && path.length > 1) return `单元格“${String(path[1])}”`;
  const label = FIELD_LABELS[key] ?? FIELD_LABELS[String(path[0])];
  return label ? `${label}（${key}）` : key || '文件';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldName(issue.path);
  if (issue.input === undefined && issue.code !== 'custom') return `年报交换文件缺少${where}`;
  switch (issue.code) {
    case 'invalid_type':
      return `年报交换文件的${where}类型不对：应为${typeName(issue.expected)}`;
    case 'invalid_value':
      return `年报交换文件的${where}取值不对：应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} 之一`;
    case 'too_big':
      return `年报交换文件的${where}超出允许范围`;
    case 'too_small':
      return `年报交换文件的${where}低于允许范围`;
    case 'invalid_union':
      return `年报交换文件的${where}类型不对：数量应为整数，收费金额应为十进制字符串`;
    case 'invalid_format':
      return `年报交换文件的${where}格式不对`;
    default:
      return `年报交换文件的${where}不正确`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: '文字',
    number: '数字',
    int: '整数',
    object: '对象',
    array: '数组',
    null: '空值',
  };
  return names[expected] ?? expected;
}

function jsonErrorPlace(body: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return '';
  const position = Number(match[1]);
  const line = body.slice(0, position).split('\n').length;
  return `（第${line}行附近有错误）`;
}
