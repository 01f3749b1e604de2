/**
 * Timings the browser tests read and the README reports (not asserted): how long from a keystroke to the screen
 * showing the re-checked findings, and when the editor first became usable after the page loaded.
 */
interface Timings {
  edits: number[];
  editorReadyAt: number | null;
}

declare global {
  interface Window {
    __nianbaoTimings?: Timings;
  }
}

function timings(): Timings {
  window.__nianbaoTimings ??= { edits: [], editorReadyAt: null };
  return window.__nianbaoTimings;
}

export function recordEditTiming(ms: number): void {
  const t = timings();
  if (t.edits.length < 10_000) t.edits.push(ms);
}

export function recordEditorReady(msSinceNavigation: number): void {
  const t = timings();
  t.editorReadyAt ??= msSinceNavigation;
}
