/** Opens a report and holds it as a ReportDocument for the screen; the snapshot re-renders on every change. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { ReportDocument, type DocumentSnapshot } from './reportDocument.js';

export type Opened = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly message: string } | { readonly kind: 'open'; readonly doc: ReportDocument };

export function useOpenReport(reportId: number): Opened {
  const api = useApi();
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    api.call('reports.open', { reportId }).then(
      (detail) => live && setOpened({ kind: 'open', doc: new ReportDocument(api.invoke, detail) }),
      (error: unknown) => live && setOpened({ kind: 'failed', message: failureMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, reportId]);
  return opened;
}

export function useSnapshot(doc: ReportDocument): DocumentSnapshot {
  return useSyncExternalStore(doc.subscribe, doc.getSnapshot);
}
