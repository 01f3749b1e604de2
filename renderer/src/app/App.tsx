/**
 * The window: database state first (a damaged or newer database offers only its backups), then the start screen
 * or the editor of one report. The open report lives in the address fragment, so a reload returns to it.
 */
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, Invoke } from '../../../shared/api.js';
import { ApiProvider, failureMessage, useApi } from '../api/ApiContext.js';
import { EditorScreen } from '../editor/EditorScreen.js';
import { ImportScreen } from '../import/ImportScreen.js';
import { LedgerScreen } from '../ledger/LedgerScreen.js';
import { RollupScreen } from '../rollup/RollupScreen.js';
import { StartScreen } from '../start/StartScreen.js';
import { DatabaseProblem } from './DatabaseProblem.js';
import { formatRoute, parseRoute, type Route } from './route.js';
import { THEME } from './theme.js';

export function App({ invoke }: { invoke: Invoke }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ApiProvider invoke={invoke}>
          <Window />
        </ApiProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Route) => {
    window.history.replaceState(null, '', formatRoute(window.location.hash, next) || window.location.pathname);
    setRoute(next);
  }, []);
  return [route, go];
}

function Window() {
  const api = useApi();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [route, go] = useRoute();

  const loadStatus = useCallback(() => {
    api.call('app.status', {}).then(setStatus, (error: unknown) => setProblem(failureMessage(error)));
  }, [api]);
  useEffect(loadStatus, [loadStatus]);

  if (problem) return <DatabaseProblem problem={problem} onRestored={loadStatus} />;
  if (!status) return <Spin fullscreen description="正在打开记录…" />;
  if (status.state !== 'ready') return <DatabaseProblem problem={status.problem ?? '记录无法使用'} state={status.state} onRestored={loadStatus} />;

  if (route.screen === 'editor') {
    return <EditorScreen key={route.reportId} reportId={route.reportId} view={route.view ?? 'edit'} status={status} go={go} />;
  }
  if (route.screen === 'import') return <ImportScreen status={status} go={go} />;
  if (route.screen === 'ledger') return <LedgerScreen status={status} go={go} agencyId={route.agencyId} fromReportId={route.reportId} />;
  if (route.screen === 'rollup') return <RollupScreen status={status} go={go} />;
  return <StartScreen status={status} onStatus={setStatus} go={go} />;
}
