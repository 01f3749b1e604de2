/**
 * The recogniser: source rows (table rows, and paragraphs as rows of one cell, in reading order, as a format
 * reader produced them) to a report of all 200 cells, its prose and metadata, and notes. Pure and deterministic;
 * it never corrects a number, so a published arithmetic error stays for the rules to find.
 */
import { reportTitle } from '../catalogue/sections.js';
import { zeroCells } from '../report/blank.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, TEMPLATE_2021, type Report } from '../report/schema.js';
import { detectTemplate, readActiveTable } from './activeTable.js';
import { readApplicationsTable } from './applicationsTable.js';
import { readAppealsTable } from './appealsTable.js';
import { matchApplicationLabel } from './labels.js';
import { hasPinyinGlosses, stripPinyinGlosses } from './normalise.js';
import { agencyFromPreamble, agencyOfIssuer, findSignature, findTitle, isFrontMatter, judgeLevel, proseOf } from './metadata.js';
import { hasCompatibilityCodePoints, normaliseCodePoints } from './codePoints.js';
import { importMessages, NoteList } from './notes.js';
import { hasValues, splitRow } from './rowCells.js';
import { findSections } from './sections.js';
import { hasTraditional, toSimplified } from './traditional.js';
import type { ImportResult, SourceRow, SourceType } from './types.js';

export type RecogniseResult = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly message: string };

/** More rows than any report has: a source this long is not one report. */
export const MAX_SOURCE_ROWS = 20_000;

export function recogniseReport(input: readonly SourceRow[], type: SourceType): RecogniseResult {
  if (input.length > MAX_SOURCE_ROWS) return { ok: false, message: `内容过长（${input.length}行），不像是一份政府信息公开工作年度报告` };
  const notes = new NoteList();
  let rows = input;
  if (rows.some((row) => row.some(hasCompatibilityCodePoints))) rows = rows.map((row) => row.map(normaliseCodePoints));
  if (rows.some((row) => row.some(hasPinyinGlosses))) {
    rows = rows.map((row) => row.map(stripPinyinGlosses));
    notes.add('variant', [], importMessages.pinyinGlosses);
  }
  if (rows.some((row) => row.some(hasTraditional))) {
    rows = rows.map((row) => row.map(toSimplified));
    notes.add('variant', [], importMessages.traditional);
  }
  const sections = findSections(rows);
  const end = rows.length;
  const zone2Start = sections.active ?? sections.overview ?? 0;
  const zone2End = sections.applications ?? sections.appeals ?? sections.problems ?? end;
  const zone3Start = sections.applications ?? sections.active ?? 0;
  const zone3End = sections.appeals ?? sections.problems ?? sections.other ?? end;
  const zone4End = sections.problems ?? sections.other ?? end;
  const zone4Start = sections.appeals ?? afterApplications(rows, zone3Start, zone4End);

  const template = detectTemplate(rows.slice(zone2Start, zone3End));
  if (template === 'gov-2019') notes.add('template', [], importMessages.template2019Mapped);
  const cells = zeroCells();
  readActiveTable(rows.slice(zone2Start, zone2End), template, cells, notes);
  const applications = readApplicationsTable(rows.slice(zone3Start, zone3End), template, cells, notes);
  readAppealsTable(rows.slice(zone4Start, zone4End), cells, notes);
  const tablesFound = notes.notes.filter((n) => n.kind === 'missing' && n.message.includes('没有找到表')).length;
  if (tablesFound === 3 || (!applications.found && tablesFound >= 2)) {
    return { ok: false, message: '没有找到年报的表格（主动公开、依申请公开、行政复议和诉讼），不像是一份政府信息公开工作年度报告' };
  }

  const firstSection = Math.min(sections.overview ?? end, sections.active ?? end, zone3Start || end);
  const title = findTitle(rows, firstSection);
  const signature = findSignature(rows, sections.other ?? sections.problems ?? zone4End, title?.year ?? undefined);
  let year = title?.year ?? null;
  if (year === null && signature.date) year = Number(signature.date.iso.slice(0, 4)) - 1;
  if (year === null) notes.add('missing', [], importMessages.metadataMissing('报告年度'));
  const fromPreamble = title?.agency ? '' : agencyFromPreamble(rows, firstSection);
  const agency = title?.agency || fromPreamble || agencyOfIssuer(signature.issuer);
  if (!title?.agency) {
    const how = fromPreamble ? '（已按前言中“本报告由…编制”填写）' : '（已按署名填写）';
    notes.add('missing', [], importMessages.metadataMissing(agency ? `标题中的机关名称${how}` : '机关名称'));
  }
  const regulations = ['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.inForce'].some((id) => (cells[id] ?? 0) !== 0);
  const level = judgeLevel(agency, { regulations, text: rows.map((row) => row.join('')).join('\n') });
  if (level.note) notes.add('variant', [], level.note);
  if (!signature.date) notes.add('missing', [], importMessages.metadataMissing('成文日期'));
  else if (signature.date.assumed) notes.add('variant', [], importMessages.dateAssumed(signature.date.assumed));
  if (!signature.issuer) notes.add('missing', [], importMessages.metadataMissing('署名'));

  const preambleStart = title ? title.start + title.rows : 0;
  const wrapped = type === 'pdf';
  // Justification spaces come from printed lines: a PDF, or text copied out of one (never a Word file or web page).
  const printed = type === 'pdf' || type === 'text';
  const preamble = proseOf(rows.slice(preambleStart, firstSection).filter((row) => !isFrontMatter(row.join(''))), wrapped, printed);
  const proseEnd = (from: number | undefined, next: number): string => (from === undefined ? '' : proseOf(rows.slice(from + 1, Math.max(from + 1, next)), wrapped, printed));
  const overviewEnd = Math.min(sections.active ?? end, sections.applications ?? end, signature.start);
  const problemsEnd = Math.min(sections.other ?? end, signature.start);
  const reportYear = year ?? 2021;
  const report: Report = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    template: TEMPLATE_2021,
    agency,
    level: level.level,
    year: reportYear,
    title: reportTitle(agency, reportYear),
    preamble,
    sections: {
      overview: proseEnd(sections.overview, overviewEnd),
      problems: proseEnd(sections.problems, problemsEnd),
      other: proseEnd(sections.other, signature.start),
    },
    cells,
    issuer: signature.issuer,
    date: signature.date?.iso ?? null,
    signoff: null,
  };
  return { ok: true, result: { report, notes: notes.notes, source: { type, template } } };
}

/**
 * Without a 四、 heading, table 四 starts after the last row of table 三 (四、结转下年度继续办理 or （七）总计) that
 * carries its cells — not after the column header 总计, which reads like （七）总计 but holds no number.
 */
function afterApplications(rows: readonly SourceRow[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const split = splitRow(rows[i]!);
    if (!hasValues(split)) continue;
    const match = matchApplicationLabel(split.label);
    if (match.kind === 'row' && (match.key === 'carriedForward' || match.key === 'resultsTotal')) return i + 1;
  }
  return to;
}
