import { test, expect } from '@playwright/test';
import { pageWidth } from '../page-width';
import { waitForDemo } from '../wait-for-demo';
import { saveSelfHealing } from './save-self-healing';

// The console on a phone (390 × 844): a pending healing proposal can be approved from the queue.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a pending proposal can be approved from a phone', async ({ page }) => {
  test.setTimeout(10 * 60_000);
  await waitForDemo(page);
  await saveSelfHealing(
    page,
    'report-builder',
    {
      enabled: true,
      strategy: 'moderate',
      maxConcurrentHealing: 1,
      actions: [
        { id: 'e2e-phone-notify', type: 'notify', trigger: { customCondition: 'heapUsedPercent > 1' }, parameters: { channel: 'on-call' }, requireApproval: true, timeout: 1800, cooldown: 3600, maxAttempts: 1, priority: 1 },
      ],
    },
    'e2e: a proposal to approve from a phone',
  );

  await page.goto('/healing');
  const card = page.getByRole('article', { name: 'Proposal: notify on Report builder' });
  await expect(card, 'the engine should propose the notification within a few passes').toBeVisible({ timeout: 3 * 60_000 });
  const approve = card.getByRole('button', { name: 'Approve' });
  await approve.scrollIntoViewIfNeeded();
  await expect(approve).toBeVisible();
  await expect(approve).toBeInViewport();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await approve.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /^Approve/ }).click();
  await expect(card).toBeHidden({ timeout: 30_000 });
});
