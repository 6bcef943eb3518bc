import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Every console page through axe, light and dark, at desktop and phone width: no serious or
// critical WCAG 2.1 A/AA violation. The incident page uses whichever incident exists first.

const PAGES = [
  '/',
  '/plugins',
  '/plugins/checkout-api/sandbox',
  '/plugins/checkout-api/state',
  '/plugins/checkout-api/aiops',
  '/registry',
  '/telemetry',
  '/anomalies',
  '/incidents',
  '/healing',
  '/healing?tab=history',
  '/optimizations',
  '/generator',
  '/audit',
  '/users',
  '/tokens',
];

async function incidentPage(page: Page): Promise<string[]> {
  const res = await page.request.get('/api/v1/incidents');
  if (!res.ok()) return [];
  const { incidents } = (await res.json()) as { incidents: { id: number }[] };
  return incidents.length ? [`/incidents/${incidents[0].id}`] : [];
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

for (const width of [1440, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: every page at ${width} px, ${colorScheme}`, async ({ browser, baseURL }) => {
      test.setTimeout(5 * 60_000);
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, colorScheme, storageState: 'e2e/.auth/admin.json' });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of [...PAGES, ...(await incidentPage(page))]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        // Checked once drawn: no loading placeholder left in the page. (Not "network idle": pages
        // that refresh live never go quiet, and each would wait out the whole timeout.)
        await expect(page.locator('main [aria-hidden].animate-pulse')).toHaveCount(0, { timeout: 10_000 }).catch(() => undefined);
        const bad = await seriousViolations(page);
        if (bad.length) found[path] = bad;
      }
      await context.close();

      // Signed out: the login page.
      const anon = await browser.newContext({ baseURL, viewport: { width, height: 900 }, colorScheme, storageState: { cookies: [], origins: [] } });
      const login = await anon.newPage();
      await login.goto('/login');
      await expect(login.getByRole('button', { name: 'Sign in' })).toBeVisible();
      const bad = await seriousViolations(login);
      if (bad.length) found['/login'] = bad;
      await anon.close();

      expect(found).toEqual({});
    });
  }
}

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the import file input is no tab stop of its own', async ({ page }) => {
  await page.goto('/plugins/checkout-api/sandbox');
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  expect(await page.locator('input[type="file"]').evaluate((el) => (el as HTMLInputElement).tabIndex)).toBe(-1);
});

test('after saving, focus is on the save button, not lost to the page', async ({ page }) => {
  await page.goto('/plugins/inventory-sync/sandbox');
  const engine = page.getByRole('radiogroup', { name: 'Engine' });
  const next = (await engine.getByRole('radio', { name: 'process' }).isChecked()) ? 'v8-isolate' : 'process';
  await engine.getByRole('radio', { name: next }).check();
  await page.getByRole('button', { name: 'Review & save' }).click();
  await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: /^Save version/ }).click();
  await expect(page.getByText(/^Saved version \d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review & save' })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
