/**
 * Channels exchange.*: the exchange file (`.nianbao.json`) out and in. An import that cannot be read changes
 * nothing and says why; a file already signed (its fingerprint still matching) is kept as a signed report.
 */
import type { ImportResult, SignatureInfo } from '../../../../shared/api.js';
import { readExchangeText, writeExchangeText } from '../../../../shared/report/exchange.js';
import { fingerprintMatches } from '../../../../shared/report/fingerprint.js';
import type { Report } from '../../../../shared/report/schema.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { readReportFile, writeTextFileAtomic } from '../../files/reportFile.js';
import { findAgencyByName, insertAgency } from '../../records/agencies.js';
import { recordAudit } from '../../records/audit.js';
import { getReportRow, insertReport } from '../../records/reports.js';
import { insertSignoff, markSigned } from '../../records/signoffs.js';
import { checkStored, detailOf, refuseIfTampered } from '../checking.js';
import type { Workspace } from '../workspace.js';
import { signatureInfo } from './keys.js';
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
      const signature = signatureInfo(ws, report);
      if (!fingerprintMatches(report)) {
        notes.push('文件中的签发信息与内容不符（签发后内容被改过），已作为草稿保存，需要重新签发。');
      } else if (signature.status === 'invalid') {
        notes.push('文件中的数字签名与签发信息不符（签名后签发人或日期被改过），已作为草稿保存，需要重新签发。');
      } else {
        insertSignoff(db, id, 1, report.signoff, actor, at);
        markSigned(db, id, at);
        notes.push(`文件中的报告已签发且内容与签发时一致，按已签发报告保存（只读）。${signatureNote(signature)}`);
      }
    }
    return id;
  });
  return { detail: detailOf(checkStored(db, getReportRow(db, reportId))), notes };
}

/** What the clerk should know of a file's signature, in one sentence. */
export function signatureNote(signature: SignatureInfo): string {
  switch (signature.status) {
    case 'verified':
      return signature.trustedName ? `数字签名有效，签名密钥是已信任的“${signature.trustedName}”的密钥。` : '数字签名有效，是本机签发的报告。';
    case 'unknown-key':
      return `数字签名本身有效，但签名密钥（指纹 ${signature.keyFingerprint}）尚未被本机信任，不能证明是谁签发的：请与报送单位电话核对指纹后，在“签名密钥”中确认信任。`;
    case 'unsigned':
      return '文件没有数字签名（旧版本软件签发，只有指纹），不能证明是谁签发的。';
    case 'invalid':
      return '文件中的数字签名或指纹不符，签发后被改动过。';
  }
}

function readOrRefuse(fileName: string, text: string): Report {
  const read = readExchangeText(text);
  if (!read.ok) refuse('BAD_FILE', `《${fileName}》无法导入：${read.message}。记录没有任何改动。`);
  return (read as { ok: true; report: Report }).report;
}

export function exchangeHandlers(ws: Workspace): Pick<Handlers, 'exchange.exportText' | 'exchange.exportFile' | 'exchange.importText' | 'exchange.importFile'> {
  const exportOf = (reportId: number): { fileName: string; text: string } => {
    const checked = checkStored(ws.db, getReportRow(ws.db, reportId));
    refuseIfTampered(checked);
    const report = checked.report;
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
