/** Sentences on 主动公开 from table 二: documents made, repealed and in force; decisions; the fee as stored. */
import { ACTIVE_DECISION_ROWS, ACTIVE_DOCUMENT_ROWS, FEE_CELL_ID, FEE_ROW_LABEL } from '../catalogue/cells.js';
import { parseFee } from '../report/decimal.js';
import type { Report } from '../report/schema.js';
import { countsOf } from '../rules/values.js';
import type { SuggestedSentence } from './sentences.js';
import { DECISION_WORDS, SENTENCE_LABELS } from './words.js';

/**
 * 本年度制发行政规范性文件3件，废止0件，现行有效11件。 The 规章 row is stated only when it holds a number or the
 * agency may make 规章 (level `city`); a row with nothing made or repealed says so in words.
 */
export function activeDocumentsSentence(report: Report): SuggestedSentence | undefined {
  const parts: string[] = [];
  for (const row of ACTIVE_DOCUMENT_ROWS) {
    const values = countsOf(report, [`active.${row.key}.issued`, `active.${row.key}.repealed`, `active.${row.key}.inForce`]);
    if (!values) return undefined;
    const [issued, repealed, inForce] = values as [number, number, number];
    const stated = row.key === 'normativeDocuments' || report.level === 'city' || issued + repealed + inForce > 0;
    if (!stated) continue;
    parts.push(
      issued === 0 && repealed === 0
        ? `未制发、废止${row.label}，现行有效${row.label}${inForce}件`
        : `制发${row.label}${issued}件，废止${repealed}件，现行有效${inForce}件`,
    );
  }
  return { key: 'activeDocuments', section: 'overview', label: SENTENCE_LABELS.activeDocuments, text: `本年度${parts.join('；')}。` };
}

/** 本年度作出行政许可决定33959件、行政处罚决定229909件。 Only the kinds with decisions; none at all: no sentence. */
export function activeDecisionsSentence(report: Report): SuggestedSentence | undefined {
  const values = countsOf(report, ACTIVE_DECISION_ROWS.map((r) => `active.${r.key}.decisions`));
  if (!values) return undefined;
  const parts = ACTIVE_DECISION_ROWS.flatMap((row, i) => (values[i]! > 0 ? [`${DECISION_WORDS[row.key]}决定${values[i]}件`] : []));
  if (parts.length === 0) return undefined;
  return { key: 'activeDecisions', section: 'overview', label: SENTENCE_LABELS.activeDecisions, text: `本年度作出${parts.join('、')}。` };
}

/** 本年度行政事业性收费金额1482.5623万元。 The amount exactly as stored; a zero fee gives no sentence. */
export function activeFeesSentence(report: Report): SuggestedSentence | undefined {
  const stored = report.cells[FEE_CELL_ID];
  if (typeof stored !== 'string') return undefined;
  const parsed = parseFee(stored);
  if (!parsed.ok || parsed.micros === 0n) return undefined;
  return {
    key: 'activeFees',
    section: 'overview',
    label: SENTENCE_LABELS.activeFees,
    text: `本年度${FEE_ROW_LABEL}金额${stored.trim()}万元。`,
  };
}
