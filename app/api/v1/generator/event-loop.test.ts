// Nothing heavy on the request thread: while a maximum-size generation runs (on the worker
// pool), other requests keep answering. Behaviour, not time: /api/v1/me answers before the
// generation's stream ends; a generation on the main thread would hold it until the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '@/lib/testing/test-db';
import { call, ORIGIN, userWithRole } from '@/lib/testing/http';
import { closeWorkerPool } from '@/lib/workers';
import { MAX_PROMPT_CHARS } from '@/schemas/generator-api';
import * as generateRoute from './generate/route';
import * as meRoute from '../me/route';

useTestDb();
afterAll(closeWorkerPool);

/** A prompt of exactly MAX_PROMPT_CHARS characters that keeps the reader busy to its end. */
function maximumPrompt(): string {
  const sentence = 'a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account. ';
  return sentence.repeat(Math.ceil(MAX_PROMPT_CHARS / sentence.length)).slice(0, MAX_PROMPT_CHARS);
}

let cookie: string;
beforeAll(async () => {
  cookie = (await userWithRole('operator')).cookie;
});

describe('the event loop during a generation', () => {
  it('answers /api/v1/me while a maximum-size generation runs', async () => {
    const req = new Request(`${ORIGIN}/api/v1/generator/generate`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, host: 'localhost:3000', 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ request: { description: maximumPrompt(), pluginType: 'app', outputFormat: 'source-code' } }),
    });
    const res = await generateRoute.POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const lines = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const order: string[] = [];
    let buffered = '';
    const nextEvent = async (): Promise<{ type: string; step?: { id: string; status: string } } | null> => {
      while (!buffered.includes('\n')) {
        const { done, value } = await lines.read();
        if (done) return null;
        buffered += value;
      }
      const [line, ...rest] = buffered.split('\n');
      buffered = rest.join('\n');
      return JSON.parse(line);
    };
    // Wait until the description is being read, the longest step.
    for (let e = await nextEvent(); e && !(e.type === 'step' && e.step?.id === 'understand'); e = await nextEvent());
    const rest = (async () => {
      let last = null;
      for (let e = await nextEvent(); e; e = await nextEvent()) last = e;
      order.push(`generation ${last?.type}`);
    })();
    const me = await call(meRoute.GET, { cookie });
    order.push(`me ${me.status}`);
    await rest;
    expect(order).toEqual(['me 200', 'generation done']);
  });
});
