/**
 * The title (22 pt bold, centred): one line when it fits, otherwise as few lines as needed with the lengths
 * balanced — preferring the natural seams "巴楚县人民政府2023年 / 政府信息公开工作年度报告" over a cut in the
 * middle of a word, and never breaking against the 禁则.
 */
import { REPORT_TITLE_SUFFIX } from '../../../shared/catalogue/sections.js';
import type { Report } from '../../../shared/report/schema.js';
import { CONTENT, TYPE, baselineIn } from './geometry.js';
import type { Line } from './lineBreak.js';
import type { PageFlow } from './pageFlow.js';
import type { TextStyle } from './prose.js';

/** Splits the title into balanced lines no wider than the type area. */
export function titleLines(flow: PageFlow, report: Report): Line<TextStyle>[] {
  const title = report.title.replace(/\s+/g, ' ').trim();
  const measure = (text: string): number => flow.measure(text, 'bold', TYPE.titleSize);
  const total = measure(title);
  if (total <= CONTENT.width) return [{ runs: [{ text: title, style: 'bold' }], width: total }];

  // A seam after the year ("…2023年") or before the fixed ending ("政府信息公开工作年度报告").
  const seams = new Set<number>();
  const yearAt = title.indexOf(`${report.year}年`);
  if (yearAt > 0) seams.add(yearAt + `${report.year}年`.length);
  const suffixAt = title.lastIndexOf(REPORT_TITLE_SUFFIX);
  if (suffixAt > 0) seams.add(suffixAt);
  for (const seam of seams) {
    const [first, second] = [title.slice(0, seam), title.slice(seam)];
    const [a, b] = [measure(first), measure(second)];
    if (a <= CONTENT.width && b <= CONTENT.width && Math.max(a, b) <= (total / 2) * 1.4) {
      return [
        { runs: [{ text: first, style: 'bold' }], width: a },
        { runs: [{ text: second, style: 'bold' }], width: b },
      ];
    }
  }
  // No good seam: as many lines as needed, each about the same width.
  const count = Math.ceil(total / CONTENT.width);
  for (let lines = count; ; lines++) {
    const target = Math.min(CONTENT.width, total / lines + TYPE.titleSize);
    const broken = flow.lines([{ text: title, style: 'bold' }], TYPE.titleSize, () => target);
    if (broken.length <= lines || target >= CONTENT.width) return broken;
  }
}

/** Draws the title centred at the top of the first page, with a blank line after it. */
export function drawTitle(flow: PageFlow, report: Report): void {
  const lines = titleLines(flow, report);
  flow.ensure(lines.length * TYPE.titleLinePitch + TYPE.bodyLinePitch);
  for (const line of lines) {
    flow.drawLine(line, CONTENT.left + (CONTENT.width - line.width) / 2, baselineIn(flow.y, TYPE.titleLinePitch, TYPE.titleSize), TYPE.titleSize);
    flow.y += TYPE.titleLinePitch;
  }
  flow.y += TYPE.bodyLinePitch;
}
