import { test, expect, type Page } from '@playwright/test';
import { waitForDemo } from './wait-for-demo';

// The console on a phone (390 × 844): the navigation opens from a menu button as a sheet, no
// page scrolls sideways, and a pending healing proposal can be approved from the queue.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PAGES = ['/', '/plugins', '/registry', '/telemetry', '/anomalies', '/incidents', '/healing', '/optimizations', '/generator', '/audit', '/users', '/tokens'];

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('the menu button opens the navigation as a sheet, and a link in it navigates', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  const sheet = page.getByRole('dialog', { name: 'Navigation' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('link', { name: /^Healing/ }).click();
  await expect(page).toHaveURL(/\/healing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Healing' })).toBeVisible();
  await expect(sheet, 'the sheet closes once the page changed').toBeHidden();
});

test('no main page is wider than the screen', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await pageWidth(page), `${path} scrolls sideways`).toBeLessThanOrEqual(390);
  }
  // A generation whose prompt is one long word must wrap in the history, not widen the page.
  await page.goto('/generator');
  const prompt = page.getByRole('textbox', { name: 'Prompt' });
  await prompt.fill(`A CRM with one object named ${'x'.repeat(600)}`);
  await prompt.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('button', { name: /xxxxxxxx/ }).first()).toBeVisible({ timeout: 60_000 });
  expect(await pageWidth(page), '/generator with a long prompt in its history').toBeLessThanOrEqual(390);
});

test('a pending proposal can be approved from a phone', async ({ page, baseURL }) => {
  test.setTimeout(10 * 60_000);
  await waitForDemo(page);
  const origin = new URL(baseURL!).origin;
  const current = await (await page.request.get('/api/v1/plugins/report-builder/aiops')).json();
  const body = {
    ...current.body,
    selfHealing: {
      enabled: true,
      strategy: 'moderate',
      maxConcurrentHealing: 1,
      actions: [
        { id: 'e2e-phone-notify', type: 'notify', trigger: { customCondition: 'heapUsedPercent > 1' }, parameters: { channel: 'on-call' }, requireApproval: true, timeout: 1800, cooldown: 3600, maxAttempts: 1, priority: 1 },
      ],
    },
  };
  const saved = await page.request.put('/api/v1/plugins/report-builder/aiops', { data: { baseVersion: current.version, body, comment: 'e2e: a proposal to approve from a phone' }, headers: { origin } });
  expect(saved.status(), await saved.text()).toBe(200);

  await page.goto('/healing');
  const card = page.getByRole('article', { name: 'Proposal: notify on Report builder' });
  await expect(card, 'the engine should propose the notification within a few passes').toBeVisible({ timeout: 3 * 60_000 });
  const approve = card.getByRole('button', { name: 'Approve' });
  await approve.scrollIntoViewIfNeeded();
  await expect(approve).toBeVisible();
  await expect(approve).toBeInViewport();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await approve.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /^Approve/ }).click();
  await expect(card).toBeHidden({ timeout: 30_000 });
});
