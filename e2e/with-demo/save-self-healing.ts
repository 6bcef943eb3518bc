import { expect, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

/** Replaces a plugin's self-healing settings through the API, as an operator could. */
export async function saveSelfHealing(page: Page, pluginId: string, selfHealing: Record<string, unknown>, comment: string): Promise<void> {
  const url = `/api/v1/plugins/${pluginId}/aiops`;
  const current = await (await page.request.get(url)).json();
  const saved = await page.request.put(url, { data: { baseVersion: current.version, body: { ...current.body, selfHealing }, comment }, headers: { origin: baseURL } });
  expect(saved.status(), await saved.text()).toBe(200);
}
