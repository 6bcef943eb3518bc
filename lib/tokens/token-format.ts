// API tokens are random, shown once, and stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'osc_';

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
