import { test, expect } from '@playwright/test';
import { waitForDemo } from '../wait-for-demo';

// Walks an incident of the demo fleet as an operator would: the list with its counts and
// symptoms, then one incident (the worst of the week): its root causes, one cause's evidence
// expanded, the metrics of its window, and a re-run of the analysis with its progress.
test('incident list, root causes with evidence, and re-running the analysis', async ({ page }) => {
  test.setTimeout(8 * 60_000);
  await waitForDemo(page);
  // The grouping job replays the history's anomalies into incidents shortly after.
  type Listed = { id: number; pluginId: string; severity: string; title: string };
  let incidents: Listed[] = [];
  await expect
    .poll(
      async () => {
        incidents = ((await (await page.request.get('/api/v1/incidents?from=now-8d')).json()) as { incidents: Listed[] }).incidents;
        return incidents.length;
      },
      { message: 'the demo fleet history should open incidents', timeout: 90_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0);

  await page.goto('/incidents?range=7d');
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Incidents' });
  await expect(table.getByRole('link').first()).toBeVisible();
  await expect(table.getByRole('list', { name: 'Symptoms' }).first()).toBeVisible();
  await page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /Resolved/ }).click();
  await expect(page).toHaveURL(/[?&]status=resolved/);

  const rank = { critical: 0, high: 1, medium: 2, low: 3 } as Record<string, number>;
  const worst = [...incidents].sort((a, b) => rank[a.severity] - rank[b.severity])[0];
  await page.goto(`/incidents/${worst.id}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Incident #${worst.id}`) })).toBeVisible();

  // Demo plugins may not ask for automatic analysis: run one if there is none yet.
  const run = page.getByRole('button', { name: 'Run analysis', exact: true });
  if (await run.isVisible()) {
    await run.click();
    await expect(page.getByText(/Analysis finished/)).toBeVisible();
  }
  const causes = page.getByRole('list', { name: 'Root causes, most likely first' });
  const first = causes.getByRole('article').first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('meter')).toBeVisible();
  const evidence = first.getByRole('button', { name: /^Evidence \(\d+\)/ });
  if ((await evidence.getAttribute('aria-expanded')) !== 'true') await evidence.click();
  await expect(evidence).toHaveAttribute('aria-expanded', 'true');
  await expect(first.getByRole('heading', { name: 'Recommendations' })).toBeVisible();

  await expect(page.getByRole('region', { name: / chart$/ }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /^Timeline of \d+ events/ })).toBeVisible();
  // Every demo plugin declares its dependencies: the incident draws the affected part of the graph.
  await expect(page.getByRole('img', { name: new RegExp(`^Dependency graph of ${worst.pluginId}: `) })).toBeVisible();

  // Re-running stores a new analysis (its answer names it) and the page shows its outcome.
  const rerun = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/v1/incidents/${worst.id}/analyses`);
  await page.getByRole('button', { name: 'Re-run analysis' }).click();
  const answer = await rerun;
  expect(answer.status()).toBe(201);
  const created = ((await answer.json()) as { analysis: { id: number } }).analysis;
  await expect(page.getByText(/Analysis finished/).first()).toBeVisible();
  const listed = (await (await page.request.get(`/api/v1/incidents/${worst.id}`)).json()) as { analyses: { id: number }[] };
  expect(listed.analyses.map((x) => x.id)).toContain(created.id);
  await expect(causes.getByRole('article').first()).toBeVisible();
});
