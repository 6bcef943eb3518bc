// Against the real `next start`: the CSP nonce reaches Next's scripts and the theme script (the
// page hydrates with no CSP violation), a deep link survives sign-in, and sign-in throttling
// keys on the connection's real address, not on the X-Forwarded-For a client invents.
import { test, expect } from '@playwright/test';
import { baseURL, E2E_ADMIN } from '../playwright.config';

test('pages carry a nonce CSP without unsafe-inline scripts, and hydrate with no violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto('/');
  const csp = res?.headers()['content-security-policy'] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(res?.headers()['strict-transport-security']).toBeUndefined(); // served over http here
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // Interactive only once React has hydrated, which needs Next's nonce-carrying scripts.
  await page.getByRole('button', { name: /Account menu/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a deep link opened signed out comes back after sign-in', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/incidents?status=open');
  await expect(page).toHaveURL(/\/login\?next=%2Fincidents%3Fstatus%3Dopen$/);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/incidents\?status=open$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  await context.close();
});

test('sign-in throttling ignores a rotating X-Forwarded-For and audits the real address', async ({ playwright, page }) => {
  const anon = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const email = `nobody-${Date.now()}@console.local`;
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const res = await anon.post('/api/auth/sign-in/email', {
      headers: { origin: baseURL, 'x-forwarded-for': `203.0.113.${i}` },
      data: { email, password: 'not-the-password' },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  // page.request carries the admin session of the project's storage state.
  const audit = await (await page.request.get(`/api/v1/audit?kind=auth.sign-in-failed&target=${encodeURIComponent(`account:${email}`)}`)).json();
  const ips = audit.events.map((e: { details: { ip: string } }) => e.details.ip);
  expect(ips).toHaveLength(5);
  for (const ip of ips) expect(['127.0.0.1', '::1']).toContain(ip);
  await anon.dispose();
});
