import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Browser tests run a production build against a throw-away embedded database. They refuse to
// run against a database that is not local, so they can never touch real data.
if (process.env.DATABASE_URL && !/@(localhost|127\.0\.0\.1)[:/]/.test(process.env.DATABASE_URL)) {
  throw new Error('Refusing to run browser tests against a non-local DATABASE_URL');
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'console-e2e-'));
process.env.E2E_DATA_DIR = dataDir; // workers re-read this config: keep one folder

export const E2E_ADMIN = { email: 'admin@console.local', password: 'e2e-admin-password' };

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export default defineConfig({
  testDir: './e2e',
  // Two workers on two cores: while one waits for the demo fleet's history (or for the healing
  // engine's passes), the other runs the tests that need neither. Every test sets up what it needs.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    // The tests on the demo fleet wait for its week of history, then share its plugins and the
    // healing engine: one worker, one after another. Listed first so they start waiting at once.
    {
      name: 'demo',
      testMatch: /with-demo\/.*\.spec\.ts/,
      workers: 1,
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], storageState: 'e2e/.auth/admin.json', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
      dependencies: ['setup'],
    },
    {
      name: 'chromium',
      testIgnore: /with-demo\//,
      use: { ...devices['Desktop Chrome'], storageState: 'e2e/.auth/admin.json', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
      dependencies: ['setup'],
    },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      CONSOLE_DATA_DIR: dataDir,
      CONSOLE_ADMIN_EMAIL: E2E_ADMIN.email,
      CONSOLE_ADMIN_PASSWORD: E2E_ADMIN.password,
      CONSOLE_URL: baseURL,
      CONSOLE_DEMO: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
