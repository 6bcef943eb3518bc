import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { lockDataDir } from './lock';

const run = promisify(execFile);

describe('embedded data folder lock', () => {
  it('stops a second process that opens the same folder with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-lock-'));
    const release = await lockDataDir(dir);
    try {
      const child = run('npx', ['tsx', '-e', "import('./lib/db/client.ts').then(m => m.getDb()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })"], {
        env: { ...process.env, CONSOLE_DATA_DIR: dir, DATABASE_URL: '' },
        cwd: path.resolve(import.meta.dirname, '../..'),
      });
      await expect(child).rejects.toMatchObject({ code: 3, stderr: expect.stringMatching(/in use by another console process/) });
    } finally {
      await release();
    }
  }, 60_000);

  it('lets the folder be opened again once released', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-lock-'));
    const first = await lockDataDir(dir);
    await first();
    const second = await lockDataDir(dir);
    await second();
  });
});
