// Vitest setup: every test worker gets its own data folder and secrets key, never ./data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { resetEnvForTests } from '../env';

// Once per worker: its test files share loaded modules (vitest.config.ts), which cache the
// environment and the secrets key, so a new folder or key per file would split a file's own
// process from the child processes it starts.
const worker = globalThis as { __consoleTestEnv?: true };
if (!worker.__consoleTestEnv) {
  process.env.CONSOLE_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'console-test-'));
  process.env.CONSOLE_SECRET_KEY = randomBytes(32).toString('hex');
  worker.__consoleTestEnv = true;
}
process.env.CONSOLE_URL = 'http://localhost:3000';
delete process.env.DATABASE_URL;
// A file that changed the environment and read it leaves env() cached: each file reads it afresh.
resetEnvForTests();
