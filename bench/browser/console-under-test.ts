// A production console for browser benchmarks: builds it when there is no build, prepares a
// throw-away embedded database (admin plus whatever the bench seeds), starts `next start` on a
// free port in its own process group, and signs a headless Chromium page in. stop() cleans up.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Db } from '@/lib/db/client';

const PASSWORD = 'bench-admin-password';

export interface ConsoleUnderTest {
  base: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  stop: () => Promise<void>;
}

function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.log('No production build (.next/BUILD_ID): running `next build` first…');
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`next build failed with exit code ${r.status}`);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

async function prepare(seed: (db: Db) => Promise<void>): Promise<string> {
  const { getDbHandle } = await import('@/lib/db/client');
  const { ensureAdmin } = await import('@/lib/users/ensure-admin');
  const handle = await getDbHandle();
  try {
    const admin = await ensureAdmin(handle.db);
    await seed(handle.db);
    return admin.email;
  } finally {
    await handle.close(); // releases the data folder's lock for the server
  }
}

export interface StartConsoleOptions {
  seed: (db: Db) => Promise<void>;
  initScript?: string;
  /** Runs the demo fleet's live job in the server (the seed stores its history first). */
  demo?: boolean;
  /**
   * A data folder to start from (a copy of it; the folder is left as it is), so a slow seed such
   * as the demo's week of history runs once for several runs. Missing: seeded, then kept there.
   */
  keepDataIn?: string;
}

export async function startConsole(opts: StartConsoleOptions): Promise<ConsoleUnderTest> {
  ensureBuild();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-console-'));
  // The bench's own embedded database, even when `npm run bench` provides a PostgreSQL.
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    CONSOLE_DATA_DIR: dataDir,
    CONSOLE_DEMO: opts.demo ? '1' : '0',
    // The demo reaches services on this machine only.
    CONSOLE_EGRESS_ALLOW: process.env.CONSOLE_EGRESS_ALLOW ?? '127.0.0.1,::1,localhost',
    CONSOLE_ADMIN_PASSWORD: PASSWORD,
    CONSOLE_URL: base,
    CONSOLE_SECRET_KEY: '0'.repeat(64),
    NEXT_TELEMETRY_DISABLED: '1',
  });
  if (opts.keepDataIn && existsSync(opts.keepDataIn)) {
    console.log(`Starting from a copy of ${opts.keepDataIn} (delete it to seed again)`);
    cpSync(opts.keepDataIn, dataDir, { recursive: true });
  }
  const email = await prepare(opts.keepDataIn && existsSync(opts.keepDataIn) ? async () => {} : opts.seed);
  if (opts.keepDataIn && !existsSync(opts.keepDataIn)) cpSync(dataDir, opts.keepDataIn, { recursive: true });

  let log = '';
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], { detached: true, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      const kill = (sig: NodeJS.Signals) => {
        try {
          process.kill(-server.pid!, sig); // the whole group: npx, next and its workers
        } catch {
          /* already gone */
        }
      };
      kill('SIGTERM');
      const hard = setTimeout(() => kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(hard);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    for (const until = Date.now() + 120_000; ; await new Promise((r) => setTimeout(r, 250))) {
      if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
      if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) break;
      if (Date.now() > until) throw new Error(`next start did not answer /login in 2 minutes:\n${log}`);
    }
    browser = await chromium.launch({
      headless: true,
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    if (opts.initScript) await context.addInitScript(opts.initScript);
    const page = await context.newPage();
    page.on('dialog', (d) => d.accept()); // "leave with unsaved changes?" on reload
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return { base, browser, context, page, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
