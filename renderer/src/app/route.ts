/**
 * Which screen is open, kept in the address's fragment next to the bridge token (`#token=…&report=12`), so a
 * reload comes back to the same report. Pure: reads and writes the fragment text only.
 */
export type Route = { readonly screen: 'start' } | { readonly screen: 'editor'; readonly reportId: number; readonly view?: 'edit' | 'preview' } | { readonly screen: 'import' }
  | { readonly screen: 'ledger'; readonly agencyId?: number; readonly reportId?: number } | { readonly screen: 'rollup' };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const report = Number(params.get('report'));
  if (Number.isInteger(report) && report > 0) return { screen: 'editor', reportId: report, view: params.get('view') === 'preview' ? 'preview' : 'edit' };
  if (params.get('screen') === 'import') return { screen: 'import' };
  if (params.get('screen') === 'ledger') {
    const agency = Number(params.get('agency'));
    const from = Number(params.get('from'));
    return {
      screen: 'ledger',
      ...(Number.isInteger(agency) && agency > 0 ? { agencyId: agency } : {}),
      ...(Number.isInteger(from) && from > 0 ? { reportId: from } : {}),
    };
  }
  if (params.get('screen') === 'rollup') return { screen: 'rollup' };
  return { screen: 'start' };
}

export function formatRoute(hash: string, route: Route): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('report');
  params.delete('view');
  params.delete('screen');
  params.delete('agency');
  params.delete('from');
  if (route.screen === 'editor') {
    params.set('report', String(route.reportId));
    if (route.view === 'preview') params.set('view', 'preview');
  }
  if (route.screen === 'import') params.set('screen', 'import');
  if (route.screen === 'ledger') {
    params.set('screen', 'ledger');
    if (route.agencyId) params.set('agency', String(route.agencyId));
    if (route.reportId) params.set('from', String(route.reportId));
  }
  if (route.screen === 'rollup') params.set('screen', 'rollup');
  const text = params.toString();
  return text ? `#${text}` : '';
}
