/**
 * The sign-off sheet (审签单), an optional last page: the report's title and fingerprint, who drafted, reviewed
 * and approved it and when (blank lines to fill in by hand while it is unsigned), every warning that was
 * dismissed with its written reason, and room for signatures and the unit's seal.
 */
import { chineseDate } from '../../../shared/calendar.js';
import { reportFingerprint } from '../../../shared/report/fingerprint.js';
import type { Report } from '../../../shared/report/schema.js';
import { CONTENT, TYPE, baselineIn } from './geometry.js';
import type { Line } from './lineBreak.js';
import type { PageFlow } from './pageFlow.js';
import type { TextStyle } from './prose.js';
import { SHEET_WORDS } from './words.js';

/** A warning the clerk dismissed with a reason, as the records hold it (message = the finding's sentence). */
export interface DismissedWarning {
  readonly rule: string;
  readonly message: string;
  readonly reason: string;
  readonly dismissedBy: string;
  readonly dismissedAt: string;
}

export interface SignoffSheetInput {
  readonly dismissals: readonly DismissedWarning[];
}

const SIZE = TYPE.signoffSize;
const PITCH = TYPE.signoffLinePitch;
const PAD = 5;

interface SheetCell {
  readonly text: string;
  readonly width: number;
  readonly style?: TextStyle;
  readonly align?: 'left' | 'center';
}

/** A date or timestamp as printed: "2024年1月18日" (the time of day is not printed). */
const printedDate = (value: string): string => chineseDate(value.slice(0, 10));

/** One row of bordered cells, at least `minHeight` tall; it moves to the next page whole. */
function drawRow(flow: PageFlow, cells: readonly SheetCell[], minHeight = PITCH + 2 * PAD): void {
  const laid = cells.map((cell) => {
    const style = cell.style ?? 'regular';
    const lines: Line<TextStyle>[] = cell.text === '' ? [] : flow.lines([{ text: cell.text, style }], SIZE, () => cell.width - 2 * PAD);
    return { ...cell, lines };
  });
  const height = Math.max(minHeight, ...laid.map((cell) => cell.lines.length * PITCH + 2 * PAD));
  flow.ensure(height);
  let x = CONTENT.left;
  flow.doc.lineWidth(0.6).strokeColor('#000000');
  for (const cell of laid) {
    flow.doc.rect(x, flow.y, cell.width, height).stroke();
    const top = flow.y + (height - cell.lines.length * PITCH) / 2;
    cell.lines.forEach((line, i) => {
      const lineX = cell.align === 'left' ? x + PAD : x + (cell.width - line.width) / 2;
      flow.drawLine(line, lineX, baselineIn(top + i * PITCH, PITCH, SIZE), SIZE);
    });
    x += cell.width;
  }
  flow.y += height;
}

export function drawSignoffSheet(flow: PageFlow, report: Report, sheet: SignoffSheetInput, fontLines: readonly string[] = []): void {
  flow.newPage();
  const heading = flow.lines([{ text: SHEET_WORDS.heading, style: 'bold' }], TYPE.titleSize, () => CONTENT.width);
  for (const line of heading) {
    flow.drawLine(line, CONTENT.left + (CONTENT.width - line.width) / 2, baselineIn(flow.y, TYPE.titleLinePitch, TYPE.titleSize), TYPE.titleSize);
    flow.y += TYPE.titleLinePitch;
  }
  flow.y += PITCH;

  const labelWidth = 96;
  const rest = CONTENT.width - labelWidth;
  const signoff = report.signoff;
  const fingerprint = reportFingerprint(report);
  const fingerprintNote = !signoff
    ? SHEET_WORDS.fingerprintUnsigned
    : signoff.fingerprint === fingerprint
      ? SHEET_WORDS.fingerprintSigned
      : SHEET_WORDS.fingerprintMismatch;
  drawRow(flow, [
    { text: SHEET_WORDS.reportTitle, width: labelWidth },
    { text: report.title, width: rest, align: 'left' },
  ]);
  drawRow(flow, [
    { text: SHEET_WORDS.fingerprint, width: labelWidth },
    { text: `${signoff?.fingerprint ?? fingerprint}（${fingerprintNote}）`, width: rest, align: 'left' },
  ]);

  const widths = [labelWidth, 120, 110, CONTENT.width - labelWidth - 230];
  drawRow(flow, [SHEET_WORDS.step, SHEET_WORDS.name, SHEET_WORDS.date, SHEET_WORDS.signature].map((text, i) => ({ text, width: widths[i]!, style: 'bold' as const })));
  const steps: [string, string | undefined][] = [
    [SHEET_WORDS.drafter, signoff?.drafter],
    [SHEET_WORDS.reviewer, signoff?.reviewer],
    [SHEET_WORDS.approver, signoff?.approver],
  ];
  for (const [step, name] of steps) {
    drawRow(
      flow,
      [step, name ?? '', signoff ? printedDate(signoff.signedAt) : SHEET_WORDS.sealDate, ''].map((text, i) => ({ text, width: widths[i]! })),
      44,
    );
  }

  flow.y += PITCH / 2;
  flow.ensure(PITCH * 2);
  flow.paragraph([{ text: SHEET_WORDS.dismissed, style: 'bold' }], { indentEm: 0, size: SIZE, pitch: PITCH * 1.2 });
  if (sheet.dismissals.length === 0) flow.paragraph([{ text: SHEET_WORDS.noDismissed, style: 'regular' }], { indentEm: 2, size: SIZE, pitch: PITCH });
  sheet.dismissals.forEach((d, i) => {
    flow.paragraph([{ text: `${i + 1}. [${d.rule}] ${d.message}`, style: 'regular' }], { indentEm: 0, size: SIZE, pitch: PITCH });
    flow.paragraph(
      [{ text: `${SHEET_WORDS.reason}：${d.reason}（${SHEET_WORDS.dismissedBy}：${d.dismissedBy}，${printedDate(d.dismissedAt)}）`, style: 'regular' }],
      { indentEm: 2, size: SIZE, pitch: PITCH },
    );
  });

  if (fontLines.length > 0) {
    flow.y += PITCH / 2;
    flow.paragraph([{ text: `${SHEET_WORDS.fonts}：`, style: 'bold' }, { text: `${fontLines.join('；')}。`, style: 'regular' }], { indentEm: 0, size: SIZE, pitch: PITCH });
  }

  // Room for the seal over the unit's name and the date, bottom right.
  const sealHeight = PITCH * 6;
  flow.ensure(sealHeight);
  const right = CONTENT.right - 2 * TYPE.bodySize;
  const sealLines = [SHEET_WORDS.seal, SHEET_WORDS.sealDate];
  sealLines.forEach((text, i) => {
    const width = flow.measure(text, 'regular', TYPE.bodySize);
    const line: Line<TextStyle> = { runs: [{ text, style: 'regular' }], width };
    flow.drawLine(line, right - width, baselineIn(flow.y + PITCH * 3 + i * TYPE.bodyLinePitch, TYPE.bodyLinePitch, TYPE.bodySize), TYPE.bodySize);
  });
  flow.y += sealHeight;
}
