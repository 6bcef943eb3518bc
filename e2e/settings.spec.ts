import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { baseURL } from '../playwright.config';

// One worker for this file: the rollback and the comparison both add versions to the same
// sandbox (each builds its own history, so their order does not matter).
test.describe.configure({ mode: 'default' });

/** Reviews and saves the form's draft; returns the version it saved (the next after the page's). */
async function reviewAndSave(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Review & save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review changes' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Comment').fill('e2e change');
  const save = dialog.getByRole('button', { name: /^Save version \d+$/ });
  const version = Number((await save.textContent())?.match(/\d+/)?.[0]);
  await save.click();
  await expect(page.getByText(`Saved version ${version}`)).toBeVisible();
  await expect(page.getByText(`version ${version}`, { exact: true })).toBeVisible();
  return version;
}

/** Saves a new version of a plugin's sandbox through the API, its engine switched (to a
 * container, or from one to a process); returns the document before and the new version. */
async function switchEngineThroughApi(page: Page, pluginId: string, comment: string) {
  const url = `/api/v1/plugins/${pluginId}/sandbox`;
  type Sandbox = { version: number; body: { runtime?: { engine?: string; engineConfig?: { v8Isolate?: { heapSizeMb?: number } } } } };
  const before = (await (await page.request.get(url)).json()) as Sandbox;
  const engine = before.body.runtime?.engine === 'container' ? 'process' : 'container';
  const body = { ...before.body, runtime: { ...before.body.runtime, engine, engineConfig: {} } };
  const put = await page.request.put(url, { data: { baseVersion: before.version, body, comment }, headers: { origin: baseURL } });
  expect(put.status(), await put.text()).toBe(200);
  const after = before.version + 1;
  expect(((await put.json()) as { version: number }).version).toBe(after);
  return { before, after };
}

test('sandbox: humane errors under the field, the engine switch hides and drops other blocks, values survive a reload', async ({ page }) => {
  await page.goto('/plugins/report-builder/sandbox');
  const maxCpu = page.getByRole('textbox', { name: 'Max CPU' });
  await maxCpu.fill('150');
  await maxCpu.press('Tab');
  await expect(maxCpu).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await maxCpu.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('error'))}"]`)).toHaveText(/at most 100/i);
  await maxCpu.fill('40');
  await maxCpu.press('Tab');
  await expect(maxCpu).not.toHaveAttribute('aria-invalid', 'true');

  await expect(page.getByRole('region', { name: 'V8 isolate' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Engine' }).getByRole('radio', { name: 'container' }).check();
  await expect(page.getByRole('region', { name: 'V8 isolate' })).toHaveCount(0);
  await reviewAndSave(page);

  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Engine' }).getByRole('radio', { name: 'container' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Max CPU' })).toHaveValue('40');
  const saved = await (await page.request.get('/api/v1/plugins/report-builder/sandbox')).json();
  expect(saved.body.runtime.engine).toBe('container');
  expect(saved.body.runtime.engineConfig?.v8Isolate).toBeUndefined();

  // Switching back brings the hidden block's values back before saving.
  await page.getByRole('radiogroup', { name: 'Engine' }).getByRole('radio', { name: 'v8-isolate' }).check();
  await expect(page.getByRole('region', { name: 'Engine config' })).toBeVisible();
});

test('sandbox: rollback restores an older version as a new one', async ({ page }) => {
  // Its own history, whatever ran before: the plugin's sandbox as it is, then a version that
  // switches the engine, saved through the API.
  const { before, after: latest } = await switchEngineThroughApi(page, 'notification-hub', 'e2e: another engine');
  expect(before.version).toBeGreaterThanOrEqual(1);

  await page.goto('/plugins/notification-hub/sandbox');
  await expect(page.getByText(`version ${latest}`, { exact: true })).toBeVisible();
  const history = page.getByRole('complementary', { name: 'Advice and history' });
  const older = history.getByRole('listitem').filter({ has: page.getByText(`v${before.version}`, { exact: true }) });
  await older.getByRole('button', { name: 'Roll back' }).click();
  // Rolling back asks first; cancelling changes nothing.
  const confirm = page.getByRole('alertdialog', { name: `Roll back to version ${before.version}?` });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`version ${latest}`, { exact: true })).toBeVisible();
  await older.getByRole('button', { name: 'Roll back' }).click();
  await confirm.getByRole('button', { name: 'Roll back' }).click();
  await expect(page.getByText(`Restored version ${before.version} as a new version`)).toBeVisible();
  await expect(page.getByText(`version ${latest + 1}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Engine' }).getByRole('radio', { name: before.body.runtime?.engine ?? 'v8-isolate' })).toBeChecked();
  const heap = before.body.runtime?.engineConfig?.v8Isolate?.heapSizeMb;
  if (heap !== undefined) await expect(page.getByRole('textbox', { name: 'Heap size MB' })).toHaveValue(String(heap));
});

test('registry: a secret is accepted, kept, and never shown back', async ({ page }) => {
  const secret = 's3cr3t-value-for-e2e';
  await page.goto('/registry');
  await page.getByRole('button', { name: 'Add upstream' }).click();
  await page.getByRole('textbox', { name: 'URL' }).fill('https://registry.example.com');
  await page.getByRole('switch', { name: 'Use auth settings' }).click();
  const auth = page.getByRole('region', { name: 'Auth' });
  await auth.getByRole('combobox', { name: 'Type' }).selectOption('basic');
  await auth.getByRole('textbox', { name: 'Username' }).fill('bot');
  await auth.getByLabel('Password').fill(secret);
  await reviewAndSave(page);

  await page.reload();
  const password = page.getByRole('region', { name: 'Auth' }).getByLabel('Password');
  await expect(password).toHaveValue('');
  await expect(password).toHaveAttribute('placeholder', /Stored secret kept/);
  expect(await page.content()).not.toContain(secret);
  const api = await page.request.get('/api/v1/registry');
  expect(await api.text()).not.toContain(secret);
  const exported = await page.request.get('/api/v1/registry/export?format=yaml');
  expect(await exported.text()).not.toContain(secret);
});

test('hot reload: a conflicting save shows who saved and offers to reload', async ({ page, browser }) => {
  await page.goto('/plugins/search-indexer/state');
  const other = await browser.newPage({ storageState: 'e2e/.auth/admin.json' });
  await other.goto('/plugins/search-indexer/state');

  const enabled = page.getByRole('switch', { name: 'Enabled' });
  const wasEnabled = await enabled.isChecked();
  await enabled.click();
  const saved = await reviewAndSave(page);

  await other.getByRole('switch', { name: 'Preserve state' }).click();
  await other.getByRole('button', { name: 'Review & save' }).click();
  await other.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: `Save version ${saved}` }).click();
  const conflict = other.getByRole('dialog', { name: 'Someone saved since you started editing' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`admin@console.local saved version ${saved}`);
  await expect(conflict.getByText('enabled')).toBeVisible();
  await conflict.getByRole('button', { name: 'Discard mine, load theirs' }).click();
  await expect(other.getByText(`version ${saved}`, { exact: true })).toBeVisible();
  await expect(other.getByRole('switch', { name: 'Enabled' })).toBeChecked({ checked: !wasEnabled });
  await expect(other.getByRole('switch', { name: 'Preserve state' })).toBeChecked();
  await other.close();
});

test('the JSON tab and the form edit the same document', async ({ page }) => {
  await page.goto('/plugins/notification-hub/state');
  await page.getByRole('switch', { name: 'Enabled' }).click();
  await page.getByRole('tab', { name: 'JSON' }).click();
  const text = page.getByRole('textbox', { name: 'Document as JSON' });
  await expect(text).toHaveValue(/"enabled": true/);
  await text.fill((await text.inputValue()).replace('"debounceDelay": 1000', '"debounceDelay": 2500'));
  await expect(page.getByText('The document is valid.')).toBeVisible();
  await text.fill((await text.inputValue()).replace('"debounceDelay": 2500', '"debounceDelay": -5'));
  await expect(page.getByText(/line \d+/i).first()).toBeVisible();
  await text.fill((await text.inputValue()).replace('"debounceDelay": -5', '"debounceDelay": 2500'));
  await expect(page.getByText('The document is valid.')).toBeVisible();
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(page.getByRole('textbox', { name: 'Debounce delay' })).toHaveValue('2500');
  await expect(page.getByRole('switch', { name: 'Enabled' })).toBeChecked();
});

for (const path of ['/plugins/checkout-api/sandbox', '/plugins/checkout-api/state', '/plugins/checkout-api/aiops', '/registry']) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('tab', { name: 'Form' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('sandbox: any two versions can be compared, with field labels', async ({ page }) => {
  // Its own two versions, whatever ran before.
  const { before, after } = await switchEngineThroughApi(page, 'notification-hub', 'e2e: a version to compare');
  await page.goto('/plugins/notification-hub/sandbox');
  const history = page.getByRole('complementary', { name: 'Advice and history' });
  await expect(history.getByRole('group', { name: 'Compare any two versions' })).toBeVisible();
  await history.getByLabel('From').selectOption(String(before.version));
  await history.getByLabel('To').selectOption(String(after));
  await expect(history.getByRole('heading', { name: `v${before.version} → v${after}` })).toBeVisible();
  const changes = history.getByRole('list', { name: 'Changes' });
  await expect(changes).toBeVisible();
  // Named by field labels ("Runtime › Engine"), not raw paths ("runtime.engine").
  await expect(changes.getByRole('listitem').first()).toContainText(/^(added|removed|changed)[A-Z(]/);
});

test('registry: removing an upstream asks first', async ({ page }) => {
  await page.goto('/registry');
  await page.getByRole('button', { name: 'Add upstream' }).click();
  const urls = page.getByRole('textbox', { name: 'URL' });
  await urls.last().fill('https://remove-me.example.com');
  const before = await urls.count();
  const remove = page.getByRole('button', { name: /^Remove Item \d+: https:\/\/remove-me/ });
  await remove.click();
  const confirm = page.getByRole('alertdialog', { name: /^Remove upstream #\d+ \(https:\/\/remove-me\.example\.com\)\?$/ });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(urls).toHaveCount(before);
  await remove.click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(urls).toHaveCount(before - 1);
});

test('sandbox: the JSON tab saves what it shows or refuses, never dropping a block', async ({ page }) => {
  await page.goto('/plugins/search-indexer/sandbox');
  await page.getByRole('tab', { name: 'JSON' }).click();
  const text = page.getByRole('textbox', { name: 'Document as JSON' });
  await text.fill(JSON.stringify({ runtime: { engine: 'v8-isolate', engineConfig: { container: { image: 'node:20' } } }, memory: { maxHeap: -1 } }, null, 2));
  await page.getByRole('button', { name: 'Review & save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^Not saved: the JSON has 2 problems/ })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toHaveCount(0);
});
