/** Channels reports.list / create / createNextYear / open / delete / check. */
import type { ReportSummary } from '../../../../shared/api.js';
import { blankReport } from '../../../../shared/report/blank.js';
import { carryForward } from '../../../../shared/report/carryForward.js';
import { writeExchangeText } from '../../../../shared/report/exchange.js';
import type { Report } from '../../../../shared/report/schema.js';
import { checkReport } from '../../../../shared/rules/engine.js';
import type { Handlers } from '../../api/dispatcher.js';
import { refuse } from '../../errors.js';
import { getAgency } from '../../records/agencies.js';
import { recordAudit } from '../../records/audit.js';
import { activeDismissals } from '../../records/dismissals.js';
import { deleteReportRow, findReportRowFor, getReportRow, insertReport, listReportRows, loadReport, reportLabel, type ReportRow } from '../../records/reports.js';
import { everSigned } from '../../records/signoffs.js';
import { checkResultOf, checkStored, detailOf, storedSignature, summaryOf } from '../checking.js';
import { countChecked, matchDismissals } from '../../../../shared/rules/dismissals.js';
import { ledgerCellsFor } from '../ledgerTally.js';
import type { Workspace } from '../workspace.js';
import { writeTransaction } from './transaction.js';

/** Creates the report of `agencyId` for `year`, blank or carried forward from last year's report in the records. */
export function createReport(ws: Workspace, agencyId: number, year: number, start: 'blank' | 'carryForward'): number {
  const db = ws.db;
  return writeTransaction(db, () => {
    const agency = getAgency(db, agencyId);
    if (findReportRowFor(db, agencyId, year)) refuse('CONFLICT', `${agency.name}${year}年度的报告已经存在，请在列表中打开它。`);
    let report: Report;
    let detail: string;
    if (start === 'blank') {
      report = blankReport({ agency: agency.name, level: agency.level, year, issuer: agency.issuer });
      detail = '空白报告';
    } else {
      const lastRow = findReportRowFor(db, agencyId, year - 1);
      if (!lastRow) refuse('NOT_FOUND', `记录中没有${agency.name}${year - 1}年度的报告，无法结转。可以先导入上年报告的文件，或新建空白报告。`);
      report = { ...carryForward(loadReport(db, lastRow!)), agency: agency.name, level: agency.level };
      report.title = blankReport({ agency: agency.name, level: agency.level, year }).title;
      detail = `由${lastRow!.year}年度报告结转`;
    }
    const reportId = insertReport(db, agencyId, report, ws.at());
    recordAudit(db, { at: ws.at(), actor: ws.actor(), action: 'report.create', agencyId, reportId, reportLabel: `${agency.name}${year}年度`, detail });
    return reportId;
  });
}

/** Every report with its counts; each report is loaded once even when it is also another's last year. */
export function listSummaries(ws: Workspace): ReportSummary[] {
  const db = ws.db;
  const rows = listReportRows(db);
  const loaded = new Map<number, Report>();
  const load = (row: ReportRow): Report => {
    let report = loaded.get(row.id);
    if (!report) loaded.set(row.id, (report = loadReport(db, row)));
    return report;
  };
  const byAgencyYear = new Map(rows.map((row) => [`${row.agency_id}/${row.year}`, row]));
  return rows.map((row) => {
    const report = load(row);
    const lastRow = byAgencyYear.get(`${row.agency_id}/${row.year - 1}`);
    const ledger = ledgerCellsFor(db, row.agency_id, row.year);
    const findings = matchDismissals(checkReport(report, { last: lastRow ? load(lastRow) : null, ledger }), activeDismissals(db, row.id));
    return summaryOf({ row, report, counts: countChecked(findings), signature: storedSignature(db, row, report) });
  });
}

export function reportHandlers(
  ws: Workspace,
): Pick<Handlers, 'reports.list' | 'reports.create' | 'reports.createNextYear' | 'reports.open' | 'reports.delete' | 'reports.check'> {
  return {
    'reports.list': () => listSummaries(ws),

    'reports.create': ({ agencyId, year, start }) => detailOf(checkStored(ws.db, getReportRow(ws.db, createReport(ws, agencyId, year, start)))),

    'reports.createNextYear': ({ reportId }) => {
      const row = getReportRow(ws.db, reportId);
      return detailOf(checkStored(ws.db, getReportRow(ws.db, createReport(ws, row.agency_id, row.year + 1, 'carryForward'))));
    },

    'reports.open': ({ reportId }) => detailOf(checkStored(ws.db, getReportRow(ws.db, reportId))),

    'reports.check': ({ reportId }) => checkResultOf(checkStored(ws.db, getReportRow(ws.db, reportId))),

    'reports.delete': ({ reportId }) => {
      const db = ws.db;
      return writeTransaction(db, () => {
        const row = getReportRow(db, reportId);
        if (row.status === 'signed' || everSigned(db, reportId)) refuse('SIGNED', '签发过的报告不能删除（它是已公开报告的依据）。只有从未签发的草稿可以删除。');
        // The whole draft goes into the audit log, so a deletion can be undone by hand if it was a mistake.
        recordAudit(db, {
          at: ws.at(),
          actor: ws.actor(),
          action: 'report.delete',
          agencyId: row.agency_id,
          reportId,
          reportLabel: reportLabel(row),
          oldValue: writeExchangeText(loadReport(db, row)),
        });
        deleteReportRow(db, reportId);
        return { deleted: reportId };
      });
    },
  };
}
