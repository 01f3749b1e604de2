/**
 * pdfjs-dist 5 (legacy build: runs on Node 20), loaded only when a PDF is actually read, and opened the one safe
 * way: a copy of the bytes, no eval, no fonts, and stopAtErrors off — with it on, a damaged file can leave one of
 * pdfjs's own promises rejected unobserved (a FormatError from a flate stream, seen in the import robustness
 * test), which ends the process with a stack trace. Callers always destroy the loading task, also on failure.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdfjs on Node runs its "worker" in this thread by importing pdf.worker.mjs from next to pdf.mjs — a file a
 * bundle (the packaged app's main.cjs) does not have. Handing pdfjs the worker module itself works the same in
 * development and bundled.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  installMatrixStandIn();
  const pdfjs = await withoutLoadWarnings(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

/**
 * pdfjs's module creates a DOMMatrix when it loads (for drawing pages, which we never do) and, on Node, takes it
 * from its optional native package @napi-rs/canvas. Where that package is missing (an installer built without
 * it, a platform it has no build for) the module would fail to load and every PDF would be refused as damaged.
 * Reading text and attachments needs no matrix arithmetic, so a plain identity matrix stands in: the same
 * behaviour with or without the native package (test/import/pdf-without-canvas.test.ts).
 */
function installMatrixStandIn(): void {
  const global = globalThis as { DOMMatrix?: unknown };
  global.DOMMatrix ??= class IdentityMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  };
}

/**
 * pdfjs prints "Warning: Cannot load @napi-rs/canvas / polyfill ImageData…" with console.warn when it is first
 * imported on a machine without its optional canvas package. Reading text needs no canvas, and those lines would
 * land on the CLI's stderr (which promises one Chinese line), so they are dropped while the module loads — only
 * those.
 */
async function withoutLoadWarnings<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^Warning: Cannot (load|polyfill|access)/.test(args[0])) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

export type PdfLoadingTask = ReturnType<Pdfjs['getDocument']>;

/** Starts loading `bytes` (pdfjs takes ownership of what it is given, so it gets a copy). Destroy the task after. */
export async function openPdf(bytes: Uint8Array): Promise<PdfLoadingTask> {
  const { getDocument } = await loadPdfjs();
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
}
