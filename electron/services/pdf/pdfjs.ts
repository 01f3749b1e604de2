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
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

export type PdfLoadingTask = ReturnType<Pdfjs['getDocument']>;

/** Starts loading `bytes` (pdfjs takes ownership of what it is given, so it gets a copy). Destroy the task after. */
export async function openPdf(bytes: Uint8Array): Promise<PdfLoadingTask> {
  const { getDocument } = await loadPdfjs();
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
}
