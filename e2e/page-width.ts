import type { Page } from '@playwright/test';

/** The page's full width: more than the viewport means it scrolls sideways. */
export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
