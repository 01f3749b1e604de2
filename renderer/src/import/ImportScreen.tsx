/**
 * Importing last year's published report: pick a file → review it beside its source → save it as published
 * (read-only) → open it or carry its balances into this year's draft. Nothing reaches the records before the save.
 */
import { Layout } from 'antd';
import { useState } from 'react';
import type { AppStatus, ImportReview, ReportDetail } from '../../../shared/api.js';
import { AppHeader } from '../app/AppHeader.js';
import type { Route } from '../app/route.js';
import { FilePicker } from './FilePicker.js';
import { ReviewView } from './ReviewView.js';
import { SavedPanel } from './SavedPanel.js';
import '../editor/editor.css';
import './import.css';

type Step = { readonly kind: 'pick' } | { readonly kind: 'review'; readonly review: ImportReview } | { readonly kind: 'saved'; readonly saved: ReportDetail };

export function ImportScreen({ status, go }: { status: AppStatus; go: (route: Route) => void }) {
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  return (
    <Layout className="import-layout">
      <AppHeader status={status} />
      {step.kind === 'review' ? (
        <ReviewView
          key={step.review.sha256}
          review={step.review}
          onSaved={(saved) => setStep({ kind: 'saved', saved })}
          onLeave={(to) => (to === 'start' ? go({ screen: 'start' }) : setStep({ kind: 'pick' }))}
        />
      ) : (
        <Layout.Content className="import-center">
          {step.kind === 'pick' ? (
            <>
              <FilePicker onRead={(review) => setStep({ kind: 'review', review })} />
              <div className="import-back">
                <a href="#" onClick={(e) => { e.preventDefault(); go({ screen: 'start' }); }}>
                  返回报告列表
                </a>
              </div>
            </>
          ) : (
            <SavedPanel saved={step.saved} go={go} onAnother={() => setStep({ kind: 'pick' })} />
          )}
        </Layout.Content>
      )}
    </Layout>
  );
}
