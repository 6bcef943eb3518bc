// The key for secrets at rest: CONSOLE_SECRET_KEY, or a key generated once into the data folder
// (mode 0600) so an embedded install needs no setup.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '../env';

function decodeKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${source} must be 32 bytes, as 64 hex characters or base64`);
  return key;
}

let cached: Buffer | undefined;

export function secretKey(): Buffer {
  if (cached) return cached;
  const fromEnv = env().CONSOLE_SECRET_KEY;
  if (fromEnv) return (cached = decodeKey(fromEnv, 'CONSOLE_SECRET_KEY'));
  const file = path.join(dataDir(), 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true });
    // 'wx' fails if another process created it first; then we read theirs.
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return (cached = decodeKey(readFileSync(file, 'utf8'), file));
}
