// Screenshots of console pages in light and dark, for looking at what operators see:
//   npx tsx scripts/screenshots.ts [--width=390] [--out=DIR] http://localhost:3000 admin@console.local PASSWORD /login / /plugins ...
// Writes DIR/<page>-<theme>-<width>.png (.tmp/screens, 1440 px wide unless told otherwise).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const widthArg = args.find((a) => a.startsWith('--width='));
const outArg = args.find((a) => a.startsWith('--out='));
const width = widthArg ? Number(widthArg.slice('--width='.length)) : 1440;
if (!Number.isInteger(width) || width < 320) throw new Error(`--width must be a whole number of pixels, at least 320: ${widthArg}`);
const [base = 'http://localhost:3000', email = 'admin@console.local', password = '', ...paths] = args.filter((a) => a !== widthArg && a !== outArg);
const pages = paths.length ? paths : ['/login', '/'];
const out = outArg ? outArg.slice('--out='.length) : '.tmp/screens';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const theme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width, height: width < 768 ? 844 : 900 }, colorScheme: theme });
  const page = await context.newPage();
  if (password) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }
  for (const p of pages) {
    if (p === '/login') await context.clearCookies();
    await page.goto(`${base}${p}`);
    await page.waitForLoadState('networkidle');
    const name = p === '/' ? 'overview' : p.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-');
    const file = `${out}/${name}-${theme}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
