import { test, expect } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { signedInPage } from './sign-in';

const sections = [
  { link: 'Overview', heading: 'Overview' },
  { link: 'Plugins', heading: 'Plugins' },
  { link: 'Registry', heading: 'Registry federation' },
  { link: 'Anomalies', heading: 'Anomalies' },
  { link: 'Incidents', heading: 'Incidents' },
  { link: 'Healing', heading: 'Healing' },
  { link: 'Optimizations', heading: 'Optimizations' },
  { link: 'Generator', heading: 'Generator' },
  { link: 'Audit log', heading: 'Audit log' },
  { link: 'Users', heading: 'Users' },
  { link: 'API tokens', heading: 'API tokens' },
];

test('signs in, visits every section and a plugin, and signs out', async ({ browser }) => {
  const page = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const s of sections) {
    await nav.getByRole('link', { name: s.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
  }
  await page.getByLabel('Plugin').selectOption('checkout-api');
  await expect(page).toHaveURL(/\/plugins\/checkout-api\/sandbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout API: Sandbox' })).toBeVisible();
  for (const s of ['State', 'AIOps', 'Metrics source']) {
    await nav.getByRole('link', { name: s, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Checkout API: ${s}` })).toBeVisible();
  }
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/plugins');
  await expect(page).toHaveURL(/\/login\?next=%2Fplugins$/);
});

test('rejects a wrong password with a clear message', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Invalid email or password')).toBeVisible();
});

test('registers, edits and deletes a plugin; the audit log records it', async ({ page }) => {
  await page.goto('/plugins');
  await page.getByRole('button', { name: 'Register plugin' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Id', { exact: true }).fill('Bad Id');
  await dialog.getByLabel('Name', { exact: true }).fill('Ledger');
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByText(/Plugin id must start with a lowercase letter/)).toBeVisible();
  await dialog.getByLabel('Id', { exact: true }).fill('ledger-core');
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('link', { name: 'Ledger' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit ledger-core' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill('Ledger core');
  // A dependency must be a registered plugin: the server names the one that is not.
  await dialog.getByLabel('Depends on', { exact: true }).fill('no-such-plugin');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('No plugin no-such-plugin is registered')).toBeVisible();
  await dialog.getByLabel('Depends on', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Ledger core' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete ledger-core' }).click();
  await page.getByRole('button', { name: 'Delete plugin' }).click();
  // The dialog hides the page from the accessibility tree while open: wait for the outcome.
  await expect(page.getByText('Deleted ledger-core; its audit trail is kept')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ledger core' })).toHaveCount(0);
  await page.goto('/audit?target=plugin:ledger-core');
  await expect(page.getByText('plugin.delete').first()).toBeVisible();
  await expect(page.getByText('plugin.create').first()).toBeVisible();
});
