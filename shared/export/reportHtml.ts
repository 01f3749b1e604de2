/**
 * The report as one self-contained web page for the 政府信息公开专栏: inline styles only, no script, no
 * class, no outside resource (no font, picture or style sheet to fetch), so the whole file — or the <article>
 * inside it — can be pasted into a government CMS as it is. Tables 二/三/四 are drawn from the one layout
 * description (shared/catalogue/layout.ts) with rowspan/colspan as in the template; the typefaces GB/T 9704
 * assigns are named first, with the serif the reader's system has as the last resort.
 */
import { chineseDate } from '../calendar.js';
import { cellAlignment, placeCells, TABLE_LAYOUTS, type LayoutCell, type TableLayout } from '../catalogue/layout.js';
import { SECTION_HEADINGS, SECTION_ORDER, type ProseSectionKey } from '../catalogue/sections.js';
import { leadingHeading, paragraphsOf, printedCell, printedTitle } from '../report/printedText.js';
import type { Report } from '../report/schema.js';
import { columnShares, OFFICIAL_TYPEFACES, type TypefaceRole } from './officialTemplate.js';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const family = (role: TypefaceRole, last: string): string => [...OFFICIAL_TYPEFACES[role], last].map((n) => (/^[a-z-]+$/i.test(n) && n === last ? n : `'${n}'`)).join(', ');

const STYLE = {
  article: `max-width: 794px; margin: 0 auto; padding: 24px; color: #000; background: #fff; font-family: ${family('body', 'serif')}; font-size: 16pt; line-height: 1.8;`,
  title: `margin: 0 0 1em; text-align: center; font-family: ${family('title', 'serif')}; font-size: 22pt; font-weight: normal; line-height: 1.5;`,
  paragraph: 'margin: 0; text-indent: 2em; text-align: justify;',
  heading: `margin: 0; text-indent: 2em; font-family: ${family('heading1', 'sans-serif')}; font-size: 16pt; font-weight: normal;`,
  subheading: `font-family: ${family('heading2', 'serif')};`,
  table: `width: 100%; margin: 0.3em 0 0.6em; border-collapse: collapse; table-layout: fixed; font-family: '宋体', SimSun, serif; font-size: 10.5pt; line-height: 1.4;`,
  cell: 'border: 1px solid #000; padding: 2px 4px; vertical-align: middle; word-break: break-all;',
  caption: 'background: #c6d9f1;',
  note: `font-family: ${family('heading2', 'serif')};`,
  signature: 'margin: 0; text-align: right; padding-right: 4em;',
} as const;

/** The <article> alone: what 复制为网页 puts on the clipboard and what a CMS editor takes. */
export function reportArticleHtml(report: Report): string {
  const parts: string[] = [`<article style="${STYLE.article}">`];
  parts.push(`<h1 style="${STYLE.title}">${escapeHtml(printedTitle(report))}</h1>`);
  for (const paragraph of paragraphsOf(report.preamble)) parts.push(proseParagraph(paragraph));
  for (const key of SECTION_ORDER) {
    const layout = TABLE_LAYOUTS.find((table) => table.key === key);
    if (layout) {
      parts.push(`<h2 style="${STYLE.heading}">${escapeHtml(layout.heading)}</h2>`);
      parts.push(tableHtml(layout, report));
    } else {
      parts.push(`<h2 style="${STYLE.heading}">${escapeHtml(SECTION_HEADINGS[key as ProseSectionKey])}</h2>`);
      for (const paragraph of paragraphsOf(report.sections[key as ProseSectionKey])) parts.push(proseParagraph(paragraph));
    }
  }
  const issuer = report.issuer.trim();
  if (issuer || report.date) {
    parts.push('<p style="margin: 0;">&nbsp;</p>');
    if (issuer) parts.push(`<p style="${STYLE.signature}">${escapeHtml(issuer)}</p>`);
    if (report.date) parts.push(`<p style="${STYLE.signature}">${escapeHtml(chineseDate(report.date))}</p>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** The whole page: the article in a minimal HTML5 document that names its encoding and language. */
export function reportHtml(report: Report): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="年报 Nianbao">',
    `<title>${escapeHtml(printedTitle(report))}</title>`,
    '</head>',
    '<body style="margin: 0; background: #fff;">',
    reportArticleHtml(report),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function proseParagraph(text: string): string {
  const lead = leadingHeading(text);
  const body = lead === undefined ? escapeHtml(text) : `<span style="${STYLE.subheading}">${escapeHtml(lead)}</span>${escapeHtml(text.slice(lead.length))}`;
  return `<p style="${STYLE.paragraph}">${body}</p>`;
}

function tableHtml(layout: TableLayout, report: Report): string {
  const shares = columnShares(layout.key);
  const rows = placeCells(layout).map((row) => `<tr>${row.map((p) => cellHtml(layout, p.cell, p.rowSpan, p.colSpan, report)).join('')}</tr>`);
  const cols = shares.map((share) => `<col style="width: ${(share * 100).toFixed(2)}%;">`).join('');
  return `<table style="${STYLE.table}"><colgroup>${cols}</colgroup><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function cellHtml(layout: TableLayout, cell: LayoutCell, rowSpan: number, colSpan: number, report: Report): string {
  const text = cell.kind === 'value' ? printedCell(report, cell.cellId) : cell.text;
  const extra = cell.kind === 'label' ? (cell.role === 'caption' ? STYLE.caption : cell.role === 'note' ? STYLE.note : '') : '';
  const style = `${STYLE.cell} text-align: ${cellAlignment(layout.key, cell)};${extra ? ` ${extra}` : ''}`;
  const spans = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan > 1 ? ` colspan="${colSpan}"` : ''}`;
  const tag = cell.kind === 'label' && cell.role === 'columnHeader' ? 'th' : 'td';
  const weight = tag === 'th' ? ' font-weight: normal;' : '';
  return `<${tag}${spans} style="${style}${weight}">${text === '' ? '&nbsp;' : escapeHtml(text)}</${tag}>`;
}
