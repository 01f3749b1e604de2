/**
 * Reading back the exchange JSON that this app attaches to every PDF it makes (report.nianbao.json), with
 * pdfjs-dist 5 (legacy build: runs on Node 20). Never throws: the answer is the attached text, "no attachment"
 * (a PDF from elsewhere) or "damaged". pdfjs is loaded only when a PDF is actually read.
 */
import { ATTACHMENT_NAME } from './attachmentName.js';

export type AttachmentResult =
  | { readonly kind: 'attached'; readonly text: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'damaged' }
  | { readonly kind: 'notUtf8' };

/**
 * pdfjs on Node runs its "worker" in this thread by importing pdf.worker.mjs from next to pdf.mjs — a file a
 * bundle (the packaged app's main.cjs) does not have. Handing pdfjs the worker module itself works the same in
 * development and bundled.
 */
async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

export async function readAttachedReport(bytes: Uint8Array): Promise<AttachmentResult> {
  let pdf: { getAttachments(): Promise<Record<string, { filename: string; content: Uint8Array }> | null>; destroy(): Promise<void> } | undefined;
  try {
    const { getDocument } = await loadPdfjs();
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
    const attachments = await pdf.getAttachments();
    const attached = attachments ? Object.values(attachments).find((a) => a.filename === ATTACHMENT_NAME) : undefined;
    if (!attached) return { kind: 'none' };
    try {
      return { kind: 'attached', text: new TextDecoder('utf-8', { fatal: true }).decode(attached.content) };
    } catch {
      return { kind: 'notUtf8' };
    }
  } catch {
    return { kind: 'damaged' };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
