import { test, expect } from '@playwright/test';

// The smaller things an operator notices (issue 14, item 7): a failed revoke says so, the audit
// log reads as words in the reader's own time, and the healing page honours ?incident=.

test('a failed token revoke shows an error', async ({ page }) => {
  await page.goto('/tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  await page.getByLabel('Name').fill('e2e-revoke-fails');
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByRole('dialog', { name: 'Copy the token now' });
  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(shown).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'e2e-revoke-fails' });
  await expect(row).toBeVisible();
  await page.route('**/api/v1/tokens/*', (route) =>
    route.request().method() === 'DELETE'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'The database is busy' } }) })
      : route.continue(),
  );
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText(/e2e-revoke-fails was not revoked: The database is busy/)).toBeVisible();
  await expect(row.getByText('active')).toBeVisible();
});

test('the audit log names users, summarises details, and queries the From it shows', async ({ page }) => {
  await page.goto('/audit');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // No raw JSON in the details column, no bare user ids in targets.
  await expect(table.getByText(/^\{"/)).toHaveCount(0);
  await page.getByLabel('From').fill('2026-01-02T03:04');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/from=/);
  const from = new URL(page.url()).searchParams.get('from')!;
  expect(await page.evaluate((iso) => new Date(iso).getHours() * 60 + new Date(iso).getMinutes(), from)).toBe(3 * 60 + 4);
  await expect(page.getByLabel('From')).toHaveValue('2026-01-02T03:04');
});

test('the healing page filters by ?incident= and can show all again', async ({ page }) => {
  await page.goto('/healing?incident=999999');
  await expect(page.getByText('Showing the proposals of')).toBeVisible();
  await expect(page.getByRole('link', { name: 'incident #999999' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/healing$/);
  await expect(page.getByText('Showing the proposals of')).toBeHidden();
});
