/**
 * Channels rollup.*: the county's collection. Files a unit sends are received as bytes (the 汇总 screen reads a
 * folder or files and sends each one), read as a unit (exchange file, our PDF, a roll-up from a level below) and
 * stored with the SHA-256 of the bytes and when; a corrected file replaces the one before it and both stay in
 * the history. The view sums the current receipts of a year with the same pure roll-up as `nianbao rollup`.
 */
import { createHash } from 'node:crypto';
import type { ChannelOutput } from '../../../../shared/api.js';
import { readExchangeText, writeExchangeText } from '../../../../shared/report/exchange.js';
import { verifyReportSignature } from '../../../../shared/report/signature.js';
import type { Report } from '../../../../shared/report/schema.js';
import type { Receipt, RollupRow, RollupView, UnitSignature } from '../../../../shared/rollup/contract.js';
import { agencyKey } from '../../../../shared/rollup/names.js';
import { contributionsTo, ranksBelow, rollUp, sourceAgency, type RollupComputation, type UnitSource } from '../../../../shared/rollup/rollup.js';
import { readRollupValue, writeRollupText, type Rollup } from '../../../../shared/rollup/schema.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { writeFileAtomic } from '../../files/reportFile.js';
import { listAgencies } from '../../records/agencies.js';
import {
  addRosterUnit,
  currentReceipt,
  currentReceipts,
  getReceipt,
  insertReceipt,
  insertSupersededReceipt,
  listRoster,
  receiptHistory,
  receiptYears,
  setPublished,
  setRequired,
  updateRosterUnit,
  type ReceiptRow,
} from '../../records/rollup.js';
import { NATIVE_SIGNOFF_CHECKS, nativeUnitChecks } from '../../rollup/fingerprint.js';
import { rosterOutside } from '../../rollup/readRoster.js';
import { unitFromBytes } from '../../rollup/readUnit.js';
import { rollupWorkbook } from '../../rollup/xlsx.js';
import { keyBook, previousKeyOf, unitSignature } from '../unitSignatures.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

type RollupChannels =
  | 'rollup.view'
  | 'rollup.receive'
  | 'rollup.unit'
  | 'rollup.contributions'
  | 'rollup.setPublished'
  | 'rollup.roster.import'
  | 'rollup.roster.add'
  | 'rollup.roster.update'
  | 'rollup.roster.setRequired'
  | 'rollup.exportXlsx'
  | 'rollup.exportFile';

const done = { done: true } as const;

/** A stored receipt read back as the unit it was (its content was valid when received). */
function sourceOf(row: ReceiptRow): UnitSource {
  if (row.kind === 'rollup') {
    const read = readRollupValue(JSON.parse(row.content));
    if (!read.ok) refuse('INTERNAL', `收到的汇总文件“${row.file_name}”无法读回：${read.message}`);
    return { kind: 'rollup', file: row.file_name, rollup: (read as { rollup: Rollup }).rollup };
  }
  const read = readExchangeText(row.content);
  if (!read.ok) refuse('INTERNAL', `收到的报告“${row.file_name}”无法读回：${read.message}`);
  return { kind: 'report', file: row.file_name, report: (read as { report: Report }).report, published: row.published === 1 };
}

function receiptOf(row: ReceiptRow, source: UnitSource = sourceOf(row)): Receipt {
  const report = source.kind === 'report' ? source.report : null;
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    bytes: row.bytes,
    receivedAt: row.received_at,
    receivedBy: row.received_by,
    replacedBy: row.replaced_by,
    status: source.kind === 'rollup' ? 'rollup' : report?.signoff ? 'signed' : 'draft',
    signedAt: report?.signoff?.signedAt ?? null,
  };
}

interface YearState {
  readonly view: RollupView;
  readonly computation: RollupComputation;
  readonly receiptByKey: ReadonlyMap<string, ReceiptRow>;
}

export function rollupHandlers(ws: Workspace): Pick<Handlers, RollupChannels> {
  const defaultYear = (): number => receiptYears(ws.db)[0] ?? ws.now().getFullYear() - (ws.now().getMonth() >= 9 ? 0 : 1);

  const yearState = (year: number): YearState => {
    const db = ws.db;
    const receipts = currentReceipts(db, year);
    const sources = receipts.map(sourceOf);
    const receiptByKey = new Map(receipts.map((r) => [r.agency_key, r]));
    const roster = listRoster(db);
    const computation = rollUp(sources, {
      year,
      roster: roster.length > 0 ? roster.map((r) => ({ name: r.name, level: r.level })) : null,
      notRequired: roster.filter((r) => r.notRequired.includes(year)).map((r) => r.name),
      ...countyOffice(ws),
      ...nativeUnitChecks(ws.trustedKeys()),
    });
    const book = keyBook(db, ws.ownKey().publicKey);
    const history = new Map<string, number>();
    for (const r of receipts) history.set(r.agency_key, receiptHistory(db, year, r.agency_key).length);
    const unitByKey = new Map(computation.rollup.units.map((u) => [agencyKey(u.agency), u]));
    const rows: RollupRow[] = [];
    const seen = new Set<string>();
    const rowFor = (key: string, name: string, level: RollupRow['level'], rosterId: number | null, required: boolean): RollupRow => {
      const receipt = receiptByKey.get(key) ?? null;
      const unit = unitByKey.get(key) ?? null;
      const source = receipt ? sources[receipts.indexOf(receipt)]! : null;
      const signature: UnitSignature | null =
        receipt && source && unit
          ? unitSignature(book, key, unit.signature ?? 'unsigned', source.kind === 'report' ? source.report : null, () => previousKeyOf(db, key, receipt.id))
          : null;
      return {
        key,
        name,
        level: unit?.level ?? level,
        rosterId,
        state: unit ? (unit.status === 'published' ? 'published' : unit.status) : required ? 'missing' : 'notRequired',
        receipt: receipt ? receiptOf(receipt, source!) : null,
        revisions: history.get(key) ?? 0,
        fingerprint: unit?.fingerprint ?? null,
        counted: unit?.counted ?? false,
        errors: unit?.errors ?? 0,
        warnings: unit?.warnings ?? 0,
        note: unit?.note ?? null,
        signature,
      };
    };
    for (const r of roster) {
      const key = agencyKey(r.name);
      seen.add(key);
      rows.push(rowFor(key, r.name, r.level, r.id, !r.notRequired.includes(year)));
    }
    for (const u of computation.rollup.units) {
      const key = agencyKey(u.agency);
      if (!seen.has(key)) rows.push(rowFor(key, u.agency, u.level, null, true));
    }
    const years = [...new Set([year, ...receiptYears(db)])].sort((a, b) => b - a);
    return { view: { year, years, rows, rollup: computation.rollup }, computation, receiptByKey };
  };

  const receiveOne = async (fileName: string, base64: string): Promise<ChannelOutput<'rollup.receive'>['outcomes'][number]> => {
    const bytes = Buffer.from(base64, 'base64');
    const read = await unitFromBytes(fileName, bytes);
    if (!read.ok) return { fileName, outcome: 'unusable', agency: null, year: null, message: read.message };
    const source = read.source;
    const agency = sourceAgency(source);
    const year = source.kind === 'report' ? source.report.year : source.rollup.year;
    const content = source.kind === 'report' ? writeExchangeText(source.report) : writeRollupText(source.rollup);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const db = ws.db;
    return writeTransaction(db, () => {
      const current = currentReceipt(db, year, agencyKey(agency));
      if (current && current.sha256 === sha256) {
        return { fileName, outcome: 'same' as const, agency, year, message: `“${fileName}”与已收到的${agency}${year}年度报告是同一文件，未重复记录` };
      }
      const receipt = { year, agency, kind: source.kind, fileName, sha256, bytes: bytes.length, receivedAt: ws.at(), receivedBy: ws.actor(), content };
      if (current && ranksBelow(source, sourceOf(current), NATIVE_SIGNOFF_CHECKS)) {
        insertSupersededReceipt(db, receipt, current.id);
        return {
          fileName,
          outcome: 'kept' as const,
          agency,
          year,
          message: `已收到“${fileName}”，但${agency}已有${current.received_at.slice(0, 10)}收到的“${current.file_name}”（已签发或签发时间更晚），仍以那份为准；此文件记入历史`,
        };
      }
      const { id } = insertReceipt(db, receipt);
      const tampered = source.kind === 'report' ? receiveWarning(source.report, agencyKey(agency), id) : '';
      return current
        ? { fileName, outcome: 'replaced' as const, agency, year, message: `已收到${agency}${year}年度的更正文件，替换${current.received_at.slice(0, 10)}收到的“${current.file_name}”（历史中两份都保留）${tampered}` }
        : { fileName, outcome: 'new' as const, agency, year, message: `已收到${agency}${year}年度的报告${tampered}` };
    });
  };

  /** What stands out in a file just received: changed after signing, or signed with another key than before. */
  const receiveWarning = (report: Report, key: string, receiptId: number): string => {
    const status = verifyReportSignature(report, ws.trustedKeys(), NATIVE_SIGNOFF_CHECKS);
    if (status === 'invalid') return '；注意：此报告签发后被改动过（指纹或数字签名不符），不计入汇总';
    const warning = unitSignature(keyBook(ws.db, ws.ownKey().publicKey), key, status, report, () => previousKeyOf(ws.db, key, receiptId)).keyWarning;
    return warning ? `；注意：${warning}` : '';
  };

  const exportTo = async (year: number, title: string, defaultName: string, extension: string, filterName: string, bytes: Buffer | string) => {
    const path = await ws.dialogs.chooseSavePath({ title, defaultName, filters: [{ name: filterName, extensions: [extension] }] });
    if (path === null) return { cancelled: true as const };
    const written = await writeFileAtomic(path, bytes);
    if (!written.ok) refuse('IO', `没有导出：${written.message}`);
    void year;
    return { path };
  };

  return {
    'rollup.view': ({ year }) => yearState(year ?? defaultYear()).view,

    'rollup.receive': async ({ files }) => {
      const outcomes = [];
      for (const file of files) outcomes.push(await receiveOne(file.fileName, file.base64));
      return { outcomes };
    },

    'rollup.unit': ({ receiptId }) => {
      const row = getReceipt(ws.db, receiptId);
      const source = sourceOf(row);
      const report = source.kind === 'report' ? source.report : null;
      const checks = nativeUnitChecks(ws.trustedKeys());
      const findings = report ? checks.check!(report).map((f) => ({ rule: f.rule, severity: f.severity, cells: [...f.cells], fields: [...(f.fields ?? [])], message: f.message, dismissalId: null })) : [];
      const status = report ? verifyReportSignature(report, checks.trusted!, checks.signatureChecks) : 'unsigned';
      return {
        receipt: receiptOf(row, source),
        report,
        rollup: source.kind === 'rollup' ? source.rollup : null,
        findings,
        fingerprint: report === null || report.signoff === null ? 'none' : checks.signatureChecks!.fingerprintOf(report) === report.signoff.fingerprint ? 'ok' : 'mismatch',
        signature: unitSignature(keyBook(ws.db, ws.ownKey().publicKey), row.agency_key, status, report, () => previousKeyOf(ws.db, row.agency_key, row.id)),
        history: receiptHistory(ws.db, row.year, row.agency_key).map((r) => receiptOf(r)),
      };
    },

    'rollup.contributions': ({ year, cellId }) => {
      const state = yearState(year);
      return contributionsTo(state.computation, cellId).map((c) => ({ agency: c.agency, receiptId: state.receiptByKey.get(agencyKey(c.agency))!.id, value: c.value }));
    },

    'rollup.setPublished': ({ receiptId, published }) => {
      writeTransaction(ws.db, () => setPublished(ws.db, receiptId, published));
      return done;
    },

    'rollup.roster.import': async ({ fileName, base64 }) => {
      const read = await rosterOutside(fileName, Buffer.from(base64, 'base64'));
      if (!read.ok) return refuse('BAD_FILE', read.message);
      const db = ws.db;
      return writeTransaction(db, () => {
        let added = 0;
        for (const entry of read.roster.entries) if (addRosterUnit(db, entry.name, entry.level, ws.at())) added++;
        return { added, alreadyListed: read.roster.entries.length - added, notes: [...read.roster.notes] };
      });
    },

    'rollup.roster.add': ({ name, level }) => {
      const db = ws.db;
      writeTransaction(db, () => {
        if (!addRosterUnit(db, name, level, ws.at())) refuse('CONFLICT', `名单中已有“${name}”（或同一单位的另一种写法）。`);
      });
      return done;
    },

    'rollup.roster.update': ({ rosterId, name, level }) => {
      writeTransaction(ws.db, () => updateRosterUnit(ws.db, rosterId, name, level));
      return done;
    },

    'rollup.roster.setRequired': ({ rosterId, year, exempt }) => {
      writeTransaction(ws.db, () => setRequired(ws.db, rosterId, year, !exempt));
      return done;
    },

    'rollup.exportXlsx': async ({ year }) => {
      const { view } = yearState(year);
      if (!view.rollup.units.some((u) => u.counted)) refuse('REFUSED', `${year}年度还没有可以汇总的报告。`);
      return exportTo(year, '导出汇总表（Excel）', `${year}年度政府信息公开工作年度报告汇总.xlsx`, 'xlsx', 'Excel 工作簿', await rollupWorkbook(view.rollup, view.rows));
    },

    'rollup.exportFile': async ({ year }) => {
      const { view } = yearState(year);
      if (!view.rollup.units.some((u) => u.counted)) refuse('REFUSED', `${year}年度还没有可以汇总的报告。`);
      const name = view.rollup.agency ? `${view.rollup.agency}${year}年度汇总` : `${year}年度汇总`;
      return exportTo(year, '导出汇总文件（报送上级）', `${name}.nianbao-rollup.json`, 'json', '年报汇总文件', writeRollupText(view.rollup));
    },
  };
}

/** The office making the roll-up: the one county or city government among the agencies of the records, if any. */
function countyOffice(ws: Workspace): { agency?: string; level?: 'county' | 'city' } {
  const governments = listAgencies(ws.db).filter((a) => a.level === 'county' || a.level === 'city');
  return governments.length === 1 ? { agency: governments[0]!.name, level: governments[0]!.level as 'county' | 'city' } : {};
}
