import { test, expect } from '@playwright/test';
import { waitForDemo } from '../wait-for-demo';

// Walks the Anomalies page as an operator would, on the demo fleet's week of metrics: pick a
// range, pick the first plugin that had anomalies, read one anomaly's details, zoom by dragging
// across a chart, and come back with the browser's Back button (the view lives in the URL).
test('ranges, lanes, anomaly details and brush zoom on the Anomalies page', async ({ page }) => {
  // The demo fleet stores its week of history in the background after the server starts.
  test.setTimeout(8 * 60_000);
  await waitForDemo(page);

  await page.goto('/anomalies');
  await expect(page.getByRole('heading', { level: 1, name: 'Anomalies' })).toBeVisible();
  await expect(page.getByText(/Live · updates every/)).toBeVisible();

  const ranges = page.getByRole('group', { name: 'Time range' });
  await ranges.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/[?&]range=7d/);
  await expect(ranges.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');

  // A lane's name is "<plugin>: <n> anomalies · peak <score>" once the detector found any.
  const lanes = page.getByRole('list', { name: 'Plugins by anomaly score' });
  const withAnomalies = lanes.getByRole('button', { name: /: \d+ anomal/ }).first();
  await expect(withAnomalies, 'the demo fleet should have anomalies in its last 7 days').toBeVisible();
  const pluginName = (await withAnomalies.getAttribute('aria-label'))!.split(':')[0];
  // Held by name: `.first()` is looked up again at each use, and which lane is the first with
  // anomalies can change while the week's anomalies replace the day's.
  const lane = lanes.getByRole('button', { name: new RegExp(`^${pluginName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) });
  await lane.click();
  await expect(lane).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]plugin=/);
  await expect(page.getByRole('heading', { level: 2, name: `${pluginName}: metrics` })).toBeVisible();

  await page
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Normal band')).toBeVisible();
  await expect(dialog.getByText(/^Incident #\d+$|^No incident yet$/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();

  const chart = page.getByRole('region', { name: / chart$/ }).first();
  await expect(chart).toBeVisible();
  // Mouse coordinates are the viewport's: the chart must be on screen before dragging.
  await chart.scrollIntoViewIfNeeded();
  // One drag, no retries: the live refresh pauses while the pointer is on a chart or pressed,
  // so once the pointer rests on it, nothing moves under the gesture.
  await chart.hover();
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 12 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]from=.*&to=/);
  await expect(page).toHaveURL(/[?&]plugin=/);
  await expect(ranges.getByRole('button', { name: 'Custom…' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Fixed range: not updating')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/[?&]range=7d/);
  await expect(page.getByText(/Live · updates every/)).toBeVisible();
});

// Once the browser has measured its lanes and charts, the server knows their widths (cookies)
// and sends their data with the page: a reload draws them without asking the API again.
test('a second visit gets its lanes and charts with the page', async ({ page }) => {
  test.setTimeout(8 * 60_000);
  await waitForDemo(page);
  const view = '/anomalies?range=24h&plugin=checkout-api';
  await page.goto(view);
  await expect(page.getByRole('region', { name: 'CPU usage chart' })).toBeVisible();
  await expect.poll(async () => (await page.context().cookies()).map((c) => c.name).sort()).toEqual(expect.arrayContaining(['console-lanes-width', 'console-stack-width']));

  const asked: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/v1\/(metrics\/stack|anomalies\/lanes)\?/.test(r.url())) asked.push(r.url());
  });
  await page.reload();
  await expect(page.getByRole('region', { name: 'CPU usage chart' }).locator('.recharts-line-curve').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Plugins by anomaly score' }).locator('li svg, li canvas').first()).toBeVisible();
  expect(asked).toEqual([]);

  // A plugin that does not exist is said so, with the widths remembered: nothing is prefetched for it.
  await page.goto('/anomalies?range=24h&plugin=ghost');
  await expect(page.getByText('No plugin ghost')).toBeVisible();
});
