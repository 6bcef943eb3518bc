import { test, expect } from '@playwright/test';
import { pageWidth } from './page-width';

// The console on a phone (390 × 844): the navigation opens from a menu button as a sheet, and
// no page scrolls sideways. (Approving from a phone needs the demo fleet: with-demo/phone-approve.)
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PAGES = ['/', '/plugins', '/registry', '/telemetry', '/anomalies', '/incidents', '/healing', '/optimizations', '/generator', '/audit', '/users', '/tokens'];

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
