/**
 * The roster (名单) of units expected to report: one per line as `名称` or `名称,类别`, or the two columns of a
 * .csv/.xlsx (read into rows by the services). A header row, blank lines and repeats are tolerated; a 类别 that
 * names no level is kept (the unit is still expected) and noted. Pure.
 */
import type { AgencyLevel } from '../catalogue/sections.js';
import { agencyKey, parseLevel, ROSTER_LEVEL_WORDS } from './names.js';

export interface RosterEntry {
  readonly name: string;
  readonly level: AgencyLevel | null;
}

export interface Roster {
  readonly entries: readonly RosterEntry[];
  /** Lines that were read with a doubt, in Chinese, with the line number. */
  readonly notes: readonly string[];
}

export type RosterResult = { readonly ok: true; readonly roster: Roster } | { readonly ok: false; readonly message: string };

const HEADER_WORDS = /^(名称|单位名称|单位|机关名称|机关|部门|名单|序号)$/;

/** Rows of cells (from a spreadsheet or a CSV), the name in the first non-number column, the 类别 after it. */
export function rosterFromRows(rows: readonly (readonly unknown[])[]): RosterResult {
  const entries: RosterEntry[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 1;
    const cells = row.map((c) => (c === null || c === undefined ? '' : String(c).trim()));
    // A leading 序号 column (1, 2, 3 …) is skipped.
    const start = cells.length > 1 && /^\d+$/.test(cells[0]!) ? 1 : 0;
    const name = cells[start] ?? '';
    const levelText = cells[start + 1] ?? '';
    if (name === '' && levelText === '') return;
    if (HEADER_WORDS.test(name.replace(/\s/g, '')) && entries.length === 0) return;
    if (name === '') {
      notes.push(`名单第${line}行没有单位名称，已跳过`);
      return;
    }
    let level: AgencyLevel | null = null;
    if (levelText !== '') {
      level = parseLevel(levelText);
      if (level === null) notes.push(`名单第${line}行“${name}”的类别“${levelText}”不是${ROSTER_LEVEL_WORDS}之一，已按未注明类别处理`);
    }
    const key = agencyKey(name);
    if (seen.has(key)) {
      notes.push(`名单第${line}行“${name}”与前面的单位重复，只计一次`);
      return;
    }
    seen.add(key);
    entries.push({ name, level });
  });
  if (entries.length === 0) return { ok: false, message: '名单中没有任何单位名称' };
  return { ok: true, roster: { entries, notes } };
}

/** A plain-text or CSV roster: one unit a line, name and 类别 separated by a comma (，/,), a tab or spaces. */
export function rosterFromText(text: string): RosterResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return rosterFromRows(body.split(/\r\n|\n|\r/).map(splitLine));
}

/** One CSV line, with quoted fields ("a,b") as CSV writes them; also a Chinese comma or a tab as separator. */
function splitLine(line: string): string[] {
  if (!line.includes('"')) {
    const parts = line.split(/[,，\t]/);
    if (parts.length > 1) return parts;
    // 名称 类别 separated by spaces, when the last word is a level.
    const spaced = /^(.+?)[\s\u3000]+(\S+)$/.exec(line.trim());
    if (spaced && parseLevel(spaced[2]!) !== null) return [spaced[1]!, spaced[2]!];
    return [line];
  }
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '，' || ch === '\t') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
