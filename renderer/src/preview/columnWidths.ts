/**
 * Column widths of tables 二/三/四 in the preview, as shares of the type area (156 mm), matching the
 * sign-off PDF (electron/services/pdf/tables.ts): 二 a wide label column and three equal ones; 三 three label
 * columns (the vertical heading, the group, the row) and seven equal number columns; 四 fifteen equal columns.
 */
import type { TableLayout } from '../../../shared/catalogue/layout.js';

/** The type area in points (210 mm − 28 mm − 26 mm). */
const TYPE_AREA_PT = (156 * 72) / 25.4;
/** Table 三's label columns in points, as the PDF sets them. */
const APPLICATION_LABEL_PT = [24, 58, 124];

/** Width of each grid column of `layout`, in percent of the table's width. */
export function columnPercents(layout: TableLayout): number[] {
  switch (layout.key) {
    case 'active':
      return [31, ...Array<number>(3).fill(69 / 3)];
    case 'applications': {
      const labels = APPLICATION_LABEL_PT.map((pt) => (pt / TYPE_AREA_PT) * 100);
      const rest = (100 - labels.reduce((a, b) => a + b, 0)) / 7;
      return [...labels, ...Array<number>(7).fill(rest)];
    }
    case 'appeals':
      return Array<number>(15).fill(100 / 15);
  }
}
