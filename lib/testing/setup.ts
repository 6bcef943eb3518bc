// Vitest setup: every test process gets its own data folder and secrets key, never ./data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

process.env.CONSOLE_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'console-test-'));
process.env.CONSOLE_SECRET_KEY = randomBytes(32).toString('hex');
process.env.CONSOLE_URL = 'http://localhost:3000';
delete process.env.DATABASE_URL;
