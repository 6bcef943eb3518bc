import { test as setup, expect } from '@playwright/test';
import { E2E_ADMIN } from '../playwright.config';
import { E2E_USERS } from './users';

// Signs in once through the login page and saves the session for the other tests; creates
// a viewer, an operator and an approver through the admin API for the role tests.
setup('sign in as admin and create role users', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });

  for (const u of Object.values(E2E_USERS)) {
    const res = await page.request.post('/api/v1/users', { data: u, headers: { origin: new URL(page.url()).origin } });
    expect([201, 409]).toContain(res.status());
  }
});
