/** What a file is, from its first bytes and (for text) its first characters; never from its name. */

export type SniffedKind = 'pdf' | 'zip' | 'oldOffice' | 'sqlite' | 'text';

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt >= 0 && head.slice(0, pdfAt).trim() === '') return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'oldOffice';
  if (head.startsWith('SQLite format')) return 'sqlite';
  return 'text';
}

export type TextKind = 'exchange' | 'html' | 'text';

/** A decoded text file: our exchange JSON, an HTML page, or plain text. */
export function sniffText(text: string): TextKind {
  const start = text.slice(0, 4096).trimStart();
  if (start.startsWith('{')) return 'exchange';
  if (/^<(?:!doctype\s+html|html|head|body|meta|table|div|p|!--)[\s>]/i.test(start) || /<(?:table|html|body)[\s>]/i.test(start.slice(0, 4096))) return 'html';
  return 'text';
}
