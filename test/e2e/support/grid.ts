/** Keyboard and reading helpers for the number tables in the browser tests. */
import type { Locator, Page } from 'playwright-core';
import { CELL_IDS } from '../../../shared/catalogue/cells.js';
import type { CellValue } from '../../../shared/report/schema.js';
import { isComputedTotal } from '../../../shared/report/totals.js';
import { READING_ORDER } from '../../../renderer/src/editor/grid/gridMap.js';

export const cell = (page: Page, cellId: string): Locator => page.locator(`td[data-cell="${cellId}"]`);

/** The text a cell shows, without the Σ / 手填 mark of a total. */
export async function cellText(page: Page, cellId: string): Promise<string> {
  return page.locator(`td[data-cell="${cellId}"]`).evaluate((td) => {
    const clone = td.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.grid-total-mark, .grid-last-year').forEach((mark) => mark.remove());
    return clone.textContent?.trim() ?? '';
  });
}

/** Every cell the UI shows, read back in one go. */
export async function shownCells(page: Page): Promise<Record<string, string>> {
  return page.evaluate((ids) => {
    const shown: Record<string, string> = {};
    for (const id of ids) {
      const td = document.querySelector(`td[data-cell="${id}"]`);
      if (!td) continue;
      const clone = td.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.grid-total-mark, .grid-last-year').forEach((mark) => mark.remove());
      shown[id] = clone.textContent?.trim() ?? '';
    }
    return shown;
  }, CELL_IDS as string[]);
}

/**
 * Types a whole report's figures with the keyboard only, starting from the focused first cell: each cell in
 * reading order gets its value then Tab; computed totals are passed over with Tab (they fill themselves).
 */
export async function typeFiguresByKeyboard(page: Page, figures: Readonly<Record<string, CellValue>>): Promise<number> {
  let typed = 0;
  for (const { cellId } of READING_ORDER) {
    if (isComputedTotal(cellId)) {
      await page.keyboard.press('Tab');
      continue;
    }
    const value = figures[cellId] ?? 0;
    await page.keyboard.type(String(value));
    await page.keyboard.press('Tab');
    typed++;
  }
  return typed;
}

/** The id of the cell holding the focus (the selected cell). */
export const focusedCell = (page: Page): Promise<string | null> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? null);
