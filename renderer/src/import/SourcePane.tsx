/**
 * The text the importer read, line by line with line numbers, monospace, scrolling on its own; a table row's
 * cells (joined by tabs) are set apart by a thin rule. Lines any note points at are tinted; the lines of the
 * chosen note are marked strongly and scrolled into view.
 */
import { useEffect, useRef } from 'react';
import type { ImportReview } from '../../../shared/api.js';

interface SourcePaneProps {
  readonly sourceText: ImportReview['sourceText'];
  readonly noted: ReadonlySet<number>;
  readonly focused: readonly number[];
}

/** A table row (cells joined by tabs) with a thin rule between its cells; any other line as it is. */
function LineCells({ line }: { line: string }) {
  if (!line.includes('\t')) return <>{line}</>;
  return (
    <>
      {line.split('\t').map((part, i) => (
        <span key={i} className="import-source-cell">
          {i > 0 && <span className="import-tab">{'\t'}</span>}
          {part}
        </span>
      ))}
    </>
  );
}

export function SourcePane({ sourceText, noted, focused }: SourcePaneProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const focusedSet = new Set(focused);
  const first = focused[0];

  useEffect(() => {
    if (first === undefined) return;
    box.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView({ block: 'center' });
  }, [first, focused]);

  return (
    <div ref={box} className="import-source" tabIndex={0} role="region" aria-label="原文">
      <ol className="import-source-lines">
        {sourceText.lines.map((line, i) => (
          <li
            key={i}
            data-line={i}
            className={focusedSet.has(i) ? 'import-line import-line-focused' : noted.has(i) ? 'import-line import-line-noted' : 'import-line'}
          >
            <span className="import-line-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="import-line-text">{line === '' ? '\u00a0' : <LineCells line={line} />}</span>
          </li>
        ))}
      </ol>
      {sourceText.truncated && <div className="import-source-truncated">原文过长，只显示了前面的部分。</div>}
    </div>
  );
}
