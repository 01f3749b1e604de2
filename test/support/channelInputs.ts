/**
 * One valid input per channel of the contract, and the malformed variants derived from each one by reading the
 * channel's zod input schema (so a new channel or field is covered as soon as it is added to shared/api.ts and
 * to VALID_INPUTS — which TypeScript and a test both hold complete).
 *
 * The ids assume the data set of test/security/channel-inputs.test.ts (agency 1, reports 1 and 2, dismissal 1),
 * but validity here means "accepted by the contract", not "the service will agree".
 */
import { API, CHANNELS, type Channel, type ChannelInput } from '../../shared/api.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { makeReport } from './reports.js';

const report2021 = () => makeReport({ year: 2021, title: '巴楚县人民政府2021年政府信息公开工作年度报告', date: '2022-01-18' });

export const VALID_INPUTS: { readonly [C in Channel]: ChannelInput<C> } = {
  'app.status': {},
  'settings.setUserName': { name: '王芳' },
  'agencies.list': {},
  'agencies.create': { name: '某县教育局', level: 'department', issuer: '某县教育局办公室' },
  'agencies.update': { agencyId: 1, name: '巴楚县人民政府', level: 'county', issuer: '巴楚县人民政府办公室' },
  'reports.list': {},
  'reports.create': { agencyId: 1, year: 2025, start: 'blank' },
  'reports.open': { reportId: 2 },
  'reports.delete': { reportId: 2, confirm: true },
  'reports.editCells': { reportId: 2, edits: [{ cellId: 'applications.received.natural', value: 2 }] },
  'reports.editField': { reportId: 2, field: 'sections.other', value: '本年度没有产生信息处理费。' },
  'reports.check': { reportId: 2 },
  'reports.history': { reportId: 2 },
  'reports.createNextYear': { reportId: 2 },
  'findings.dismiss': { reportId: 2, rule: 'W-2', cells: ['applications.received.natural'], fields: ['date'], reason: '经市政府办公室同意延期' },
  'findings.restore': { reportId: 2, dismissalId: 1 },
  'signoff.sign': { reportId: 2, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-18' },
  'signoff.unlock': { reportId: 1, reason: '发现表三一处笔误，需更正后重新签发' },
  'exchange.exportText': { reportId: 1 },
  'exchange.exportFile': { reportId: 1 },
  'reports.exportPdf': { reportId: 1, signoffSheet: true },
  'reports.exportDocx': { reportId: 1 },
  'reports.exportHtml': { reportId: 1 },
  'reports.webPage': { reportId: 1 },
  'reports.revisions': { reportId: 1 },
  'reports.printFonts': { reportId: 1 },
  'reports.openRevision': { reportId: 1, revision: 1 },
  'reports.exportRevisionPdf': { reportId: 1, revision: 1, signoffSheet: true },
  'exchange.importText': { fileName: '巴楚县2021.nianbao.json', text: writeExchangeText(report2021()), replaceDraft: false },
  'exchange.importFile': { replaceDraft: true },
  'imports.readFile': { fileName: '巴楚县2021年报.nianbao.json', base64: Buffer.from(writeExchangeText(report2021())).toString('base64') },
  'imports.save': {
    newAgency: { name: '巴楚县教育局', level: 'department', issuer: '巴楚县教育局' },
    year: 2021,
    title: report2021().title,
    preamble: '',
    sections: report2021().sections,
    cells: report2021().cells,
    issuer: report2021().issuer,
    date: '2022-01-18',
    source: { fileName: '巴楚县2021年报.pdf', sha256: '0123456789abcdef'.repeat(4), type: 'pdf' },
    replaceDraft: false,
  },
  'rollup.view': { year: 2021 },
  'rollup.receive': { files: [{ fileName: '部门/巴楚县2021.nianbao.json', base64: Buffer.from(writeExchangeText(report2021())).toString('base64') }] },
  'rollup.unit': { receiptId: 1 },
  'rollup.contributions': { year: 2021, cellId: 'applications.received.natural' },
  'rollup.setPublished': { receiptId: 1, published: true },
  'rollup.roster.import': { fileName: '名单.txt', base64: Buffer.from('巴楚县教育局,政府部门\n').toString('base64') },
  'rollup.roster.add': { name: '巴楚县财政局', level: 'department' },
  'rollup.roster.update': { rosterId: 1, name: '巴楚县财政局', level: null },
  'rollup.roster.setRequired': { rosterId: 1, year: 2021, exempt: true },
  'rollup.exportXlsx': { year: 2021 },
  'rollup.exportFile': { year: 2021 },
  'backups.list': {},
  'backups.create': {},
  'backups.restore': { name: 'nianbao-2000-01-01T00-00-00-000Z-manual.db' },
  'audit.history': { reportId: 2, target: 'applications.received.natural', limit: 10 },
  'ledger.open': { agencyId: 1 },
  'ledger.addRows': { agencyId: 1, rows: [{ receivedDate: '2024-03-05', applicantType: '自然人', result: '予以公开', replyDate: '2024-03-20' }] },
  'ledger.editCells': { agencyId: 1, edits: [{ entryId: 1, field: 'result', value: '部分公开' }] },
  'ledger.deleteRows': { agencyId: 1, entryIds: [1] },
  'ledger.readFile': { fileName: '台账.csv', base64: Buffer.from('收到日期,申请人类型,办理结果,答复日期\n2024-03-05,自然人,予以公开,2024-03-20\n').toString('base64') },
  'ledger.importFile': {
    agencyId: 1,
    mode: 'append',
    fileName: '台账.csv',
    base64: Buffer.from('收到日期,申请人类型,办理结果,答复日期\n2024-03-05,自然人,予以公开,2024-03-20\n').toString('base64'),
    headerRow: 1,
    mapping: { receivedDate: 1, applicantType: 2, result: 3, replyDate: 4 },
  },
  'ledger.addSchedule': { year: 2027, source: '国务院办公厅关于2027年部分节假日安排的通知', holidays: ['2027-01-01'], workdays: [] },
  'ledger.tallyForReport': { reportId: 2 },
  'keys.list': {},
  'keys.trust': { publicKey: 'ab'.repeat(32), name: '巴楚县教育局', source: 'imported' },
  'keys.untrust': { publicKey: 'ab'.repeat(32) },
  'records.retry': {},
  'backups.exportTo': {},
  'backups.takeIn': {},
  'records.startEmpty': { confirm: true },
  'records.showInFolder': { target: 'backups' },
};

// ── reading the schema ─────────────────────────────────────────────────────────────────────────────────────

/** The parts of zod's internal definition this file reads (zod 4: `schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, Schema>;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly innerType?: Schema;
  readonly valueType?: Schema;
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly minimum?: number; readonly maximum?: number } } }[];
}
interface Schema {
  readonly _zod: { readonly def: Def };
  readonly minLength?: number | null;
  readonly maxLength?: number | null;
}

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;

type Category = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object';
export const categoryOf = (value: unknown): Category =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as Category);

/** The JavaScript kinds of value a schema can accept at all. */
function acceptedCategories(schema: Schema): Set<Category> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
      return new Set([...acceptedCategories(def.innerType!), 'undefined']);
    case 'nullable':
      return new Set([...acceptedCategories(def.innerType!), 'null']);
    case 'union':
      return new Set(def.options!.flatMap((option) => [...acceptedCategories(option)]));
    case 'enum':
      return new Set(Object.values(def.entries!).map(categoryOf));
    case 'literal':
      return new Set(def.values!.map(categoryOf));
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return new Set([def.type]);
    case 'record':
      return new Set(['object']);
    default:
      throw new Error(`channelInputs: unhandled zod type ${def.type}; teach acceptedCategories about it`);
  }
}

/** The schema without optional/nullable wrappers. */
const unwrap = (schema: Schema): Schema => {
  const def = schema._zod.def;
  return def.type === 'optional' || def.type === 'nullable' ? unwrap(def.innerType!) : schema;
};

/** The string schemas a value at this place may match (a union of number | string | null has one). */
const stringBranches = (schema: Schema): Schema[] => {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'string') return [inner];
  if (def.type === 'union') return def.options!.flatMap(stringBranches);
  return [];
};

const arrayLimits = (schema: Schema): { min: number | undefined; max: number | undefined } => {
  let min: number | undefined;
  let max: number | undefined;
  for (const check of schema._zod.def.checks ?? []) {
    const { check: kind, minimum, maximum } = check._zod.def;
    if (kind === 'min_length') min = minimum;
    if (kind === 'max_length') max = maximum;
  }
  return { min, max };
};

type Path = readonly (string | number)[];

/** One place in an input that holds a value: a field, or the first element of a list. */
interface Slot {
  readonly path: Path;
  readonly schema: Schema;
  readonly required: boolean;
  /** The slot is a field of an object (so it can be missing); false for a list element. */
  readonly isField: boolean;
}

function collectSlots(schema: Schema, value: unknown, path: Path, slots: Slot[], objects: Path[]): void {
  const def = unwrap(schema)._zod.def;
  if (def.type === 'object') {
    // An optional object the valid input leaves out (imports.save's newAgency when agencyId is given) has no
    // values to vary; its own slot above still gets the wrong-type variants.
    if (path.length > 0 && (typeof value !== 'object' || value === null)) return;
    objects.push(path);
    for (const [key, field] of Object.entries(def.shape!)) {
      const fieldPath = [...path, key];
      slots.push({ path: fieldPath, schema: field, required: field._zod.def.type !== 'optional', isField: true });
      collectSlots(field, (value as Record<string, unknown> | undefined)?.[key], fieldPath, slots, objects);
    }
  } else if (def.type === 'record' && typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    // A map keyed by cell id: unknown keys are refused like unknown fields; its first value is probed like a field.
    objects.push(path);
    const valuePath = [...path, Object.keys(value)[0]!];
    slots.push({ path: valuePath, schema: def.valueType!, required: true, isField: true });
    collectSlots(def.valueType!, (value as Record<string, unknown>)[valuePath[valuePath.length - 1] as string], valuePath, slots, objects);
  } else if (def.type === 'array' && Array.isArray(value) && value.length > 0) {
    const elementPath = [...path, 0];
    slots.push({ path: elementPath, schema: def.element!, required: true, isField: false });
    collectSlots(def.element!, value[0], elementPath, slots, objects);
  }
}

// ── building variants ──────────────────────────────────────────────────────────────────────────────────────

/** `input` (an object) with `count` unknown fields of about 40 characters each, added as raw JSON keys. */
export const withManyExtraFields = (input: unknown, count: number): unknown =>
  withRawKeys(input, [], Array.from({ length: count }, (_, i) => `"extra_field_number_${String(i).padStart(20, '0')}":${i}`).join(','));

export interface Variant {
  readonly label: string;
  readonly input: unknown;
}

/** A copy of `input` that keeps `__proto__` as an own key (JSON round trip keeps it; structuredClone would too). */
const copy = <T>(input: T): T => JSON.parse(JSON.stringify(input)) as T;

function get(input: unknown, path: Path): unknown {
  let here = input;
  for (const key of path) here = (here as Record<string | number, unknown>)[key];
  return here;
}

/** `input` with the value at `path` replaced (or removed when `remove`); other values untouched. */
function setAt(input: unknown, path: Path, value: unknown, remove = false): unknown {
  const result = copy(input);
  const parent = get(result, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete parent[last];
  else parent[last] = value;
  return result;
}

/** The object at `path` rebuilt from JSON text with `extra` keys first: how a `__proto__` key arrives over IPC or HTTP. */
function withRawKeys(input: unknown, path: Path, extraJson: string): unknown {
  const target = get(input, path);
  const body = JSON.stringify(target).slice(1);
  const rebuilt: unknown = JSON.parse(`{${extraJson}${body === '}' ? '' : ','}${body}`);
  if (path.length === 0) return rebuilt;
  const result = copy(input);
  (get(result, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = rebuilt;
  return result;
}

const where = (path: Path): string => (path.length === 0 ? '(input)' : path.join('.'));

/** Values of every kind; those a slot cannot accept at all are its "wrong type" variants. */
const TYPE_PROBES: readonly unknown[] = [42, '42', true, null, [], {}, [1, 2]];
/** What an id, year or limit arrives as when someone tampers with it (NaN and ±Infinity travel over IPC). */
const NUMBER_PROBES: readonly [string, unknown][] = [
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['2**31', 2 ** 31],
  ['2**53', 2 ** 53],
  ['-2**53', -(2 ** 53)],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['"1"', '1'],
  ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'],
  ['"0x10"', '0x10'],
  ['"1e3"', '1e3'],
  ['" 1"', ' 1'],
  ['""', ''],
];

/** About 10 MB: far beyond every limit of the contract. */
export const HUGE_STRING = '字'.repeat(10 * 1024 * 1024);

/** Every malformed variant of `valid` for `channel`; each must be refused by the contract. */
export function malformedVariants(channel: Channel, valid: unknown = VALID_INPUTS[channel]): Variant[] {
  const schema = API[channel].input as unknown as Schema;
  const variants: Variant[] = [];
  const add = (label: string, input: unknown): void => void variants.push({ label, input });

  // The input itself is not an object.
  add('input null', null);
  add('input a string', channel);
  add('input an empty array', []);
  add('input an array holding the valid input', [copy(valid)]);
  add('input a number', 42);
  add('input true', true);

  const slots: Slot[] = [];
  const objects: Path[] = [];
  collectSlots(schema, valid, [], slots, objects);

  // Unknown and dangerous keys, on the input and on every object nested in it (edits[0]).
  for (const path of objects) {
    const at = where(path);
    add(`${at}: an extra field`, setAt(valid, [...path, 'extra'], 1));
    add(`${at}: an extra field with a 1 MB name`, withRawKeys(valid, path, `${JSON.stringify(HUGE_STRING.slice(0, 1024 * 1024))}:1`));
    add(`${at}: __proto__ key`, withRawKeys(valid, path, '"__proto__":{"polluted":1}'));
    add(`${at}: constructor key`, withRawKeys(valid, path, '"constructor":{"prototype":{"polluted":1}}'));
    add(`${at}: prototype key`, withRawKeys(valid, path, '"prototype":{"polluted":1}'));
  }
  add('__proto__ key and nothing else', withRawKeys({}, [], '"__proto__":{"polluted":1}'));

  for (const slot of slots) {
    const at = where(slot.path);
    const accepted = acceptedCategories(slot.schema);
    const inner = unwrap(slot.schema);
    const def = inner._zod.def;

    if (slot.isField && slot.required) add(`${at}: missing`, setAt(valid, slot.path, undefined, true));
    for (const probe of TYPE_PROBES) {
      if (!accepted.has(categoryOf(probe))) add(`${at}: wrong type ${JSON.stringify(probe)}`, setAt(valid, slot.path, probe));
    }

    if (def.type === 'number') for (const [label, probe] of NUMBER_PROBES) add(`${at}: ${label}`, setAt(valid, slot.path, probe));
    if (def.type === 'union' && accepted.has('number')) {
      add(`${at}: NaN`, setAt(valid, slot.path, Number.NaN));
      add(`${at}: Infinity`, setAt(valid, slot.path, Number.POSITIVE_INFINITY));
    }
    if (def.type === 'enum') add(`${at}: not one of the allowed values`, setAt(valid, slot.path, 'not-an-allowed-value'));
    if (def.type === 'literal') {
      const allowed = def.values![0];
      add(`${at}: another value than ${JSON.stringify(allowed)}`, setAt(valid, slot.path, typeof allowed === 'boolean' ? !allowed : `${String(allowed)}x`));
    }

    if (accepted.has('string')) add(`${at}: a 10 MB string`, setAt(valid, slot.path, HUGE_STRING));
    for (const branch of stringBranches(slot.schema)) {
      if (typeof branch.maxLength === 'number') add(`${at}: ${branch.maxLength + 1} characters (max ${branch.maxLength})`, setAt(valid, slot.path, '字'.repeat(branch.maxLength + 1)));
      if (typeof branch.minLength === 'number' && branch.minLength > 0 && !accepted.has('number')) {
        add(`${at}: ${branch.minLength - 1} characters (min ${branch.minLength})`, setAt(valid, slot.path, '字'.repeat(branch.minLength - 1)));
        // Every string of the contract with a minimum is trimmed first, so blanks count as nothing.
        add(`${at}: only spaces`, setAt(valid, slot.path, ' \u3000\t'.repeat(Math.max(1, branch.minLength))));
      }
    }

    if (def.type === 'array') {
      const { min, max } = arrayLimits(inner);
      const list = get(valid, slot.path) as unknown[] | undefined;
      const element = list?.[0] ?? '';
      if (min !== undefined && min > 0) add(`${at}: ${min - 1} items (min ${min})`, setAt(valid, slot.path, Array.from({ length: min - 1 }, () => copy(element))));
      if (max !== undefined) add(`${at}: ${max + 1} items (max ${max})`, setAt(valid, slot.path, Array.from({ length: max + 1 }, () => copy(element))));
    }
  }
  return variants;
}

/** Channels of the contract that have no field at all (input {}). */
export const channelsWithoutFields = (): Channel[] => CHANNELS.filter((channel) => Object.keys(defOf(API[channel].input).shape ?? {}).length === 0);
