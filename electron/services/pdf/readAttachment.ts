/**
 * Reading back the exchange JSON that this app attaches to every PDF it makes (report.nianbao.json), with
 * pdfjs-dist 5 (legacy build: runs on Node 20). Never throws: the answer is the attached text, "no attachment"
 * (a PDF from elsewhere) or "damaged". pdfjs is loaded only when a PDF is actually read.
 */
import { ATTACHMENT_NAME } from './attachmentName.js';
import { openPdf, type PdfLoadingTask } from './pdfjs.js';

export type AttachmentResult =
  | { readonly kind: 'attached'; readonly text: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'damaged' }
  | { readonly kind: 'notUtf8' };

export async function readAttachedReport(bytes: Uint8Array): Promise<AttachmentResult> {
  let task: PdfLoadingTask | undefined;
  try {
    task = await openPdf(bytes);
    const pdf = await task.promise;
    const attachments = (await pdf.getAttachments()) as Record<string, { filename: string; content: Uint8Array }> | null;
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
    await task?.destroy().catch(() => undefined);
  }
}
