// reports.history: the key figures of every year the records hold for a report's agency, oldest first.
import { afterEach, describe, expect, it } from 'vitest';
import { keyFigures } from '../../shared/report/keyFigures.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { seedReport } from '../support/reports.js';

let services: TestServices;
afterEach(() => services?.remove());

describe('the key figures over the years', () => {
  it('sums the figures a chart shows, and is null when a cell is not a valid count', () => {
    const cells = { ...seedReport().cells, 'appeals.review.total': 2, 'appeals.litigationDirect.total': 1, 'active.regulations.inForce': 4 };
    expect(keyFigures(cells)).toEqual({ received: 2, concluded: 2, appeals: 3, inForce: 15 });
    expect(keyFigures({ ...cells, 'applications.received.total': null }).received).toBeNull();
  });

  it('lists every year of the agency, oldest first, and no other agency\'s', async () => {
    services = openTestServices();
    const agency = await services.call('agencies.create', { name: '某某县交通运输局', level: 'department' });
    const other = await services.call('agencies.create', { name: '某某县教育局', level: 'department' });
    const first = await services.call('reports.create', { agencyId: agency.id, year: 2023, start: 'blank' });
    await services.call('reports.editCells', { reportId: first.summary.id, edits: [{ cellId: 'applications.received.natural', value: 7 }, { cellId: 'applications.received.total', value: 7 }] });
    const second = await services.call('reports.createNextYear', { reportId: first.summary.id });
    await services.call('reports.create', { agencyId: other.id, year: 2023, start: 'blank' });
    const history = await services.call('reports.history', { reportId: second.summary.id });
    expect(history.map((h) => [h.year, h.received])).toEqual([
      [2023, 7],
      [2024, 0],
    ]);
    expect(history[0]).toMatchObject({ reportId: first.summary.id, concluded: 0, appeals: 0, inForce: 0 });
  });
});
