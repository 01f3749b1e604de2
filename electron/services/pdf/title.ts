/**
 * The title (22 pt bold, centred): one line when it fits, otherwise as few lines as needed with the lengths
 * balanced — preferring the natural seam "巴楚县人民政府2023年 / 政府信息公开工作年度报告" over a cut in the
 * middle of a word (a very long agency name is itself balanced over two lines), never against the 禁则.
 */
import type { Report } from '../../../shared/report/schema.js';
import { printedTitle, titleSeam } from '../../../shared/report/printedText.js';
import { CONTENT, TYPE, baselineIn } from './geometry.js';
import type { Line } from './lineBreak.js';
import type { PageFlow } from './pageFlow.js';
import type { TextStyle } from './prose.js';

/** Splits the title into balanced lines no wider than the type area. */
export function titleLines(flow: PageFlow, report: Report): Line<TextStyle>[] {
  const title = printedTitle(report);
  const measure = (text: string): number => flow.measure(text, 'title', TYPE.titleSize);
  const total = measure(title);
  if (total <= CONTENT.width) return [{ runs: [{ text: title, style: 'title' }], width: total }];

  // The natural seam: before the fixed ending "政府信息公开工作年度报告" (just after "…2023年").
  const seam = titleSeam(title);
  if (seam && measure(seam.tail) <= CONTENT.width) {
    const head = seam.head;
    const tail: Line<TextStyle> = { runs: [{ text: seam.tail, style: 'title' }], width: measure(seam.tail) };
    const headWidth = measure(head);
    // Two lines when the head fits and the halves are not too uneven; otherwise the head itself is balanced.
    if (headWidth <= CONTENT.width && Math.max(headWidth, tail.width) <= (total / 2) * 1.4) {
      return [{ runs: [{ text: head, style: 'title' }], width: headWidth }, tail];
    }
    if (headWidth > CONTENT.width) return [...balanced(flow, head, headWidth), tail];
  }
  return balanced(flow, title, total);
}

/** As few lines as needed, each about the same width, broken by the 禁则. */
function balanced(flow: PageFlow, text: string, total: number): Line<TextStyle>[] {
  for (let lines = Math.ceil(total / CONTENT.width); ; lines++) {
    const target = Math.min(CONTENT.width, total / lines + TYPE.titleSize);
    const broken = flow.lines([{ text, style: 'title' }], TYPE.titleSize, () => target);
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
