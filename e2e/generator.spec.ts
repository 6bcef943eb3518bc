import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { E2E_USERS } from './users';
import { signedInPage } from './sign-in';

test('generator: generate an app, use its preview form, download the zip, refine it with a diff', async ({ page }) => {
  await page.goto('/generator');
  const prompt = page.getByRole('textbox', { name: 'Prompt' });
  await prompt.fill('A CRM with accounts and deals; deals have an amount, a stage and a close date');
  await prompt.press('Control+Enter');

  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByText(/metadata files pass @objectstack\/spec/)).toBeVisible();
  await expect(page).toHaveURL(/\/generator\?g=[0-9a-f-]+$/);

  // The dashboard is the app's home; its widgets are computed from the sample records.
  await expect(result.getByRole('region', { name: 'Deals', exact: true })).toContainText('3');
  await expect(result.getByRole('region', { name: 'Total Amount' })).toContainText('$7,500.00');

  // An object's page: the list view and a working form built from the object's fields.
  await page.getByRole('navigation', { name: 'App navigation (preview)' }).getByRole('button', { name: 'Deals' }).click();
  const form = result.getByRole('region', { name: 'New Deal' });
  await form.getByRole('button', { name: 'Add deal' }).click();
  const name = form.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Big deal');
  await form.getByRole('textbox', { name: /^Amount/ }).fill('9000');
  await form.getByRole('combobox', { name: /^Stage/ }).selectOption('Closed Won');
  await form.getByRole('combobox', { name: /^Account/ }).selectOption('Acme Corp');
  await form.getByRole('button', { name: 'Add deal' }).click();
  await expect(result.getByRole('table', { name: 'All Deals' }).getByRole('row', { name: /Big deal/ })).toContainText('$9,000.00Closed Won');

  // The zip: named after the app, holding the metadata files and the app model.
  const downloading = page.waitForEvent('download');
  await result.getByRole('link', { name: 'Download zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^crm-[0-9a-f]{8}\.zip$/);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['src/objects/deal.object.ts', 'src/apps/crm.app.ts', 'src/dashboards/crm_overview.dashboard.ts', 'app.dsl']));

  // Refine: the follow-up edits the result; the change is shown as a diff.
  await result.getByRole('textbox', { name: 'Refine' }).fill('add a priority to deals');
  await result.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('tab', { name: /Changes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('list', { name: 'What the follow-up changed' })).toContainText('priority');
  await expect(page.getByRole('region', { name: 'Diff of src/objects/deal.object.ts' })).toContainText("+  priority: {");

  // Both are in the history (newest first, the open one marked); the parent re-opens without a diff.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('button', { name: /add a priority to deals/ }).first()).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: /refined from an earlier generation/ }).click();
  await expect(page.getByRole('tab', { name: /Changes/ })).toHaveCount(0);
  await expect(history.getByRole('button', { name: /A CRM with accounts and deals/ }).first()).toHaveAttribute('aria-current', 'true');

  // The toaster is the shell's (its success colours are its own business); the page is checked.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-sonner-toaster]').analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('generator: errors are plain — nothing to generate, with suggestions', async ({ page }) => {
  await page.goto('/generator');
  await page.getByRole('textbox', { name: 'Prompt' }).fill('hello there');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing to generate' });
  await expect(alert).toContainText('HTTP 422');
  await expect(alert).toContainText('Try:');
});

test('generator: a viewer sees the history read-only, and the API refuses to generate', async ({ browser }) => {
  const { email, password } = E2E_USERS.viewer;
  const page = await signedInPage(browser, email, password);
  await page.goto('/generator');
  await expect(page.getByRole('heading', { level: 1, name: 'Generator' })).toBeVisible();
  await expect(page.getByText('generating needs the operator role')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toHaveCount(0);
  const res = await page.request.post('/api/v1/generator/generate', {
    data: { request: { description: 'a CRM', pluginType: 'app', outputFormat: 'dsl' } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(403);
  expect((await page.request.get('/api/v1/generator/generations')).status()).toBe(200);
});
