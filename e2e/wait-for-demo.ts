import { expect, type Page } from '@playwright/test';

/** The demo fleet stores its week of history in the background after the server starts:
 * tests that need it wait until it is live (a few minutes on a loaded machine). */
export async function waitForDemo(page: Page): Promise<void> {
  await expect
    .poll(async () => ((await (await page.request.get('/api/v1/demo')).json()) as { phase: string }).phase, {
      message: 'the demo fleet should finish loading its history',
      timeout: 6 * 60_000,
      intervals: [2_000],
    })
    .toBe('live');
}
