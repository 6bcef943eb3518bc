// AES-256-GCM for secret values inside stored documents. The stored form is a tagged string
// so a reader can tell an encrypted value from a plain one.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { secretKey } from './key';

const PREFIX = 'enc:v1:';

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** Encrypts any JSON value (strings, or a whole record of credentials). */
export function encryptValue(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return PREFIX + [iv, tag, data].map((b) => b.toString('base64')).join(':');
}

export function decryptValue(stored: string): unknown {
  const [iv, tag, data] = stored.slice(PREFIX.length).split(':').map((p) => Buffer.from(p, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', secretKey(), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'));
}
