/**
 * An HTML page to source rows: the article (the smallest element holding the tables and the first and last
 * headings) read block by block, each innermost <table> expanded into a grid, <br>/<p> inside cells joined,
 * &nbsp; read as empty. The tree is walked with an explicit stack, so deep nesting cannot overflow the stack.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { expandGrid, originRows, type SpanCell } from './grid.js';
import { textRows } from './textRows.js';
import type { SourceRow } from '../types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'select', 'option', 'button', 'iframe', 'svg', 'form', 'input', 'textarea', 'object']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre', 'center', 'dl', 'dt', 'dd', 'tr', 'caption', 'address', 'hr', 'body', 'html']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Node): readonly Node[] => ('childNodes' in node ? (node as ParentNode).childNodes : []);
const textOf = (node: Node): string => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : '');
const parentElement = (el: Element): Element | null => {
  const parent = el.parentNode as Node | null;
  return parent && isElement(parent) ? parent : null;
};
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** All text under a node, with a space at <br> and block edges (iterative). */
function textContent(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (SKIPPED.has(node.tagName)) continue;
      if (node.tagName === 'br' || BLOCKS.has(node.tagName)) out += ' ';
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else out += textOf(node);
  }
  return out;
}

/** Elements under root matching a test, in document order (iterative). */
function findAll(root: Node, test: (el: Element) => boolean, stopInside = false): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (SKIPPED.has(node.tagName)) continue;
      if (node !== root && test(node)) {
        found.push(node);
        if (stopInside) continue;
      }
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

const hasNestedTable = (table: Element): boolean => findAll(table, (el) => el.tagName === 'table', true).length > 0;

/** The rows of a table without the rows of tables nested in it. */
function tableRows(table: Element): Element[] {
  return findAll(table, (el) => el.tagName === 'tr' || el.tagName === 'table', true).filter((el) => el.tagName === 'tr');
}

function span(el: Element, name: string): number {
  const value = Number.parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(value) ? value : 1;
}

function readTable(table: Element): string[][] {
  const rows: SpanCell[][] = tableRows(table).map((tr) =>
    children(tr)
      .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      .map((cell) => ({ text: textContent(cell).replace(/\s+/g, ' ').trim(), rowSpan: span(cell, 'rowspan'), colSpan: span(cell, 'colspan') })),
  );
  return originRows(expandGrid(rows));
}

/** The smallest element holding every innermost table and the words of the first and last sections. */
function articleRoot(body: Element, tables: readonly Element[]): Element {
  if (tables.length === 0) return body;
  const chain = (el: Element): Element[] => {
    const list: Element[] = [];
    for (let node: Element | null = el; node; node = parentElement(node)) list.push(node);
    return list.reverse();
  };
  const chains = tables.map(chain);
  let common: Element = body;
  for (let depth = 0; ; depth++) {
    const candidate = chains[0]![depth];
    if (!candidate || !chains.every((c) => c[depth] === candidate)) break;
    common = candidate;
  }
  for (let node: Element | null = common; node; node = parentElement(node)) {
    const text = textContent(node).replace(/\s+/g, '');
    if ((text.includes('总体情况') || text.includes('總體情況')) && /其他需要报告|其他需要報告|存在的主要问题|存在的主要問題/.test(text)) return node;
    if (node === body) break;
  }
  return body;
}

/** Rows of the article in reading order: paragraphs as one cell, table rows as their cells. */
function blockRows(root: Element, innermost: ReadonlySet<Element>): SourceRow[] {
  const rows: SourceRow[] = [];
  let buffer = '';
  // Text outside tables goes through the plain-text reader, so a table typed as text (runs of &nbsp;, tabs, one
  // cell per paragraph) is read as it would be from a text file.
  let lines: string[] = [];
  const flush = () => {
    // Source whitespace collapses as a browser shows it; runs of &nbsp; stay runs (they separate cells).
    const text = buffer.replace(/[ \t\r\n]+/g, ' ').replace(/\u00a0/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, '');
    if (text.trim()) lines.push(text);
    buffer = '';
  };
  const flushText = () => {
    flush();
    if (lines.length > 0) rows.push(...textRows(lines.join('\n')));
    lines = [];
  };
  type Item = { node: Node; exit?: boolean };
  const stack: Item[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (!isElement(node)) {
      buffer += textOf(node);
      continue;
    }
    if (exit) {
      flush();
      continue;
    }
    if (SKIPPED.has(node.tagName)) continue;
    if (node.tagName === 'table' && innermost.has(node)) {
      flushText();
      rows.push(...readTable(node).filter((r) => r.length > 0));
      continue;
    }
    if (node.tagName === 'br') {
      flush();
      continue;
    }
    const block = BLOCKS.has(node.tagName) || node.tagName === 'table' || node.tagName === 'td' || node.tagName === 'th';
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  flushText();
  return rows;
}

export function htmlRows(html: string): SourceRow[] {
  const document = parse(html);
  const htmlElement = children(document).find((n): n is Element => isElement(n) && n.tagName === 'html');
  const body = htmlElement ? children(htmlElement).find((n): n is Element => isElement(n) && n.tagName === 'body') : undefined;
  if (!body) return [];
  const tables = findAll(body, (el) => el.tagName === 'table').filter((t) => !hasNestedTable(t));
  const root = articleRoot(body, tables);
  const rows = blockRows(root, new Set(tables));
  if (root !== body) {
    // The title often sits above the article's container: take the page's first heading.
    const heading = findAll(body, (el) => /^h[1-3]$/.test(el.tagName)).map((h) => textContent(h).replace(/\s+/g, ' ').trim()).find((t) => /报告|報告/.test(t));
    const head = children(htmlElement!).find((n): n is Element => isElement(n) && n.tagName === 'head');
    const titleElement = head ? children(head).find((n): n is Element => isElement(n) && n.tagName === 'title') : undefined;
    const title = heading ?? (titleElement ? children(titleElement).map(textOf).join('').trim() : undefined);
    if (title && !rows.slice(0, 5).some((r) => r.join('').includes(title.replace(/\s+/g, '')))) rows.unshift([title]);
  }
  return rows;
}
