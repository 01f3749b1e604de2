/**
 * The names offered when a report is saved as PDF, Word or a web page: they say what the file is, so a draft is
 * never taken for the signed report — "巴楚县人民政府2023年政府信息公开工作年度报告（草稿）.pdf",
 * "…年度报告（第2版签发）.pdf", "…年度报告（已发布）.docx" for a published report imported from its file.
 */
import type { Report } from '../report/schema.js';

export type FileState = { readonly kind: 'draft' } | { readonly kind: 'signed'; readonly revision: number } | { readonly kind: 'published' };

/** Characters Windows refuses in a file name become "_"; the name is cut to 150 characters. */
export const safeFileStem = (text: string): string =>
  [...text.replace(/\s+/g, ' ').trim()]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 150) || '年度报告';

export function stateLabel(state: FileState): string {
  switch (state.kind) {
    case 'draft':
      return '草稿';
    case 'signed':
      return `第${state.revision}版签发`;
    case 'published':
      return '已发布';
  }
}

export function suggestedFileName(report: Pick<Report, 'title'>, state: FileState, extension: 'pdf' | 'docx' | 'html'): string {
  return `${safeFileStem(report.title)}（${stateLabel(state)}）.${extension}`;
}
