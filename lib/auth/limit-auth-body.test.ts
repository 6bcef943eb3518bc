import { describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/test-db';
import * as authRoute from '@/app/api/auth/[...all]/route';
import { limitAuthBody, MAX_AUTH_BODY_BYTES } from './limit-auth-body';

useTestDb();

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost:3000/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', host: 'localhost:3000', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

/** A stream of `total` bytes that counts how many were pulled from it. */
function countingStream(total: number) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

describe('the body-size guard of /api/auth/*', () => {
  it('refuses a 60 MB body by its declared length with 413 in the envelope, reading none of it', async () => {
    const { stream, pulled } = countingStream(60 * 1024 * 1024);
    const res = await authRoute.POST(post(stream, { 'content-length': String(60 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('stops reading an undeclared 60 MB body just past the limit', async () => {
    const { stream, pulled } = countingStream(60 * 1024 * 1024);
    const res = await authRoute.POST(post(stream));
    expect(res.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(MAX_AUTH_BODY_BYTES + 3 * 64 * 1024);
  });

  it('passes a body of exactly the limit on, and refuses one byte more', async () => {
    const exact = await limitAuthBody(post('x'.repeat(MAX_AUTH_BODY_BYTES)));
    expect(exact).toBeInstanceOf(Request);
    expect((await (exact as Request).text()).length).toBe(MAX_AUTH_BODY_BYTES);
    const over = await limitAuthBody(post('x'.repeat(MAX_AUTH_BODY_BYTES + 1)));
    expect((over as Response).status).toBe(413);
  });

  it('still lets better-auth answer a normal sign-in attempt', async () => {
    const res = await authRoute.POST(post(JSON.stringify({ email: 'nobody@test.local', password: 'wrong password!' })));
    expect(res.status).toBe(401);
  });
});
