import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Every console page through axe, light and dark, at desktop and phone width: no serious or
// critical WCAG 2.1 A/AA violation. The incident page uses whichever incident exists first.
// One load of each page a width: all rules in the light theme, then, switched to dark (the
// console follows the system's scheme), the rules about colour. The page's structure (names,
// roles, labels) does not change with the theme, so checking it twice only cost time.

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

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules whose outcome depends on colours: what the dark theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function seriousViolations(page: Page, rules?: string[]) {
  const builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(WCAG);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** All rules in the light theme, then the colour rules in the dark one, on the page as loaded. */
async function bothThemes(page: Page, path: string, found: Record<string, unknown>) {
  // Long lists render their off-screen items lazily (content-visibility: auto): Chromium keeps
  // those items' old colours until they are scrolled to, so after the switch axe would read the
  // light theme's text on the dark background. Render everything, as scrolling to it would.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  const light = await seriousViolations(page);
  if (light.length) found[`${path} (light)`] = light;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  // Colours are read once the switch has settled: a control fading to its new colour would be measured mid-way.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY));
  const dark = await seriousViolations(page, COLOUR_RULES);
  if (dark.length) found[`${path} (dark)`] = dark;
}

for (const width of [1440, 390]) {
  test(`axe: every page at ${width} px, light and dark`, async ({ browser, baseURL }) => {
    test.setTimeout(5 * 60_000);
    const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, colorScheme: 'light', storageState: 'e2e/.auth/admin.json' });
    const page = await context.newPage();
    const found: Record<string, unknown> = {};
    for (const path of [...PAGES, ...(await incidentPage(page))]) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Checked once drawn: no loading placeholder left in the page. (Not "network idle": pages
      // that refresh live never go quiet, and each would wait out the whole timeout.)
      await expect(page.locator('main [aria-hidden].animate-pulse')).toHaveCount(0, { timeout: 10_000 }).catch(() => undefined);
      await bothThemes(page, path, found);
    }
    await context.close();

    // Signed out: the login page.
    const anon = await browser.newContext({ baseURL, viewport: { width, height: 900 }, colorScheme: 'light', storageState: { cookies: [], origins: [] } });
    const login = await anon.newPage();
    await login.goto('/login');
    await expect(login.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await bothThemes(login, '/login', found);
    await anon.close();

    expect(found).toEqual({});
  });
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
