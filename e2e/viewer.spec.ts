import { test, expect } from '@playwright/test';
import { E2E_USERS } from './users';
import { signedInPage } from './sign-in';

test('a viewer sees no way to change anything, and the API answers 403', async ({ browser }) => {
  const { email, password } = E2E_USERS.viewer;
  const page = await signedInPage(browser, email, password);
  await page.goto('/plugins');
  await expect(page.getByRole('heading', { level: 1, name: 'Plugins' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Register plugin' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await page.goto('/plugins/checkout-api/sandbox');
  await expect(page.getByRole('button', { name: /Roll back/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.goto('/users');
  await expect(page.getByText('You do not have access to this page')).toBeVisible();

  const origin = new URL(page.url()).origin;
  const create = await page.request.post('/api/v1/plugins', { data: { id: 'sneaky', name: 'Sneaky' }, headers: { origin } });
  expect(create.status()).toBe(403);
  const save = await page.request.put('/api/v1/plugins/checkout-api/sandbox', { data: { baseVersion: 1, body: {} }, headers: { origin } });
  expect(save.status()).toBe(403);
  const del = await page.request.delete('/api/v1/plugins/checkout-api', { headers: { origin } });
  expect(del.status()).toBe(403);
  const read = await page.request.get('/api/v1/plugins');
  expect(read.status()).toBe(200);
});
