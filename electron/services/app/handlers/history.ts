/** Channel reports.history: the key figures of every year the records hold for the agency of a report. */
import { keyFigures } from '../../../../shared/report/keyFigures.js';
import type { Handlers } from '../../api/dispatcher.js';
import { getReportRow, listReportRows, loadCells } from '../../records/reports.js';
import type { Workspace } from '../workspace.js';

export function historyHandlers(ws: Workspace): Pick<Handlers, 'reports.history'> {
  return {
    'reports.history': ({ reportId }) => {
      const { agency_id: agencyId } = getReportRow(ws.db, reportId);
      return listReportRows(ws.db)
        .filter((row) => row.agency_id === agencyId)
        .sort((a, b) => a.year - b.year)
        .map((row) => ({ reportId: row.id, year: row.year, ...keyFigures(loadCells(ws.db, row.id)) }));
    },
  };
}
