import { test, expect, type Browser, type Page } from '@playwright/test';

// The 409 flow's three-way merge: two operators edit the same document in two browser
// contexts; the second save meets a 409 and merges instead of overwriting or discarding.

async function newPlugin(page: Page, id: string) {
  const res = await page.request.post('/api/v1/plugins', { data: { id, name: `Merge ${id}` }, headers: { origin: new URL(page.url()).origin } });
  expect(res.status()).toBe(201);
}

async function save(page: Page, version: number) {
  await page.getByRole('button', { name: 'Review & save' }).click();
  await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: `Save version ${version}` }).click();
}

/** Two signed-in pages, each in its own context, on the same plugin's hot-reload settings. */
async function twoEditors(browser: Browser, plugin: string) {
  const a = await (await browser.newContext({ storageState: 'e2e/.auth/admin.json' })).newPage();
  const b = await (await browser.newContext({ storageState: 'e2e/.auth/admin.json' })).newPage();
  await a.goto('/plugins');
  await newPlugin(a, plugin);
  for (const p of [a, b]) {
    await p.goto(`/plugins/${plugin}/state`);
    await expect(p.getByText('defaults, not saved yet')).toBeVisible();
  }
  return { a, b, close: () => Promise.all([a.context().close(), b.context().close()]) };
}

test('hot reload: edits of different fields merge after a 409', async ({ browser }) => {
  const { a, b, close } = await twoEditors(browser, 'merge-apart');
  await a.getByRole('switch', { name: 'Enabled' }).click();
  await save(a, 1);
  await expect(a.getByText('Saved version 1')).toBeVisible();

  // Preserve state is on by default: B turns it off.
  await b.getByRole('switch', { name: 'Preserve state' }).click();
  await save(b, 1);
  const conflict = b.getByRole('dialog', { name: 'Someone saved since you started editing' });
  await expect(conflict).toBeVisible();
  const merge = conflict.getByRole('region', { name: 'Merge: their version with your changes' });
  await expect(merge).toBeVisible();
  // The merge changes only my field on top of theirs.
  await expect(merge.getByRole('list', { name: 'Changes' }).getByRole('listitem')).toHaveCount(1);
  await expect(merge.getByRole('list', { name: 'Changes' })).toContainText('Preserve state');
  await conflict.getByRole('button', { name: 'Save merged' }).click();
  await expect(conflict).toBeHidden();
  await expect(b.getByText('Saved version 2')).toBeVisible();
  await expect(b.getByText('version 2', { exact: true })).toBeVisible();
  await expect(b.getByRole('switch', { name: 'Enabled' })).toBeChecked();
  await expect(b.getByRole('switch', { name: 'Preserve state' })).not.toBeChecked();

  const saved = await (await b.request.get('/api/v1/plugins/merge-apart/hot-reload')).json();
  expect(saved).toMatchObject({ version: 2, body: { enabled: true, preserveState: false } });
  await close();
});

test('hot reload: a field both changed is shown side by side, and the merge saves the side chosen', async ({ browser }) => {
  const { a, b, close } = await twoEditors(browser, 'merge-clash');
  await a.getByRole('switch', { name: 'Enabled' }).click();
  await a.getByLabel('Debounce delay').fill('2000');
  await save(a, 1);
  await expect(a.getByText('Saved version 1')).toBeVisible();

  await b.getByRole('switch', { name: 'Preserve state' }).click();
  await b.getByLabel('Debounce delay').fill('3000');
  await save(b, 1);
  const conflict = b.getByRole('dialog', { name: 'Someone saved since you started editing' });
  const both = conflict.getByRole('list', { name: 'Fields changed on both sides' });
  await expect(both.getByRole('listitem')).toHaveCount(1);
  await expect(both.getByRole('group', { name: 'Debounce delay' })).toBeVisible();
  const merged = conflict.getByRole('button', { name: 'Save merged' });
  await expect(merged, 'nothing is saved until the conflict is decided').toBeDisabled();
  await both.getByRole('radio', { name: /Use mine/ }).check();
  await merged.click();
  await expect(b.getByText('Saved version 2')).toBeVisible();

  const saved = await (await b.request.get('/api/v1/plugins/merge-clash/hot-reload')).json();
  expect(saved).toMatchObject({ version: 2, body: { enabled: true, preserveState: false, debounceDelay: 3000 } });
  await close();
});
