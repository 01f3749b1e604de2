/**
 * Channels exchange.*: the exchange file (`.nianbao.json`) out and in. An import that cannot be read changes
 * nothing and says why; a file already signed (its fingerprint still matching) is kept as a signed report.
 */
import type { ImportResult } from '../../../../shared/api.js';
import { readExchangeText, writeExchangeText } from '../../../../shared/report/exchange.js';
import { fingerprintMatches } from '../../../../shared/report/fingerprint.js';
import type { Report } from '../../../../shared/report/schema.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { readReportFile, writeTextFileAtomic } from '../../files/reportFile.js';
import { findAgencyByName, insertAgency } from '../../records/agencies.js';
import { recordAudit } from '../../records/audit.js';
import { getReportRow, insertReport, loadReport } from '../../records/reports.js';
import { insertSignoff, markSigned } from '../../records/signoffs.js';
import { checkStored, detailOf } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { clearYearForImport } from './replaceDraft.js';
import { writeTransaction } from './transaction.js';

const EXCHANGE_FILTERS = [{ name: '年报交换文件', extensions: ['json'] }];

/** `巴楚县人民政府2023年政府信息公开工作年度报告.nianbao.json`, without characters Windows forbids in names. */
export const exchangeFileName = (report: Report): string =>
  `${[...report.title].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').slice(0, 150)}.nianbao.json`;

/** Saves a report read from a file as its agency's report for its year. */
export function importReport(ws: Workspace, report: Report, fileName: string, replaceDraft: boolean): ImportResult {
  const db = ws.db;
  const notes: string[] = [];
  const reportId = writeTransaction(db, () => {
    const at = ws.at();
    const actor = ws.actor();
    let agency = findAgencyByName(db, report.agency);
    if (!agency) {
      if (report.agency.trim() === '') refuse('BAD_FILE', `《${fileName}》没有写机关名称，无法确定是哪个机关的报告。记录没有任何改动。`);
      agency = insertAgency(db, { name: report.agency, level: report.level, issuer: report.issuer || report.agency }, at);
      recordAudit(db, { at, actor, action: 'agency.create', agencyId: agency.id, target: 'agency', newValue: report.agency, detail: `导入《${fileName}》时新建` });
      notes.push(`新建了机关“${report.agency}”。`);
    }
    if (clearYearForImport(db, agency, report.year, replaceDraft, { at, actor, fileName })) {
      notes.push('原有草稿已被文件中的报告替换（原草稿内容保存在修改记录中）。');
    }
    const id = insertReport(db, agency.id, { ...report, signoff: null }, at);
    recordAudit(db, { at, actor, action: 'report.import', agencyId: agency.id, reportId: id, reportLabel: `${report.agency}${report.year}年度`, detail: fileName });
    if (report.signoff) {
      if (fingerprintMatches(report)) {
        insertSignoff(db, id, 1, report.signoff, actor, at);
        markSigned(db, id, at);
        notes.push('文件中的报告已签发且内容与签发时一致，按已签发报告保存（只读）。');
      } else {
        notes.push('文件中的签发信息与内容不符（签发后内容被改过），已作为草稿保存，需要重新签发。');
      }
    }
    return id;
  });
  return { detail: detailOf(checkStored(db, getReportRow(db, reportId))), notes };
}

function readOrRefuse(fileName: string, text: string): Report {
  const read = readExchangeText(text);
  if (!read.ok) refuse('BAD_FILE', `《${fileName}》无法导入：${read.message}。记录没有任何改动。`);
  return (read as { ok: true; report: Report }).report;
}

export function exchangeHandlers(ws: Workspace): Pick<Handlers, 'exchange.exportText' | 'exchange.exportFile' | 'exchange.importText' | 'exchange.importFile'> {
  const exportOf = (reportId: number): { fileName: string; text: string } => {
    const report = loadReport(ws.db, getReportRow(ws.db, reportId));
    return { fileName: exchangeFileName(report), text: writeExchangeText(report) };
  };
  return {
    'exchange.exportText': ({ reportId }) => exportOf(reportId),

    'exchange.exportFile': async ({ reportId }) => {
      const { fileName, text } = exportOf(reportId);
      const path = await ws.dialogs.chooseSavePath({ title: '导出年报交换文件', defaultName: fileName, filters: EXCHANGE_FILTERS });
      if (path === null) return { cancelled: true as const };
      const written = await writeTextFileAtomic(path, text);
      if (!written.ok) refuse('IO', `没有导出：${written.message}`);
      return { path };
    },

    'exchange.importText': ({ fileName, text, replaceDraft }) => importReport(ws, readOrRefuse(fileName, text), fileName, replaceDraft ?? false),

    'exchange.importFile': async ({ replaceDraft }) => {
      const path = await ws.dialogs.chooseOpenPath({ title: '导入年报交换文件', filters: EXCHANGE_FILTERS });
      if (path === null) return { cancelled: true as const };
      const read = await readReportFile(path);
      if (!read.ok) refuse('BAD_FILE', `无法导入：${read.message}。记录没有任何改动。`);
      const name = path.split(/[\\/]/).pop() ?? path;
      return importReport(ws, (read as { ok: true; report: Report }).report, name, replaceDraft ?? false);
    },
  };
}
